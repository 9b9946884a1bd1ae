import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { TextArea } from '../../ui/TextArea';

export type WorkflowStep = 'submit' | 'approve' | 'return' | 'startAppraisal' | 'finalise';

/**
 * Asks before a step of the workflow, saying what it does; returning to the office asks for leadership's
 * comment, required here first and again by the server.
 */
export function WorkflowStepDialog({
  step,
  busy,
  onClose,
  onConfirm,
}: {
  step: WorkflowStep;
  busy: boolean;
  onClose: () => void;
  onConfirm: (comment: string) => void;
}) {
  const { t } = useI18n();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const needsComment = step === 'return';

  function confirm() {
    if (needsComment && !comment.trim()) {
      setMissing(true);
      return;
    }
    onConfirm(comment.trim());
  }

  return (
    <Dialog open title={t(`selfAssessment.step.${step}`)} onClose={onClose}>
      <p>{t(`selfAssessment.confirm.${step}`)}</p>
      {needsComment && (
        <TextArea
          label={t('selfAssessment.returnComment')}
          value={comment}
          onChange={(value) => {
            setComment(value);
            setMissing(false);
          }}
          required
          error={missing ? t('selfAssessment.returnCommentRequired') : undefined}
          data-testid="return-comment"
        />
      )}
      <DialogActions
        confirmLabel={t(`selfAssessment.step.${step}`)}
        onConfirm={confirm}
        onCancel={onClose}
        danger={step === 'return'}
        busy={busy}
        confirmTestId={`confirm-${step}`}
      />
    </Dialog>
  );
}
