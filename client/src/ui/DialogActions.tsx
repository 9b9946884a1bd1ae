import { useI18n } from '../i18n/I18nProvider';
import { Button } from './Button';

interface DialogActionsProps {
  confirmLabel: string;
  onConfirm: () => void;
  /** Closes the dialog, or steps back inside it when `cancelLabel` says so. */
  onCancel: () => void;
  /** "Huỷ" unless given. */
  cancelLabel?: string;
  /** The confirmation cannot be undone the usual way (delete, return, take the other version). */
  danger?: boolean;
  /** A request is under way: the confirm button waits for it. */
  busy?: boolean;
  confirmTestId?: string;
}

/** A dialog's last row: the button that backs out, then the one that does what the dialog asks. */
export function DialogActions({
  confirmLabel,
  onConfirm,
  onCancel,
  cancelLabel,
  danger = false,
  busy = false,
  confirmTestId,
}: DialogActionsProps) {
  const { t } = useI18n();
  return (
    <div className="dialog-actions">
      <Button variant="secondary" onClick={onCancel}>
        {cancelLabel ?? t('common.cancel')}
      </Button>
      <Button variant={danger ? 'danger' : 'primary'} onClick={onConfirm} disabled={busy} data-testid={confirmTestId}>
        {confirmLabel}
      </Button>
    </div>
  );
}
