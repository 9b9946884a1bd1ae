import { type ComponentType, lazy, type ReactNode, Suspense, useEffect, useMemo } from 'react';
import { Header } from './app/Header';
import { linkClick, usePath } from './app/router';
import { ROUTES, VISIT_ADDRESS } from './app/routes';
import { canManageInspections, canManageUsers } from './features/auth/permissions';
import { SignInScreen } from './features/auth/SignInScreen';
import { type CurrentUser, useSession } from './features/auth/session';
import { useI18n } from './i18n/I18nProvider';
import { UpdateBanner } from './pwa/UpdateBanner';
import { Banner } from './ui/Banner';
import { Spinner } from './ui/Spinner';

// The screens after sign-in are chunks of their own: sign-in (the first screen of a phone) waits for none
// of them. Field screens are fetched as soon as someone is signed in (preloadFieldScreens), so that they are
// there when the network goes; office and admin screens load on first use, a phone doing field work never
// downloads them.

/** A screen in a chunk of its own: its code once loaded, Suspense's lazy component until then. */
interface ChunkScreen<P> {
  loaded: ComponentType<P> | null;
  lazy: ComponentType<P>;
  preload: () => Promise<ComponentType<P>>;
}

function chunkScreen<P extends object>(load: () => Promise<ComponentType<P>>): ChunkScreen<P> {
  const screen: ChunkScreen<P> = {
    loaded: null,
    preload: () =>
      load().then((component) => {
        screen.loaded = component;
        return component;
      }),
    lazy: lazy(() => screen.preload().then((component) => ({ default: component }))) as unknown as ComponentType<P>,
  };
  return screen;
}

/**
 * Renders a chunk's screen: at once when its code is loaded (preloadScreen before the first render, or an
 * earlier visit), otherwise through Suspense, with the loading spinner.
 */
function FromChunk<P extends object>({ screen, props }: { screen: ChunkScreen<P>; props: P }) {
  // Chosen once per screen: switching from the lazy component to the loaded one would remount the screen.
  const Component = useMemo(() => screen.loaded ?? screen.lazy, [screen]);
  return <Component {...props} />;
}

const fieldScreens = {
  home: chunkScreen(() => import('./features/home/HomeScreen').then((m) => m.HomeScreen)),
  myVisits: chunkScreen(() => import('./features/visits/MyVisitsScreen').then((m) => m.MyVisitsScreen)),
  visit: chunkScreen(() => import('./features/visits/VisitScreen').then((m) => m.VisitScreen)),
  sync: chunkScreen(() => import('./features/sync/SyncScreen').then((m) => m.SyncScreen)),
  changePassword: chunkScreen(() => import('./features/auth/ChangePasswordScreen').then((m) => m.ChangePasswordScreen)),
};

/**
 * Loads the code of the screen at `path` when boot.ts preloaded it (a visit's address), for main.tsx to
 * wait for before the first render. Never rejects: a chunk that cannot load is left to Suspense.
 */
export function preloadScreen(path: string): Promise<void> {
  if (!VISIT_ADDRESS.test(path.replace(/\/+$/, ''))) return Promise.resolve();
  return fieldScreens.visit.preload().then(
    () => undefined,
    () => undefined,
  );
}

/** After the page has loaded and the first screen has had the network and the CPU to itself. */
const FIELD_PRELOAD_DELAY_MS = 5000;

function preloadFieldScreens(): () => void {
  let idle: number | undefined;
  const timer = window.setTimeout(() => {
    const load = () => {
      for (const screen of Object.values(fieldScreens)) screen.preload().catch(() => undefined);
    };
    if ('requestIdleCallback' in window) idle = window.requestIdleCallback(load, { timeout: 5000 });
    else load();
  }, FIELD_PRELOAD_DELAY_MS);
  return () => {
    window.clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback(idle);
  };
}

