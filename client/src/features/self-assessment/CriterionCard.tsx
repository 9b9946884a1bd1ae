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
 * A scored criterion: a heading with its code, text, maximum and where it stands, which opens the rest:
 * guidance and expected evidence, what a re-issue changed, the suggestion from the year's records, the
 * self-score (a form in draft for the office), its evidence and the appraisal.
 */
export function CriterionCard({
  criterion,
  score,
  open,
  onToggle,
}: {
  criterion: AssessmentCriterion;
  score?: AssessmentScore;
  open: boolean;
  onToggle: () => void;
}) {
  const { t } = useI18n();
  const { scoring, appraising, suggestions } = useAssessment();
  const state = leafState(score);
  const suggestion = suggestions.get(criterion.id);
  const anchor = criterionAnchor(criterion.code);
  const appraised = score?.appraisalPoints2 ?? score?.appraisalPoints1;
  const evidence = score?.evidence ?? [];
  return (
    <article
      id={anchor}
      className={`criterion criterion-${state.toLowerCase()}`}
      aria-labelledby={`${anchor}-title`}
      data-testid={`criterion-${criterion.code}`}
    >
      <h4 id={`${anchor}-title`} className="criterion-heading">
        <button
          type="button"
          className="criterion-toggle"
          aria-expanded={open}
          aria-controls={`${anchor}-body`}
          onClick={onToggle}
          data-testid="criterion-toggle"
        >
          <span className="criterion-title">
            <span className="criterion-code">{criterion.code}</span> {criterion.text}
          </span>
          <span className="criterion-badges">
            <span className="badge badge-muted">
              {t('selfAssessment.maxPoints', { max: formatNumber(criterion.maxPoints) })}
            </span>
            <span className={STATE_TONE[state]} data-testid="criterion-state">
              {state === 'SCORED' && score?.points != null
                ? t('selfAssessment.scoredPoints', { points: formatNumber(score.points) })
                : t(`selfAssessment.state.${state}`)}
            </span>
            {appraised != null && (
              <span className="badge" data-testid="criterion-appraised">
                {t('selfAssessment.appraisedPoints', { points: formatNumber(appraised) })}
              </span>
            )}
            {evidence.length > 0 && (
              <span className="badge badge-muted">{t('selfAssessment.evidenceBadge', { count: evidence.length })}</span>
            )}
          </span>
        </button>
      </h4>
      {open && (
        <div id={`${anchor}-body`} className="criterion-body">
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
          {scoring ? (
            <ScoreForm criterion={criterion} score={score} />
          ) : (
            <ScoreView criterion={criterion} score={score} />
          )}
          <EvidenceSection criterion={criterion} evidence={evidence} />
          {appraising && score?.notApplicable !== true && <AppraisalForm criterion={criterion} score={score} />}
        </div>
      )}
    </article>
  );
}
