import { useState } from 'react';
import { describeError } from '../../apollo/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';

/** Asks before a register record is deleted; the deletion is audited but cannot be undone here. */
export function ConfirmDelete({
  what,
  onConfirm,
  onClose,
}: {
  what: string | null;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}) {
  const { t, language } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setError(null);
    onClose();
  };
  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      close();
    } catch (err) {
      setError(describeError(err, language).message ?? t('common.networkError'));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Dialog open={what !== null} title={t('registers.deleteTitle')} onClose={close}>
      <p>{t('registers.deleteConfirm', { what: what ?? '' })}</p>
      {error && <Banner tone="error">{error}</Banner>}
      <DialogActions
        confirmLabel={t('registers.delete')}
        onConfirm={() => void confirm()}
        onCancel={close}
        danger
        busy={busy}
        confirmTestId="confirm-delete"
      />
    </Dialog>
  );
}
