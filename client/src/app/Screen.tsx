import { lazy, type ReactNode } from 'react';
import { can } from '../features/auth/permissions';
import type { CurrentUser } from '../features/auth/session';
import { useI18n } from '../i18n/I18nProvider';
import { Banner } from '../ui/Banner';
import { linkClick } from './router';
import { ROUTES } from './routes';
import { FromChunk, fieldScreens } from './screen-chunks';

const AnnualReportScreen = lazy(() =>
  import('../features/annual-report/AnnualReportScreen').then((m) => ({ default: m.AnnualReportScreen })),
);
const ChecklistsScreen = lazy(() =>
  import('../features/checklists/ChecklistsScreen').then((m) => ({ default: m.ChecklistsScreen })),
);
const DashboardScreen = lazy(() =>
  import('../features/dashboard/DashboardScreen').then((m) => ({ default: m.DashboardScreen })),
);
const DevicesScreen = lazy(() =>
  import('../features/devices/DevicesScreen').then((m) => ({ default: m.DevicesScreen })),
);
const ChecklistTemplateScreen = lazy(() =>
  import('../features/checklists/ChecklistTemplateScreen').then((m) => ({ default: m.ChecklistTemplateScreen })),
);
const FindingScreen = lazy(() =>
  import('../features/findings/FindingScreen').then((m) => ({ default: m.FindingScreen })),
);
const FindingsScreen = lazy(() =>
  import('../features/findings/FindingsScreen').then((m) => ({ default: m.FindingsScreen })),
);
const PlanScreen = lazy(() => import('../features/plans/PlanScreen').then((m) => ({ default: m.PlanScreen })));
const PlansScreen = lazy(() => import('../features/plans/PlansScreen').then((m) => ({ default: m.PlansScreen })));
const ReviewListScreen = lazy(() =>
  import('../features/review/ReviewListScreen').then((m) => ({ default: m.ReviewListScreen })),
);
const VisitReviewScreen = lazy(() =>
  import('../features/review/VisitReviewScreen').then((m) => ({ default: m.VisitReviewScreen })),
);
const RegistersScreen = lazy(() =>
  import('../features/registers/RegistersScreen').then((m) => ({ default: m.RegistersScreen })),
);
const UnitsScreen = lazy(() => import('../features/units/UnitsScreen').then((m) => ({ default: m.UnitsScreen })));
const UsersScreen = lazy(() => import('../features/users/UsersScreen').then((m) => ({ default: m.UsersScreen })));

/** Office screens: a list at the section path, one record at `<section>/<id>`. */
function officeScreen(path: string, user: CurrentUser, forbidden: ReactNode): ReactNode {
  const [, section, rawId] = path.split('/');
  const id = rawId ? decodeURIComponent(rawId) : null;
  switch (`/${section}`) {
    case ROUTES.checklists:
      if (!can(user, 'CHECKLIST_MANAGE')) return forbidden;
      return id ? <ChecklistTemplateScreen templateId={id} /> : <ChecklistsScreen />;
    case ROUTES.plans:
      if (!can(user, 'PLAN_READ')) return forbidden;
      return id ? <PlanScreen planId={id} /> : <PlansScreen />;
    case ROUTES.review:
      if (!can(user, 'VISIT_READ_ALL')) return forbidden;
      return id ? <VisitReviewScreen visitId={id} /> : <ReviewListScreen />;
    case ROUTES.devices:
      return can(user, 'DEVICE_READ') ? <DevicesScreen /> : forbidden;
    case ROUTES.registers:
      return can(user, 'REGISTER_READ') ? <RegistersScreen /> : forbidden;
    case ROUTES.dashboard:
      return can(user, 'ROLLUP_READ') ? <DashboardScreen /> : forbidden;
    case ROUTES.annualReport:
      return can(user, 'REPORT_READ') ? <AnnualReportScreen /> : forbidden;
    case ROUTES.findings:
      if (!can(user, 'FINDING_FOLLOW')) return forbidden;
      return id ? <FindingScreen findingId={id} /> : <FindingsScreen />;
    default:
      return null;
  }
}

/** The screen at `path` for the signed-in user, or why there is none. */
export function Screen({ path, user }: { path: string; user: CurrentUser }) {
  const { t } = useI18n();
  const office = officeScreen(path, user, <Banner tone="error">{t('common.forbidden')}</Banner>);
  if (office) return office;
  if (path.startsWith(`${ROUTES.myVisits}/`)) {
    const visitId = decodeURIComponent(path.slice(ROUTES.myVisits.length + 1));
    return <FromChunk key={visitId} screen={fieldScreens.visit} props={{ visitId }} />;
  }
  switch (path) {
    case ROUTES.home:
      return <FromChunk screen={fieldScreens.home} props={{}} />;
    case ROUTES.units:
      return <UnitsScreen />;
    case ROUTES.users:
      return can(user, 'USER_MANAGE') ? <UsersScreen /> : <Banner tone="error">{t('common.forbidden')}</Banner>;
    case ROUTES.changePassword:
      return <FromChunk screen={fieldScreens.changePassword} props={{}} />;
    case ROUTES.myVisits:
      return <FromChunk screen={fieldScreens.myVisits} props={{}} />;
    case ROUTES.sync:
      return <FromChunk screen={fieldScreens.sync} props={{}} />;
    default:
      return (
        <Banner tone="warning">
          {t('common.notFound')}{' '}
          <a href="/" onClick={linkClick('/')}>
            {t('common.back')}
          </a>
        </Banner>
      );
  }
}
