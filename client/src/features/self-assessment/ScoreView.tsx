import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import type { AssessmentCriterion, AssessmentScore } from './operations';

/** The self-score as it stands, for everyone who reads (leadership, and the office once submitted). */
export function ScoreView({ criterion, score }: { criterion: AssessmentCriterion; score?: AssessmentScore }) {
  const { t } = useI18n();
  const n = (value: number) => formatNumber(value);
  const rows: { label: string; value: string; testId?: string }[] = [];
  if (score?.notApplicable) {
    rows.push({ label: t('selfAssessment.notApplicable'), value: score.notApplicableReason ?? '', testId: 'view-na' });
  } else {
    rows.push({
      label: t('selfAssessment.selfScore'),
      value:
        score?.points == null
          ? t('selfAssessment.state.UNSCORED')
          : t('selfAssessment.pointsOf', { points: n(score.points), max: n(criterion.maxPoints) }),
      testId: 'view-points',
    });
  }
  if (score?.suggestedPoints != null && score.suggestionComputation)
    rows.push({ label: t('selfAssessment.acceptedSuggestion'), value: score.suggestionComputation });
  if (score?.overrideExplanation)
    rows.push({ label: t('selfAssessment.overrideExplanationShort'), value: score.overrideExplanation });
  if (score?.explanation) rows.push({ label: t('selfAssessment.explanation'), value: score.explanation });
  const rounds = [
    { label: t('selfAssessment.round.FIRST'), points: score?.appraisalPoints1, comment: score?.appraisalComment1 },
    { label: t('selfAssessment.round.SECOND'), points: score?.appraisalPoints2, comment: score?.appraisalComment2 },
  ];
  for (const round of rounds) {
    if (round.points == null && !round.comment) continue;
    const points =
      round.points == null
        ? '–'
        : t('selfAssessment.pointsOf', { points: n(round.points), max: n(criterion.maxPoints) });
    rows.push({ label: round.label, value: round.comment ? `${points}. ${round.comment}` : points });
  }
  return (
    <dl className="score-view" data-testid="score-view">
      {rows.map((row) => (
        <div key={row.label} data-testid={row.testId}>
          <dt>{row.label}</dt>
          <dd className="pre-line">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
