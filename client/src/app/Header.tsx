import { useSession } from '../features/auth/session';
import { useI18n } from '../i18n/I18nProvider';
import { Button } from '../ui/Button';
import { linkClick } from './router';
import { useOnline } from './useOnline';

export function LanguageSwitch() {
  const { language, setLanguage } = useI18n();
  const next = language === 'vi' ? 'en' : 'vi';
  return (
    <button
      type="button"
      className="lang-switch"
      onClick={() => setLanguage(next)}
      aria-label={next === 'en' ? 'English' : 'Tiếng Việt'}
      lang={next}
    >
      {next.toUpperCase()}
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

export function Header() {
  const { t } = useI18n();
  const { user, signOut } = useSession();
  return (
    <header className="app-header">
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
          <Button variant="ghost" className="sign-out" onClick={() => void signOut()}>
            {t('auth.signOut')}
          </Button>
        </div>
      )}
      <OfflineIndicator />
    </header>
  );
}
