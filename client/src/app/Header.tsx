import { lazy, Suspense, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useSession } from '../features/auth/session';
import { syncStatusLine } from '../features/sync/sync-status';
import { useI18n } from '../i18n/I18nProvider';
import { useOffline } from '../offline/OfflineProvider';
import { clockOffset, describeSkew, subscribeClock } from '../offline/server-clock';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { linkClick } from './router';
import { ROUTES } from './routes';
import { useOnline } from './useOnline';

// The inbox's link and its count are for whoever is signed in, and its queries are the inbox's own: a chunk
// of its own, so that sign-in does not wait for it (issue 19).
const InboxLink = lazy(() => import('../features/notifications/InboxLink').then((m) => ({ default: m.InboxLink })));

export function LanguageSwitch() {
  const { language, setLanguage } = useI18n();
  const next = language === 'vi' ? 'en' : 'vi';
  return (
    <button type="button" className="lang-switch" onClick={() => setLanguage(next)} lang={next}>
      {/* The spoken name starts with the visible code, so voice control ("tap EN") finds the button. */}
      {next.toUpperCase()}
      <span className="visually-hidden">{next === 'en' ? ' English' : ' Tiếng Việt'}</span>
    </button>
  );
}

export function OfflineIndicator() {
  const { t } = useI18n();
  const online = useOnline();
  if (online) return null;
  return (
    <div className="offline" role="status" data-testid="offline-indicator">
      <strong>{t('header.offline')}</strong> <span>{t('header.offlineHint')}</span>
    </div>
  );
}

/**
 * The phone's clock is far from the server's (learnt from any answer): the dates written in the minutes
 * come from the server's time as the phone knows it, but the inspector should fix the clock.
 */
export function ClockWarning() {
  const { t } = useI18n();
  const skew = describeSkew(useSyncExternalStore(subscribeClock, clockOffset, () => null));
  if (!skew) return null;
  return (
    <div className="offline clock-warning" role="alert" data-testid="clock-warning">
      <strong>{t(`clock.${skew.direction}`, { amount: t(`clock.${skew.unit}`, { count: skew.amount }) })}</strong>{' '}
      <span>{t('clock.hint')}</span>
    </div>
  );
}

/** The compact sync line, a link to the sync screen: "Đã đồng bộ", "3 thay đổi trên máy"... */
export function SyncStatus() {
  const { t } = useI18n();
  const online = useOnline();
  const { entries, sync, canSync, ready } = useOffline();
  // Until the signed-in user's outbox has been read, "Đã đồng bộ" could be said of writes not counted yet.
  if (!ready || (!canSync && entries.length === 0)) return null;
  const line = syncStatusLine(sync, entries, online);
  return (
    <a
      className={`sync-status sync-status-${line.tone}`}
      href={ROUTES.sync}
      onClick={linkClick(ROUTES.sync)}
      data-testid="sync-status"
      data-tone={line.tone}
    >
      {t(line.key, line.params)}
    </a>
  );
}

/** Signing out keeps the user's unsent writes on the phone; the confirmation says so. */
function SignOutButton() {
  const { t } = useI18n();
  const { signOut } = useSession();
  const { entries } = useOffline();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Button
        variant="ghost"
        className="sign-out"
        onClick={() => (entries.length > 0 ? setAsking(true) : void signOut())}
      >
        {t('auth.signOut')}
      </Button>
      <Dialog open={asking} title={t('auth.signOut')} onClose={() => setAsking(false)}>
        <p data-testid="sign-out-unsent">{t('sync.signOutUnsent', { count: entries.length })}</p>
        <div className="row">
          <Button data-testid="sign-out-confirm" onClick={() => void signOut()}>
            {t('auth.signOut')}
          </Button>
          <Button variant="secondary" onClick={() => setAsking(false)}>
            {t('common.cancel')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}

/** Publishes the sticky header's height as --header-height, which keeps focused content out from under it. */
function useHeaderHeight() {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const header = ref.current;
    if (!header || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty('--header-height', `${header.offsetHeight}px`));
    observer.observe(header);
    return () => observer.disconnect();
  }, []);
  return ref;
}

export function Header() {
  const { t } = useI18n();
  const { user } = useSession();
  const ref = useHeaderHeight();
  return (
    <header className="app-header" ref={ref}>
      <div className="app-header-inner">
        <a className="brand" href="/" onClick={linkClick('/')}>
          <img src="/icon-192.png" alt="" width={32} height={32} />
          {t('app.name')}
        </a>
        <span className="header-spacer" />
        <LanguageSwitch />
      </div>
      {user && (
        <div className="app-header-inner app-header-user">
          <span className="user-full-name" data-testid="header-user">
            {user.fullName}
          </span>
          <Suspense fallback={null}>
            <InboxLink />
          </Suspense>
          <SignOutButton />
        </div>
      )}
      <OfflineIndicator />
      <ClockWarning />
      {user && (
        // Announced politely when it changes ("Đang gửi...", "Đã đồng bộ"), without moving focus.
        <div className="app-header-sync" aria-live="polite">
          <SyncStatus />
        </div>
      )}
    </header>
  );
}
