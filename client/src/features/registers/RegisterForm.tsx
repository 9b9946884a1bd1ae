import { type FormEvent, type ReactNode, useState } from 'react';
import { describeError, type RequestProblem } from '../../apollo/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { FormActions } from '../../ui/FormActions';

/**
 * Saving a register record: `save` runs the create or update, closes the form when it went through,
 * and keeps the server's refusal otherwise; `fields` are its per-field messages.
 */
export function useRegisterSave(onDone: () => void) {
  const { language } = useI18n();
  const [problem, setProblem] = useState<RequestProblem | null>(null);
  async function save(write: () => Promise<unknown>) {
    setProblem(null);
    try {
      await write();
      onDone();
    } catch (error) {
      setProblem(describeError(error, language));
    }
  }
  return { problem, fields: problem?.fields ?? {}, save };
}

/** The id and version a record's update is sent with, so a change made meanwhile is refused. */
export function versionOf(record: { id: string; version: number }) {
  return { id: record.id, version: Math.trunc(record.version) };
}

interface RegisterFormProps {
  title: string;
  testId: string;
  /** The server's refusal; shown on top unless it names the fields at fault. */
  problem: RequestProblem | null;
  busy: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  saveTestId?: string;
  children: ReactNode;
}

/** A register record's form: its fields between the title and the save and cancel buttons. */
export function RegisterForm({
  title,
  testId,
  problem,
  busy,
  onSubmit,
  onCancel,
  saveTestId,
  children,
}: RegisterFormProps) {
  const { t } = useI18n();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="card stack" onSubmit={submit} noValidate data-testid={testId}>
      <h2 className="section-title">{title}</h2>
      {problem && !Object.keys(problem.fields).length && (
        <Banner tone="error">{problem.message ?? t('common.networkError')}</Banner>
      )}
      {children}
      <FormActions
        className="record-actions"
        submitLabel={t('common.save')}
        busy={busy}
        onCancel={onCancel}
        submitTestId={saveTestId}
      />
    </form>
  );
}
