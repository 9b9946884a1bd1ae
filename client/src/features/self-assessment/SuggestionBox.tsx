import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useRequestProblem } from '../../apollo/useRequestProblem';
import { formatInstant, formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { type Suggestion, useAssessment } from './assessment-context';
import {
  ASSESSMENT_QUERIES,
  type AssessmentCriterion,
  type AssessmentScore,
  acceptSuggestionMutation,
} from './operations';
import { samePoints } from './score-values';

/**
 * The score suggested from the year's records: how it was computed, the records it counted (opened on
 * demand) and, in draft, "Chấp nhận điểm gợi ý", which the server computes again. Never entered by
 * itself: a person accepts it or scores otherwise, and then explains why.
 */
export function SuggestionBox({
  criterion,
  suggestion,
  score,
}: {
  criterion: AssessmentCriterion;
  suggestion: Suggestion;
  score?: AssessmentScore;
}) {
  const { t } = useI18n();
  const { assessmentId, scoring } = useAssessment();
  const [showRecords, setShowRecords] = useState(false);
  const { problem, attempt } = useRequestProblem();
  const [accept, { loading }] = useMutation(acceptSuggestionMutation, {
    refetchQueries: ASSESSMENT_QUERIES,
    awaitRefetchQueries: true,
  });
  const accepted =
    score?.suggestedPoints != null && suggestion.points != null && samePoints(score.suggestedPoints, suggestion.points);
  const inForce = accepted && samePoints(score?.points, suggestion.points);
  const recordsId = `suggestion-records-${criterion.id}`;
  return (
    <section className="suggestion" aria-label={t('selfAssessment.suggestion')} data-testid="suggestion">
      <p className="suggestion-title">{t('selfAssessment.suggestion')}</p>
      <p data-testid="suggestion-computation">{suggestion.computation}</p>
      {suggestion.points == null && <p className="muted">{t('selfAssessment.suggestionNoPoints')}</p>}
      {accepted && Boolean(score?.suggestionAcceptedAt) && (
        <p className="muted" data-testid="suggestion-accepted">
          {t('selfAssessment.suggestionAcceptedBy', {
            name: score.suggestionAcceptedByName ?? '',
            at: formatInstant(score.suggestionAcceptedAt, { withTime: true }),
          })}
        </p>
      )}
      <div className="row suggestion-actions">
        {suggestion.records.length > 0 && (
          <Button
            variant="secondary"
            aria-expanded={showRecords}
            aria-controls={recordsId}
            onClick={() => setShowRecords((open) => !open)}
          >
            {showRecords
              ? t('selfAssessment.hideRecords')
              : t('selfAssessment.showRecords', { count: suggestion.records.length })}
          </Button>
        )}
        {scoring && suggestion.points != null && !inForce && (
          <Button
            onClick={() => void attempt(() => accept({ variables: { assessmentId, criterionId: criterion.id } }))}
            disabled={loading}
            data-testid="accept-suggestion"
          >
            {loading
              ? t('selfAssessment.saving')
              : t('selfAssessment.acceptSuggestion', { points: formatNumber(suggestion.points) })}
          </Button>
        )}
      </div>
      {problem && <Banner tone="error">{problem.message ?? t('common.networkError')}</Banner>}
      {showRecords && (
        <ul id={recordsId} className="suggestion-records" data-testid="suggestion-records">
          {suggestion.records.map((record) => (
            <li key={`${record.kind}-${record.id}`} className={record.counted ? 'record-counted' : 'record-basis'}>
              <span className="record-mark" aria-hidden="true">
                {record.counted ? '✓' : '·'}
              </span>
              <span>
                {record.label}
                {!record.counted && <span className="muted"> ({t('selfAssessment.notCounted')})</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
