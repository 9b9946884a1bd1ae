import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { TableWrap } from '../../ui/TableWrap';
import { TitledSection } from '../../ui/TitledSection';
import type { Assessment } from './operations';

type Totals = Assessment['totals'];

/**
 * The totals, overall and per area: the self-score against the maximum after "không áp dụng", and the
 * appraisal's once there is one. Computed by the server on every read.
 */
export function AssessmentTotals({ totals }: { totals: Totals }) {
  const { t } = useI18n();
  const { overall } = totals;
  const appraised = overall.appraisalPoints !== null && overall.appraisalPoints !== undefined;
  const n = (value: number) => formatNumber(value);
  return (
    <TitledSection
      titleId="assessment-totals-title"
      title={t('selfAssessment.totals')}
      className="card stack"
      testId="assessment-totals"
    >
      <dl className="assessment-figures">
        <div className="assessment-figure">
          <dt>{t('selfAssessment.selfTotal')}</dt>
          <dd data-testid="total-self">
            {t('selfAssessment.pointsOf', { points: n(overall.selfPoints), max: n(overall.maxPoints) })}
          </dd>
        </div>
        {appraised && (
          <div className="assessment-figure">
            <dt>{t('selfAssessment.appraisalTotal')}</dt>
            <dd data-testid="total-appraisal">
              {t('selfAssessment.pointsOf', { points: n(overall.appraisalPoints ?? 0), max: n(overall.maxPoints) })}
            </dd>
          </div>
        )}
        <div className="assessment-figure">
          <dt>{t('selfAssessment.scoredCount')}</dt>
          <dd data-testid="total-scored">
            {t('selfAssessment.scoredOf', {
              scored: overall.scoredLeaves + overall.notApplicableLeaves,
              leaves: overall.leaves,
            })}
          </dd>
        </div>
      </dl>
      {overall.notApplicableLeaves > 0 && (
        <p className="muted">
          {t('selfAssessment.notApplicableNote', {
            count: overall.notApplicableLeaves,
            stated: n(overall.statedMaxPoints),
            max: n(overall.maxPoints),
          })}
        </p>
      )}
      <TableWrap label={t('selfAssessment.totalsByArea')}>
        <table className="data-table data-table-fit">
          <thead>
            <tr>
              <th scope="col">{t('selfAssessment.area')}</th>
              <th scope="col" className="num">
                {t('selfAssessment.max')}
              </th>
              <th scope="col" className="num">
                {t('selfAssessment.self')}
              </th>
              {appraised && (
                <th scope="col" className="num">
                  {t('selfAssessment.appraisal')}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {totals.areas.map((area) => (
              <tr key={area.criterionId} data-testid={`area-total-${area.code}`}>
                <th scope="row">
                  {area.code}. {area.text}
                </th>
                <td className="num">{n(area.maxPoints)}</td>
                <td className="num">{n(area.selfPoints)}</td>
                {appraised && <td className="num">{area.appraisalPoints == null ? '–' : n(area.appraisalPoints)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </TitledSection>
  );
}
