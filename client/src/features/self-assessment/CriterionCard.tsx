import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { AppraisalForm } from './AppraisalForm';
import { useAssessment } from './assessment-context';
import { criterionAnchor, type LeafState, leafState } from './assessment-tree';
import { CriterionGuidance } from './CriterionGuidance';
import { EvidenceSection } from './EvidenceSection';
import type { AssessmentCriterion, AssessmentScore } from './operations';
import { ScoreForm } from './ScoreForm';
import { ScoreView } from './ScoreView';
import { SuggestionBox } from './SuggestionBox';

const STATE_TONE: Record<LeafState, string> = {
  UNSCORED: 'badge badge-muted',
  SCORED: 'badge badge-success',
  NOT_APPLICABLE: 'badge',
  NEEDS_REVIEW: 'badge badge-danger',
};

/**
 * A scored criterion: its code, text, maximum, guidance and expected evidence; what a re-issue changed;
 * the suggestion from the year's records; the self-score (a form in draft for the office); its evidence;
 * and the appraisal.
 */
export function CriterionCard({ criterion, score }: { criterion: AssessmentCriterion; score?: AssessmentScore }) {
  const { t } = useI18n();
  const { scoring, appraising, suggestions } = useAssessment();
  const state = leafState(score);
  const suggestion = suggestions.get(criterion.id);
  const titleId = `${criterionAnchor(criterion.code)}-title`;
  return (
    <article
      id={criterionAnchor(criterion.code)}
      className={`criterion criterion-${state.toLowerCase()}`}
      aria-labelledby={titleId}
      data-testid={`criterion-${criterion.code}`}
    >
      <header className="criterion-head">
        <h4 id={titleId} className="criterion-title">
          <span className="criterion-code">{criterion.code}</span> {criterion.text}
        </h4>
        <p className="criterion-badges">
          <span className="badge badge-muted">
            {t('selfAssessment.maxPoints', { max: formatNumber(criterion.maxPoints) })}
          </span>{' '}
          <span className={STATE_TONE[state]} data-testid="criterion-state">
            {state === 'SCORED' && score?.points != null
              ? t('selfAssessment.scoredPoints', { points: formatNumber(score.points) })
              : t(`selfAssessment.state.${state}`)}
          </span>
        </p>
      </header>
      <CriterionGuidance criterion={criterion} />
      {score?.needsReview && (
        <div className="banner banner-warning" data-testid="needs-review">
          <p>{t('selfAssessment.needsReview')}</p>
          {score.reviewNote && <p>{score.reviewNote}</p>}
          {score.priorPoints != null && (
            <p>
              {t('selfAssessment.priorPoints', {
                points: formatNumber(score.priorPoints),
                max: formatNumber(score.priorMaxPoints ?? criterion.maxPoints),
              })}
            </p>
          )}
          {score.priorText && <p className="muted">{t('selfAssessment.priorText', { text: score.priorText })}</p>}
        </div>
      )}
      {suggestion && <SuggestionBox criterion={criterion} suggestion={suggestion} score={score} />}
      {scoring ? <ScoreForm criterion={criterion} score={score} /> : <ScoreView criterion={criterion} score={score} />}
      <EvidenceSection criterion={criterion} evidence={score?.evidence ?? []} />
      {appraising && score?.notApplicable !== true && <AppraisalForm criterion={criterion} score={score} />}
    </article>
  );
}