const AnnualReportScreen = lazy(() =>
  import('./features/annual-report/AnnualReportScreen').then((m) => ({ default: m.AnnualReportScreen })),
);
const ChecklistsScreen = lazy(() =>
  import('./features/checklists/ChecklistsScreen').then((m) => ({ default: m.ChecklistsScreen })),
);
const DashboardScreen = lazy(() =>
  import('./features/dashboard/DashboardScreen').then((m) => ({ default: m.DashboardScreen })),
);
const DevicesScreen = lazy(() =>
  import('./features/devices/DevicesScreen').then((m) => ({ default: m.DevicesScreen })),
);
const ChecklistTemplateScreen = lazy(() =>
  import('./features/checklists/ChecklistTemplateScreen').then((m) => ({ default: m.ChecklistTemplateScreen })),
);
const FindingScreen = lazy(() =>
  import('./features/findings/FindingScreen').then((m) => ({ default: m.FindingScreen })),
);
const FindingsScreen = lazy(() =>
  import('./features/findings/FindingsScreen').then((m) => ({ default: m.FindingsScreen })),
);
const PlanScreen = lazy(() => import('./features/plans/PlanScreen').then((m) => ({ default: m.PlanScreen })));
const PlansScreen = lazy(() => import('./features/plans/PlansScreen').then((m) => ({ default: m.PlansScreen })));
const ReviewListScreen = lazy(() =>
  import('./features/review/ReviewListScreen').then((m) => ({ default: m.ReviewListScreen })),
);
const VisitReviewScreen = lazy(() =>
  import('./features/review/VisitReviewScreen').then((m) => ({ default: m.VisitReviewScreen })),
);
const RegistersScreen = lazy(() =>
  import('./features/registers/RegistersScreen').then((m) => ({ default: m.RegistersScreen })),
);
const UnitsScreen = lazy(() => import('./features/units/UnitsScreen').then((m) => ({ default: m.UnitsScreen })));
const UsersScreen = lazy(() => import('./features/users/UsersScreen').then((m) => ({ default: m.UsersScreen })));

/** Paths are Vietnamese so that a shared link reads naturally. */

/** Office screens: a list at the section path, one record at `<section>/<id>`. */
function officeScreen(path: string, user: CurrentUser, forbidden: ReactNode): ReactNode {
  const [, section, rawId] = path.split('/');
  const id = rawId ? decodeURIComponent(rawId) : null;
  const manage = canManageInspections(user.role);
  const reads = manage || user.role === 'LEADERSHIP';
  switch (`/${section}`) {
    case ROUTES.checklists:
      if (!manage) return forbidden;
      return id ? <ChecklistTemplateScreen templateId={id} /> : <ChecklistsScreen />;
    case ROUTES.plans:
      if (!reads) return forbidden;
      return id ? <PlanScreen planId={id} /> : <PlansScreen />;
    case ROUTES.review:
      if (!reads) return forbidden;
      return id ? <VisitReviewScreen visitId={id} /> : <ReviewListScreen />;
    case ROUTES.devices:
      return reads ? <DevicesScreen /> : forbidden;
    case ROUTES.registers:
      return reads ? <RegistersScreen /> : forbidden;
    case ROUTES.dashboard:
      return reads ? <DashboardScreen /> : forbidden;
    case ROUTES.annualReport:
      return reads ? <AnnualReportScreen /> : forbidden;
    case ROUTES.findings:
      if (!reads && user.role !== 'UNIT_HEAD') return forbidden;
      return id ? <FindingScreen findingId={id} /> : <FindingsScreen />;
    default:
      return null;
  }
}

function Screen({ path, user }: { path: string; user: CurrentUser }) {
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
      return canManageUsers(user.role) ? <UsersScreen /> : <Banner tone="error">{t('common.forbidden')}</Banner>;
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

export function App() {
  const { t } = useI18n();
  const { user, loading } = useSession();
  const path = usePath().replace(/\/+$/, '') || '/';
  const signedIn = user !== null;
  useEffect(() => (signedIn ? preloadFieldScreens() : undefined), [signedIn]);
  return (
    <>
      <UpdateBanner />
      <Header />
      <main className="container stack">
        {loading && <Spinner label={t('common.loading')} />}
        {!loading && !user && <SignInScreen />}
        {user?.mustChangePassword && (
          // A temporary password opens nothing else on the server (PASSWORD_CHANGE_REQUIRED): this screen
          // alone, until the new password is set and `me` says so.
          <>
            <Banner tone="warning">{t('auth.mustChangePassword')}</Banner>
            <Suspense fallback={<Spinner label={t('common.loading')} />}>
              <FromChunk screen={fieldScreens.changePassword} props={{}} />
            </Suspense>
          </>
        )}
        {user && !user.mustChangePassword && (
          <>
            {path !== ROUTES.home && (
              <nav aria-label={t('header.menu')}>
                <a className="back-link" href="/" onClick={linkClick('/')}>
                  ← {t('header.home')}
                </a>
              </nav>
            )}
            <Suspense fallback={<Spinner label={t('common.loading')} />}>
              <Screen path={path} user={user} />
            </Suspense>
          </>
        )}
      </main>
    </>
  );
}
