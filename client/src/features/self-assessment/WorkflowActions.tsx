import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../apollo/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { TitledSection } from '../../ui/TitledSection';
import { can } from '../auth/permissions';
import { useCurrentUser } from '../auth/session';
import { criterionAnchor, showCriterion } from './assessment-tree';
import {
  ASSESSMENT_QUERIES,
  type Assessment,
  approveSelfAssessmentMutation,
  finaliseSelfAssessmentMutation,
  returnSelfAssessmentMutation,
  startAppraisalMutation,
  submitSelfAssessmentMutation,
} from './operations';
import { refusedCodes } from './refused-codes';
import { type WorkflowStep, WorkflowStepDialog } from './WorkflowStepDialog';

interface Refusal {
  message: string;
  codes: string[];
}

/**
 * The steps of the workflow the user may take now, each confirmed in a dialog: the office submits to
 * leadership, sends the approved assessment to the appraisal and closes it; leadership approves or
 * returns with a comment. A refusal for criteria not yet scored (or appraised) lists them all.
 */
export function WorkflowActions({ assessment }: { assessment: Assessment }) {
  const { t, language } = useI18n();
  const user = useCurrentUser();
  const canEdit = can(user, 'SELF_ASSESSMENT_EDIT');
  const canApprove = can(user, 'SELF_ASSESSMENT_APPROVE');
  const [open, setOpen] = useState<WorkflowStep | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [done, setDone] = useState<WorkflowStep | null>(null);
  const options = { refetchQueries: ASSESSMENT_QUERIES, awaitRefetchQueries: true };
  const [submit, submitState] = useMutation(submitSelfAssessmentMutation, options);
  const [approve, approveState] = useMutation(approveSelfAssessmentMutation, options);
  const [giveBack, returnState] = useMutation(returnSelfAssessmentMutation, options);
  const [appraise, appraiseState] = useMutation(startAppraisalMutation, options);
  const [finalise, finaliseState] = useMutation(finaliseSelfAssessmentMutation, options);
  const busy = [submitState, approveState, returnState, appraiseState, finaliseState].some((s) => s.loading);
  const { status, id } = assessment;

  const steps: WorkflowStep[] = [];
  if (canEdit && status === 'DRAFT') steps.push('submit');
  if (canApprove && status === 'SUBMITTED') steps.push('approve', 'return');
  if (canEdit && status === 'APPROVED') steps.push('startAppraisal');
  if (canEdit && status === 'APPRAISAL') steps.push('finalise');
  const waiting = !canApprove && status === 'SUBMITTED';
  if (steps.length === 0 && !waiting && !done) return null;

  async function run(step: WorkflowStep, comment: string) {
    setRefusal(null);
    setDone(null);
    try {
      if (step === 'submit') await submit({ variables: { id } });
      if (step === 'approve') await approve({ variables: { id } });
      if (step === 'return') await giveBack({ variables: { input: { id, comment } } });
      if (step === 'startAppraisal') await appraise({ variables: { id } });
      if (step === 'finalise') await finalise({ variables: { id } });
      setDone(step);
    } catch (error) {
      const message = describeError(error, language).message ?? t('common.networkError');
      setRefusal({ message, codes: refusedCodes(error) });
    } finally {
      setOpen(null);
    }
  }

  return (
    <TitledSection
      titleId="workflow-title"
      title={t('selfAssessment.workflow')}
      className="card stack"
      testId="workflow-actions"
    >
      {waiting && <p>{t('selfAssessment.waitingApproval')}</p>}
      {done && <Banner tone="success">{t(`selfAssessment.done.${done}`)}</Banner>}
      {refusal && (
        <div className="banner banner-error" role="alert" data-testid="workflow-refusal">
          <p>{refusal.message}</p>
          {refusal.codes.length > 0 && (
            <ul className="code-list">
              {refusal.codes.map((code) => (
                <li key={code}>
                  <a
                    href={`#${criterionAnchor(code)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      showCriterion(code);
                    }}
                  >
                    {code}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {steps.length > 0 && (
        <div className="workflow-buttons">
          {steps.map((step) => (
            <Button
              key={step}
              variant={step === 'return' ? 'secondary' : 'primary'}
              onClick={() => setOpen(step)}
              disabled={busy}
              data-testid={`workflow-${step}`}
            >
              {t(`selfAssessment.step.${step}`)}
            </Button>
          ))}
        </div>
      )}
      {open && (
        <WorkflowStepDialog
          step={open}
          busy={busy}
          onClose={() => setOpen(null)}
          onConfirm={(comment) => void run(open, comment)}
        />
      )}
    </TitledSection>
  );
}
