import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useState } from 'react';
import { useRequestProblem } from '../../apollo/useRequestProblem';
import { formatNumber, parseDecimal } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { TextArea } from '../../ui/TextArea';
import { useAssessment } from './assessment-context';
import {
  ASSESSMENT_QUERIES,
  type AssessmentCriterion,
  type AssessmentScore,
  enterAppraisalScoreMutation,
} from './operations';
import { ScoreChoice } from './ScoreChoice';
import { isAllowedScore } from './score-values';

/** The Sở Nội vụ's score and comment of a criterion in the round being entered, on the same guidance. */
export function AppraisalForm({ criterion, score }: { criterion: AssessmentCriterion; score?: AssessmentScore }) {
  const { t } = useI18n();
  const { assessmentId, round } = useAssessment();
  const first = round === 'FIRST';
  const savedPoints = first ? score?.appraisalPoints1 : score?.appraisalPoints2;
  const savedComment = (first ? score?.appraisalComment1 : score?.appraisalComment2) ?? '';
  const savedText = savedPoints == null ? '' : formatNumber(savedPoints);
  const [points, setPoints] = useState(savedText);
  const [comment, setComment] = useState(savedComment);
  const [error, setError] = useState<string | undefined>();
  const { problem, fields, attempt } = useRequestProblem();
  const [enter, { loading }] = useMutation(enterAppraisalScoreMutation, {
    refetchQueries: ASSESSMENT_QUERIES,
    awaitRefetchQueries: true,
  });
  useEffect(() => {
    setPoints(savedText);
    setComment(savedComment);
  }, [savedText, savedComment]);
  const dirty = points !== savedText || comment !== savedComment;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const typed = parseDecimal(points);
    if (typed !== null && (Number.isNaN(typed) || !isAllowedScore(criterion, typed))) {
      setError(t('selfAssessment.scoreNotAllowed'));
      return;
    }
    await attempt(() =>
      enter({ variables: { input: { assessmentId, criterionId: criterion.id, round, points: typed, comment } } }),
    );
  }

  return (
    <form className="stack appraisal-form" onSubmit={(e) => void submit(e)} noValidate data-testid="appraisal-form">
      <p className="evidence-title">{t(`selfAssessment.round.${round}`)}</p>
      <ScoreChoice
        label={t('selfAssessment.appraisalScore')}
        guide={criterion}
        value={points}
        onChange={(v) => {
          setPoints(v);
          setError(undefined);
        }}
        error={error ?? fields.points}
        testId="appraisal-choice"
      />
      <TextArea
        label={`${t('selfAssessment.appraisalComment')} ${t('common.optional')}`}
        value={comment}
        onChange={setComment}
        data-testid="appraisal-comment"
      />
      {problem && !fields.points && <Banner tone="error">{problem.message ?? t('common.networkError')}</Banner>}
      <div className="row">
        <Button type="submit" disabled={loading || !dirty} data-testid="appraisal-save">
          {loading ? t('selfAssessment.saving') : t('selfAssessment.saveAppraisal')}
        </Button>
      </div>
    </form>
  );
}
