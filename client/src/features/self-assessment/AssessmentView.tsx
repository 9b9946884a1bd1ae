import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import type { AppraisalRound } from '../../apollo/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { can } from '../auth/permissions';
import { useCurrentUser } from '../auth/session';
import { AppraisalSection } from './AppraisalSection';
import { AssessmentOutputs } from './AssessmentOutputs';
import { AssessmentStatus } from './AssessmentStatus';
import { AssessmentTotals } from './AssessmentTotals';
import { AssessmentContext, type AssessmentScope, type Suggestion } from './assessment-context';
import { CriteriaTree } from './CriteriaTree';
import { type Assessment, suggestionsQuery } from './operations';
import { RetiredScores } from './RetiredScores';
import { WorkflowActions } from './WorkflowActions';

/**
 * One year's assessment: where it stands, its totals, the steps of the workflow that the user may take
 * now, and the criteria by area. Only the office in draft scores; only while the appraisal is entered
 * does the office enter the Sở Nội vụ's scores; everyone else reads.
 */
export function AssessmentView({ assessment }: { assessment: Assessment }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const canEdit = can(user, 'SELF_ASSESSMENT_EDIT');
  const draft = assessment.status === 'DRAFT';
  const [round, setRound] = useState<AppraisalRound>('FIRST');
  // Computed from the year's records on every read: asked for apart, and only while they can be accepted.
  const { data: suggestionsData } = useQuery(suggestionsQuery, {
    variables: { year: assessment.year },
    skip: !draft,
  });
  const suggestions = useMemo(
    () =>
      new Map<string, Suggestion>(
        (suggestionsData?.selfAssessment?.suggestions ?? []).map((s) => [s.criterionId, s] as const),
      ),
    [suggestionsData],
  );
  const scope = useMemo<AssessmentScope>(
    () => ({
      assessmentId: assessment.id,
      year: assessment.year,
      status: assessment.status,
      scoring: canEdit && draft,
      appraising: canEdit && assessment.status === 'APPRAISAL',
      round,
      suggestions,
    }),
    [assessment.id, assessment.year, assessment.status, canEdit, draft, round, suggestions],
  );
  return (
    <AssessmentContext.Provider value={scope}>
      <AssessmentStatus assessment={assessment} />
      {!canEdit && <Banner>{t('selfAssessment.readOnly')}</Banner>}
      {canEdit && !draft && assessment.status !== 'APPRAISAL' && <Banner>{t('selfAssessment.locked')}</Banner>}
      <AssessmentTotals totals={assessment.totals} />
      <AssessmentOutputs assessmentId={assessment.id} year={assessment.year} />
      <WorkflowActions assessment={assessment} />
      {scope.appraising && <AppraisalSection year={assessment.year} round={round} onRound={setRound} />}
      <CriteriaTree assessment={assessment} />
      {assessment.retiredScores.length > 0 && <RetiredScores scores={assessment.retiredScores} />}
    </AssessmentContext.Provider>
  );
}
