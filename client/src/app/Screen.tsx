import { isReportYear } from '@kycuong/rules';
import { type ComponentType, lazy, type ReactNode } from 'react';
import { can } from '../features/auth/permissions';
import type { CurrentUser } from '../features/auth/session';
import { useI18n } from '../i18n/I18nProvider';
import { loadCatalogue } from '../i18n/messages';
import { Banner } from '../ui/Banner';
import { linkClick } from './router';
import { CRITERIA_SETS_SECTION, ROUTES } from './routes';
import { FromChunk, fieldScreens } from './screen-chunks';

/**
 * An office screen in a chunk of its own, shown once its code and the messages have loaded (the office's,
 * and the field screens' that office screens share: statuses, roles, kinds of unit): every catalogue.
 */
function officeLazy<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(() =>
    Promise.all([
      load(),
      loadCatalogue('visit'),
      loadCatalogue('visitParts'),
      loadCatalogue('field'),
      loadCatalogue('office'),
    ]).then(([component]) => ({
      default: component,
    })),
  );
}

const AnnualReportScreen = officeLazy(() =>
  import('../features/annual-report/AnnualReportScreen').then((m) => m.AnnualReportScreen),
);
const ChecklistsScreen = officeLazy(() =>
  import('../features/checklists/ChecklistsScreen').then((m) => m.ChecklistsScreen),
);
const DashboardScreen = officeLazy(() =>
  import('../features/dashboard/DashboardScreen').then((m) => m.DashboardScreen),
);
const DevicesScreen = officeLazy(() => import('../features/devices/DevicesScreen').then((m) => m.DevicesScreen));
const ChecklistTemplateScreen = officeLazy(() =>
  import('../features/checklists/ChecklistTemplateScreen').then((m) => m.ChecklistTemplateScreen),
);
const FindingsSection = officeLazy(() => import('../features/findings/FindingsSection').then((m) => m.FindingsSection));
const PlanScreen = officeLazy(() => import('../features/plans/PlanScreen').then((m) => m.PlanScreen));
const PlansScreen = officeLazy(() => import('../features/plans/PlansScreen').then((m) => m.PlansScreen));
const ReviewListScreen = officeLazy(() =>
  import('../features/review/ReviewListScreen').then((m) => m.ReviewListScreen),
);
const VisitReviewScreen = officeLazy(() =>
  import('../features/review/VisitReviewScreen').then((m) => m.VisitReviewScreen),
);
const RegistersScreen = officeLazy(() =>
  import('../features/registers/RegistersScreen').then((m) => m.RegistersScreen),
);
const SelfAssessmentScreen = officeLazy(() =>
  import('../features/self-assessment/SelfAssessmentScreen').then((m) => m.SelfAssessmentScreen),
);
const CriteriaSetsScreen = officeLazy(() =>
  import('../features/self-assessment/CriteriaSetsScreen').then((m) => m.CriteriaSetsScreen),
);
const UnitsScreen = officeLazy(() => import('../features/units/UnitsScreen').then((m) => m.UnitsScreen));
const UnitVisitsScreen = officeLazy(() =>
  import('../features/documents/UnitVisitsScreen').then((m) => m.UnitVisitsScreen),
);
const AuditLogScreen = officeLazy(() => import('../features/audit/AuditLogScreen').then((m) => m.AuditLogScreen));
const UsersScreen = officeLazy(() => import('../features/users/UsersScreen').then((m) => m.UsersScreen));

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
      return <FindingsSection findingId={id} />;
    case ROUTES.auditLog:
      return can(user, 'AUDIT_READ_ALL') ? <AuditLogScreen /> : forbidden;
    case ROUTES.unitVisits:
      return can(user, 'VISIT_READ_UNIT') ? <UnitVisitsScreen /> : forbidden;
    case ROUTES.selfAssessment:
      if (!can(user, 'SELF_ASSESSMENT_READ')) return forbidden;
      if (id === CRITERIA_SETS_SECTION) return <CriteriaSetsScreen />;
      return <SelfAssessmentScreen year={id && isReportYear(Number(id)) ? Number(id) : null} />;
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
    case ROUTES.inbox:
      return <FromChunk screen={fieldScreens.inbox} props={{}} />;
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
