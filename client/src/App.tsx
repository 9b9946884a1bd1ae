import { Suspense, useEffect } from 'react';
import { Header } from './app/Header';
import { BackLink } from './app/nav/BackLink';
import { ShellNavigation } from './app/nav/Navigation';
import { currentPlace, navigationFor, parentList } from './app/nav/places';
import { usePath } from './app/router';
import { Screen } from './app/Screen';
import { FromChunk, fieldScreens, preloadFieldScreens, signInScreen } from './app/screen-chunks';
import { isSplitSection, useSplitScreen } from './app/split-view';
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
  const navigating = user !== null && !user.mustChangePassword;
  // Beside its list on a wide screen, a record has its own close link instead (SplitView).
  const split = useSplitScreen();
  const listPath = parentList(path);
  const parent = listPath && !(split && isSplitSection(listPath)) ? listPath : null;
  return (
    <>
      <UpdateBanner />
      <Header />
      <div className={navigating ? 'shell shell-nav' : 'shell'}>
        {navigating && <ShellNavigation user={user} path={path} />}
        <main className="container stack">
          {loading && <Spinner label={t('common.loading')} />}
          {!loading && !user && (
            <Suspense fallback={<Spinner label={t('common.loading')} />}>
              <FromChunk screen={signInScreen} props={{}} />
            </Suspense>
          )}
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
          {navigating && (
            <>
              {parent && <BackLink parent={parent} place={currentPlace(parent, navigationFor(user).places)} />}
              <Suspense fallback={<Spinner label={t('common.loading')} />}>
                <Screen path={path} user={user} />
              </Suspense>
            </>
          )}
        </main>
      </div>
    </>
  );
}
