import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import type { AssessmentCriterion } from './operations';

/** The scoring guidance, its bands or step, what evidence the province expects and what the product measures. */
export function CriterionGuidance({ criterion }: { criterion: AssessmentCriterion }) {
  const { t } = useI18n();
  const bands = criterion.bands ?? [];
  return (
    <dl className="criterion-guidance">
      {criterion.guidance && (
        <div>
          <dt>{t('selfAssessment.guidance')}</dt>
          <dd className="pre-line">{criterion.guidance}</dd>
        </div>
      )}
      {bands.length > 0 && (
        <div>
          <dt>{t('selfAssessment.bands')}</dt>
          <dd>
            {bands
              .map((b) =>
                t('selfAssessment.band', { percent: formatNumber(b.minPercent), points: formatNumber(b.points) }),
              )
              .join('; ')}
          </dd>
        </div>
      )}
      {bands.length === 0 && criterion.scoreStep != null && (
        <div>
          <dt>{t('selfAssessment.scoreStep')}</dt>
          <dd>{formatNumber(criterion.scoreStep)}</dd>
        </div>
      )}
      {criterion.measure && (
        <div>
          <dt>{t('selfAssessment.measure')}</dt>
          <dd>{t(`selfAssessment.measureName.${criterion.measure}`)}</dd>
        </div>
      )}
      {criterion.expectedEvidence && (
        <div>
          <dt>{t('selfAssessment.expectedEvidence')}</dt>
          <dd className="pre-line">{criterion.expectedEvidence}</dd>
        </div>
      )}
    </dl>
  );
}
