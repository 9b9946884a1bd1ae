import { useEffect, useState } from 'react';
import type { VisitAnswer } from '../../field/types';
import { useI18n } from '../../i18n/I18nProvider';
import type { AnswerValue } from './visit-writes';

interface FoundTextFieldsProps {
  answer: VisitAnswer | undefined;
  editable: boolean;
  /** The base of the fields' ids, unique to the criterion's card. */
  fieldId: string;
  save: (change: Partial<AnswerValue>) => unknown;
}

/**
 * What a Không đạt answer asks for: what was found (thực trạng phát hiện), empty until the inspector
 * writes it (never the requirement), and optionally the recommendation. Kept when the field is left.
 */
export function FoundTextFields({ answer, editable, fieldId, save }: FoundTextFieldsProps) {
  const { t } = useI18n();
  const missing = !answer?.foundText;
  return (
    <div className="stack" data-testid="found-text-fields">
      <AnswerText
        id={`${fieldId}-found`}
        label={t('visits.foundText')}
        hint={t('visits.foundTextHint')}
        error={missing ? t('visits.foundTextMissing') : null}
        value={answer?.foundText ?? null}
        rows={3}
        editable={editable}
        onSave={(foundText) => save({ foundText })}
      />
      <AnswerText
        id={`${fieldId}-recommendation`}
        label={t('visits.recommendation')}
        value={answer?.recommendation ?? null}
        rows={2}
        editable={editable}
        onSave={(recommendation) => save({ recommendation })}
      />
    </div>
  );
}

interface AnswerTextProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  value: string | null;
  rows: number;
  editable: boolean;
  onSave: (value: string | null) => void;
}

function AnswerText({ id, label, hint, error, value, rows, editable, onSave }: AnswerTextProps) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint && <span className="field-hint">{hint}</span>}
      <textarea
        id={id}
        className="field-input"
        rows={rows}
        value={text}
        disabled={!editable}
        aria-invalid={error ? true : undefined}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => {
          if (text !== (value ?? '')) onSave(text.trim() ? text : null);
        }}
      />
      {error && <span className="field-error">{error}</span>}
    </div>
  );
}
