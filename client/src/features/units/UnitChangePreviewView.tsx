import type { PreviewUnitChangeQuery, UnitChangeKind } from '../../apollo/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { Checkbox } from '../../ui/Checkbox';

type Preview = PreviewUnitChangeQuery['previewUnitChange'];

/**
 * What an organisation change will do, read before it is recorded: what ends, what exists after, and
 * what moves to whom; later visits are moved only when ticked.
 */
export function UnitChangePreviewView({
  kind,
  preview,
  confirmLater,
  onConfirmLater,
}: {
  kind: UnitChangeKind;
  preview: Preview;
  confirmLater: boolean;
  onConfirmLater: (value: boolean) => void;
}) {
  const { t } = useI18n();
  const to = preview.successor ?? t('units.successor');
  return (
    <div className="stack preview-box" data-testid="unit-change-preview" aria-live="polite">
      <h4>{t('units.previewTitle')}</h4>
      <ul className="preview-list">
        {preview.endedUnits.map((name) => (
          <li key={`ended-${name}`}>{t('units.previewEnded', { name })}</li>
        ))}
        {preview.unitsNow.map((name) => (
          <li key={`now-${name}`}>{t('units.previewNow', { name })}</li>
        ))}
        {/* Only a unit that ends hands its records to a successor. */}
        {preview.endedUnits.length > 0 && (
          <>
            {preview.successor && (
              <li>
                {t(kind === 'DISSOLVE' ? 'units.previewReceiver' : 'units.previewSuccessor', {
                  name: preview.successor,
                })}
              </li>
            )}
            <li>{t('units.previewPlanLines', { count: preview.planLines, to })}</li>
            <li>
              {preview.users.length
                ? t('units.previewUsers', { names: preview.users.join(', '), to })
                : t('units.previewNoUsers')}
            </li>
            <li>
              {preview.findings
                ? t('units.previewFindings', { count: preview.findings, to })
                : t('units.previewNoFindings')}
            </li>
            {preview.laterVisits === 0 && <li>{t('units.previewNoLaterVisits')}</li>}
          </>
        )}
      </ul>
      {preview.laterVisits > 0 && (
        <Checkbox
          label={t('units.previewLaterVisits', { count: preview.laterVisits, to })}
          checked={confirmLater}
          onChange={onConfirmLater}
        />
      )}
    </div>
  );
}
