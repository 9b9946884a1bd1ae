import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

/** Asks before a register record is deleted; the deletion is audited but cannot be undone here. */
export function ConfirmDelete({
  what,
  busy,
  onConfirm,
  onClose,
}: {
  what: string | null;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Dialog open={what !== null} title={t('registers.deleteTitle')} onClose={onClose}>
      <p>{t('registers.deleteConfirm', { what: what ?? '' })}</p>
      <div className="dialog-actions">
        <Button variant="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button variant="danger" onClick={onConfirm} disabled={busy} data-testid="confirm-delete">
          {t('registers.delete')}
        </Button>
      </div>
    </Dialog>
  );
}
