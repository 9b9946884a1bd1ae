import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useState } from 'react';
import { useRequestProblem } from '../../apollo/useRequestProblem';
import { formatNumber, parseDecimal } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { TextArea } from '../../ui/TextArea';
import { useAssessment } from './assessment-context';
import {
  ASSESSMENT_QUERIES,
  type AssessmentCriterion,
  type AssessmentScore,
  scoreCriterionMutation,
} from './operations';
import { ScoreChoice } from './ScoreChoice';
import { isAllowedScore, samePoints } from './score-values';

interface Draft {
  points: string;
  notApplicable: boolean;
  reason: string;
  explanation: string;
  override: string;
}

const draftOf = (score?: AssessmentScore): Draft => ({
  points: score?.points == null ? '' : formatNumber(score.points),
  notApplicable: score?.notApplicable ?? false,
  reason: score?.notApplicableReason ?? '',
  explanation: score?.explanation ?? '',
  override: score?.overrideExplanation ?? '',
});

/**
 * The office's self-score of a criterion in draft: points on the guidance, or "không áp dụng" with its
 * reason, and the explanation (giải trình). A score that differs from an accepted suggestion asks why.
 * Saved as a whole; the server's refusal shows by the field it is about.
 */
export function ScoreForm({ criterion, score }: { criterion: AssessmentCriterion; score?: AssessmentScore }) {
  const { t } = useI18n();
  const { assessmentId } = useAssessment();
  const [draft, setDraft] = useState<Draft>(() => draftOf(score));
  const [errors, setErrors] = useState<Partial<Record<keyof Draft, string>>>({});
  const [saved, setSaved] = useState(false);
  const { problem, fields, attempt } = useRequestProblem();
  const [save, { loading }] = useMutation(scoreCriterionMutation, {
    refetchQueries: ASSESSMENT_QUERIES,
    awaitRefetchQueries: true,
  });
  // What the server holds now (after a save, or someone else's): the form starts again from it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the score's version says when it changed.
  useEffect(() => setDraft(draftOf(score)), [score?.id, score?.version]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
    setSaved(false);
  };
  const typed = parseDecimal(draft.points);
  const suggested = score?.suggestedPoints ?? null;
  const differs = suggested !== null && typed !== null && !Number.isNaN(typed) && !samePoints(typed, suggested);
  const askOverride = !draft.notApplicable && (differs || Boolean(fields.overrideExplanation));
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(score));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: typeof errors = {};
    if (draft.notApplicable && !draft.reason.trim()) found.reason = t('selfAssessment.reasonRequired');
    if (!draft.notApplicable && typed !== null && (Number.isNaN(typed) || !isAllowedScore(criterion, typed)))
      found.points = t('selfAssessment.scoreNotAllowed');
    if (askOverride && !draft.override.trim()) found.override = t('selfAssessment.overrideRequired');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const done = await attempt(() =>
      save({
        variables: {
          input: {
            assessmentId,
            criterionId: criterion.id,
            points: draft.notApplicable ? null : typed,
            notApplicable: draft.notApplicable,
            notApplicableReason: draft.notApplicable ? draft.reason : null,
            explanation: draft.explanation,
            overrideExplanation: askOverride ? draft.override : null,
            version: score?.version ?? null,
          },
        },
      }),
    );
    setSaved(done !== undefined);
  }

  return (
    <form className="stack score-form" onSubmit={(e) => void submit(e)} noValidate data-testid="score-form">
      <Checkbox
        label={t('selfAssessment.notApplicable')}
        checked={draft.notApplicable}
        onChange={(checked) => set('notApplicable', checked)}
      />
      {draft.notApplicable ? (
        <TextArea
          label={t('selfAssessment.notApplicableReason')}
          value={draft.reason}
          onChange={(v) => set('reason', v)}
          required
          error={errors.reason ?? fields.notApplicableReason}
          data-testid="na-reason"
        />
      ) : (
        <ScoreChoice
          label={t('selfAssessment.selfScore')}
          guide={criterion}
          value={draft.points}
          onChange={(v) => set('points', v)}
          error={errors.points ?? fields.points}
          testId="score-choice"
        />
      )}
      {askOverride && (
        <TextArea
          label={t('selfAssessment.overrideExplanation', { points: formatNumber(suggested ?? 0) })}
          value={draft.override}
          onChange={(v) => set('override', v)}
          required
          error={errors.override ?? fields.overrideExplanation}
          data-testid="override-explanation"
        />
      )}
      <TextArea
        label={t('selfAssessment.explanation')}
        hint={t('selfAssessment.explanationHint')}
        value={draft.explanation}
        onChange={(v) => set('explanation', v)}
        data-testid="explanation"
      />
      {problem && !problem.fields.overrideExplanation && !problem.fields.points && (
        <Banner tone="error">{problem.message ?? t('common.networkError')}</Banner>
      )}
      <div className="row score-actions">
        <Button type="submit" disabled={loading || !dirty} data-testid="score-save">
          {loading ? t('selfAssessment.saving') : t('selfAssessment.saveScore')}
        </Button>
        {saved && !dirty && (
          <output className="save-note" data-testid="score-saved">
            {t('common.saved')}
          </output>
        )}
      </div>
    </form>
  );
}
