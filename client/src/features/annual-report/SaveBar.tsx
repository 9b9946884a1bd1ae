import { localTimeOfDay } from '@kycuong/rules';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import type { SaveState } from './useReportDraft';

interface SaveBarProps {
  issued: boolean;
  dirty: boolean;
  /** Whether the year has a draft on the server. */
  hasDraft: boolean;
  save: SaveState;
  onSave: () => void;
}

/** Where the text stands (unsaved, saved at…) and the save button, kept in view while writing. */
export function SaveBar({ issued, dirty, hasDraft, save, onSave }: SaveBarProps) {
  const { t } = useI18n();
  const stateText = issued
    ? t('annualReport.state.issued')
    : save.step === 'saving'
      ? t('annualReport.saving')
      : dirty
        ? t('annualReport.state.unsaved')
        : !hasDraft
          ? t('annualReport.state.empty')
          : save.step === 'saved'
            ? t('annualReport.state.savedAt', {
                time: localTimeOfDay(save.at),
              })
            : t('annualReport.state.saved');
  return (
    <div className="report-save-bar" data-testid="report-save-bar">
      <p
        className={`report-save-state${dirty ? ' report-unsaved' : hasDraft ? '' : ' report-empty'}`}
        role="status"
        data-testid="save-state"
      >
        {stateText}
      </p>
      <Button onClick={onSave} disabled={save.step === 'saving' || !dirty} data-testid="report-save">
        {save.step === 'saving' ? t('annualReport.saving') : t('annualReport.save')}
      </Button>
    </div>
  );
}
