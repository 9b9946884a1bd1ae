import { Header } from './app/Header';
import { linkClick, usePath } from './app/router';
import { ChangePasswordScreen } from './features/auth/ChangePasswordScreen';
import { canManageUsers } from './features/auth/permissions';
import { SignInScreen } from './features/auth/SignInScreen';
import { type CurrentUser, useSession } from './features/auth/session';
import { HomeScreen } from './features/home/HomeScreen';
import { UnitsScreen } from './features/units/UnitsScreen';
import { UsersScreen } from './features/users/UsersScreen';
import { MyVisitsScreen } from './features/visits/MyVisitsScreen';
import { VisitScreen } from './features/visits/VisitScreen';
import { useI18n } from './i18n/I18nProvider';
import { UpdateBanner } from './pwa/UpdateBanner';
import { Banner } from './ui/Banner';
import { Spinner } from './ui/Spinner';

/** Paths are Vietnamese so that a shared link reads naturally. */
export const ROUTES = {
  home: '/',
  units: '/don-vi',
  users: '/nguoi-dung',
  changePassword: '/doi-mat-khau',
  myVisits: '/cuoc-kiem-tra',
} as const;

function Screen({ path, user }: { path: string; user: CurrentUser }) {
  const { t } = useI18n();
  if (path.startsWith(`${ROUTES.myVisits}/`)) {
    return <VisitScreen visitId={decodeURIComponent(path.slice(ROUTES.myVisits.length + 1))} />;
  }
  switch (path) {
    case ROUTES.home:
      return <HomeScreen />;
    case ROUTES.units:
      return <UnitsScreen />;
    case ROUTES.users:
      return canManageUsers(user.role) ? <UsersScreen /> : <Banner tone="error">{t('common.forbidden')}</Banner>;
    case ROUTES.changePassword:
      return <ChangePasswordScreen />;
    case ROUTES.myVisits:
      return <MyVisitsScreen />;
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
  return (
    <>
      <UpdateBanner />
      <Header />
      <main className="container stack">
        {loading && <Spinner label={t('common.loading')} />}
        {!loading && !user && <SignInScreen />}
        {user && (
          <>
            {user.mustChangePassword && path !== ROUTES.changePassword && (
              <Banner tone="warning">
                {t('auth.mustChangePassword')}{' '}
                <a href={ROUTES.changePassword} onClick={linkClick(ROUTES.changePassword)}>
                  {t('auth.mustChangePasswordLink')}
                </a>
              </Banner>
            )}
            {path !== ROUTES.home && (
              <nav aria-label={t('header.menu')}>
                <a className="back-link" href="/" onClick={linkClick('/')}>
                  ← {t('header.home')}
                </a>
              </nav>
            )}
            <Screen path={path} user={user} />
          </>
        )}
      </main>
    </>
  );
}
