import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';

interface ConfirmProps {
  open: boolean;
  onClose: () => void;
  onConfirm: () => void;
}

/** Asks before the year's draft is started from last year's text, warning when it has text already. */
export function StartFromYearDialog({
  year,
  overwrites,
  open,
  onClose,
  onConfirm,
}: ConfirmProps & {
  year: number;
  overwrites: boolean;
}) {
  const { t } = useI18n();
  return (
    <Dialog open={open} title={t('annualReport.startConfirmTitle', { from: year - 1 })} onClose={onClose}>
      <p>{t('annualReport.startConfirm', { from: year - 1, year })}</p>
      {overwrites && <Banner tone="warning">{t('annualReport.startConfirmOverwrite')}</Banner>}
      <DialogActions
        confirmLabel={t('annualReport.startConfirmButton')}
        onConfirm={onConfirm}
        onCancel={onClose}
        confirmTestId="confirm-start"
      />
    </Dialog>
  );
}

/** Asks before the text on screen is replaced by the version someone else saved. */
export function TakeTheirsDialog({ open, onClose, onConfirm }: ConfirmProps) {
  const { t } = useI18n();
  return (
    <Dialog open={open} title={t('annualReport.conflictTakeTheirs')} onClose={onClose}>
      <p>{t('annualReport.conflictTakeTheirsConfirm')}</p>
      <DialogActions
        confirmLabel={t('annualReport.conflictTakeTheirs')}
        onConfirm={onConfirm}
        onCancel={onClose}
        danger
        confirmTestId="confirm-take-theirs"
      />
    </Dialog>
  );
}
