import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

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
      <div className="dialog-actions">
        <Button variant="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button onClick={onConfirm} data-testid="confirm-start">
          {t('annualReport.startConfirmButton')}
        </Button>
      </div>
    </Dialog>
  );
}

/** Asks before the text on screen is replaced by the version someone else saved. */
export function TakeTheirsDialog({ open, onClose, onConfirm }: ConfirmProps) {
  const { t } = useI18n();
  return (
    <Dialog open={open} title={t('annualReport.conflictTakeTheirs')} onClose={onClose}>
      <p>{t('annualReport.conflictTakeTheirsConfirm')}</p>
      <div className="dialog-actions">
        <Button variant="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button variant="danger" onClick={onConfirm} data-testid="confirm-take-theirs">
          {t('annualReport.conflictTakeTheirs')}
        </Button>
      </div>
    </Dialog>
  );
}
