import { useState } from 'react';
import { describeError } from '../../apollo/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { TextArea } from '../../ui/TextArea';

export interface ReasonDialogProps {
  open: boolean;
  title: string;
  /** What confirming will do, read before the reason is written. */
  explanation: string;
  reasonLabel: string;
  /** A required reason is checked here first, then again by the server (which answers with its own code). */
  reasonRequired: boolean;
  submitLabel: string;
  danger?: boolean;
  busy: boolean;
  onClose: () => void;
  /** Resolves when done; throws the server's refusal, shown in the dialog. */
  onSubmit: (reason: string | null) => Promise<void>;
  testId: string;
}

/** A confirmation of one of the office's finding actions, with its reason (required or optional). */
export function ReasonDialog(props: ReasonDialogProps) {
  const { t, language } = useI18n();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  function close() {
    setReason('');
    setProblem(null);
    props.onClose();
  }

  async function submit() {
    const text = reason.trim();
    if (props.reasonRequired && !text) {
      setProblem(t('findings.reasonRequired'));
      return;
    }
    try {
      await props.onSubmit(text || null);
      setReason('');
      setProblem(null);
    } catch (error) {
      setProblem(describeError(error, language).message ?? t('common.networkError'));
    }
  }

  return (
    <Dialog open={props.open} title={props.title} onClose={close}>
      <p>{props.explanation}</p>
      {problem && <Banner tone="error">{problem}</Banner>}
      <TextArea
        label={props.reasonRequired ? props.reasonLabel : `${props.reasonLabel} ${t('common.optional')}`}
        value={reason}
        onChange={setReason}
        required={props.reasonRequired}
        data-testid={`${props.testId}-reason`}
      />
      <DialogActions
        confirmLabel={props.submitLabel}
        onConfirm={() => void submit()}
        onCancel={close}
        danger={props.danger}
        busy={props.busy}
        confirmTestId={`${props.testId}-submit`}
      />
    </Dialog>
  );
}
