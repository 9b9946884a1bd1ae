import { useQuery } from '@apollo/client/react';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { TableWrap } from '../../ui/TableWrap';
import { TitledSection } from '../../ui/TitledSection';
import { type AreaComparison, assessmentComparisonQuery } from './comparison.operations';
import { DifferenceText } from './DifferenceText';
import { WeakestCriteria } from './WeakestCriteria';

/**
 * "So sánh và điểm yếu": each area (and the whole) against last year's assessment, matched by the area's
 * code (last year's final appraisal, else its self-score), then the weakest criteria and the self vs
 * appraisal gaps. Leadership reads it first; computed by the server on every read.
 */
export function ComparisonSection({ year }: { year: number }) {
  const { t } = useI18n();
  const { data } = useQuery(assessmentComparisonQuery, { variables: { year } });
  const comparison = data?.selfAssessment?.comparison;
  if (!comparison) return null;
  const previous = comparison.previousYear;
  const n = (value: number) => formatNumber(value);
  const pointsOf = (points: number | null | undefined, max: number | null | undefined) =>
    points == null || max == null ? '–' : t('selfAssessment.pointsOf', { points: n(points), max: n(max) });
  const thisYear = t('selfAssessment.yearColumn', { year });
  const lastYear = t('selfAssessment.yearColumn', { year: year - 1 });
  const row = (area: AreaComparison | typeof comparison.overall, key: string, label: string, testId: string) => (
    <tr key={key} data-testid={testId}>
      <th scope="row">{label}</th>
      <td className="num" data-label={thisYear}>
        {pointsOf(area.selfPoints, area.maxPoints)}
      </td>
      <td className="num" data-label={lastYear}>
        {area.comparable ? pointsOf(area.previousPoints, area.previousMaxPoints) : '–'}
      </td>
      <td className="num" data-label={t('selfAssessment.difference')}>
        {area.difference == null ? (
          <span className="muted">{t('selfAssessment.notComparable')}</span>
        ) : (
          <DifferenceText value={area.difference} />
        )}
      </td>
    </tr>
  );
  return (
    <TitledSection
      titleId="assessment-comparison-title"
      title={t('selfAssessment.comparison')}
      className="card stack assessment-comparison"
      testId="assessment-comparison"
    >
      {previous == null ? (
        // The first year: the totals above already give each area; nothing to set them against.
        <p className="muted" data-testid="comparison-no-previous">
          {t('selfAssessment.noLastYear', { year: year - 1 })}
        </p>
      ) : (
        <p className="muted">
          {t(comparison.previousIsAppraisal ? 'selfAssessment.lastYearAppraisal' : 'selfAssessment.lastYearSelf', {
            year: previous,
          })}
        </p>
      )}
      {previous != null && (
        <TableWrap label={t('selfAssessment.comparisonByArea', { year: year - 1 })}>
          <table className="data-table data-table-cards">
            <thead>
              <tr>
                <th scope="col">{t('selfAssessment.area')}</th>
                <th scope="col" className="num">
                  {thisYear}
                </th>
                <th scope="col" className="num">
                  {lastYear}
                </th>
                <th scope="col" className="num">
                  {t('selfAssessment.difference')}
                </th>
              </tr>
            </thead>
            <tbody>
              {comparison.areas.map((area) =>
                row(
                  area,
                  area.criterionId ?? area.code ?? '',
                  `${area.code}. ${area.text}`,
                  `area-compare-${area.code}`,
                ),
              )}
              {row(comparison.overall, 'overall', t('selfAssessment.overallRow'), 'area-compare-overall')}
            </tbody>
          </table>
        </TableWrap>
      )}
      {comparison.droppedAreaCodes.length > 0 && (
        <p className="muted">
          {t('selfAssessment.droppedAreas', { year: year - 1, codes: comparison.droppedAreaCodes.join(', ') })}
        </p>
      )}
      <WeakestCriteria weakest={comparison.weakest} gaps={comparison.appraisalGaps} />
    </TitledSection>
  );
}
