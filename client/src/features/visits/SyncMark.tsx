import { linkClick } from '../../app/router';
import { ROUTES } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * "Đã lưu trên máy · chưa gửi (N thay đổi)" or "Đã lưu trên máy chủ": where the visit's data is. Until
 * the phone's outbox has been read, it claims neither.
 */
export function SyncMark({ ready, pending, refused }: { ready: boolean; pending: number; refused: number }) {
  const { t } = useI18n();
  const state = !ready ? 'checking' : refused > 0 ? 'refused' : pending > 0 ? 'local' : 'server';
  const text =
    state === 'checking'
      ? t('sync.markChecking')
      : state === 'refused'
        ? t('sync.markRefused', { count: refused })
        : state === 'local'
          ? t('sync.markLocal', { count: pending })
          : t('sync.markServer');
  return (
    <p className={`sync-mark sync-mark-${state}`} data-testid="visit-sync-mark" data-state={state} role="status">
      {state === 'checking' ? (
        <span>{text}</span>
      ) : state === 'server' ? (
        <span>✓ {text}</span>
      ) : (
        <a href={ROUTES.sync} onClick={linkClick(ROUTES.sync)}>
          {text}
        </a>
      )}
    </p>
  );
}
