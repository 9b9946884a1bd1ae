import { Suspense, useEffect } from 'react';
import { Header } from './app/Header';
import { linkClick, usePath } from './app/router';
import { ROUTES } from './app/routes';
import { Screen } from './app/Screen';
import { FromChunk, fieldScreens, preloadFieldScreens } from './app/screen-chunks';
import { SignInScreen } from './features/auth/SignInScreen';
import { useSession } from './features/auth/session';
import { useI18n } from './i18n/I18nProvider';
import { UpdateBanner } from './pwa/UpdateBanner';
import { Banner } from './ui/Banner';
import { Spinner } from './ui/Spinner';

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
