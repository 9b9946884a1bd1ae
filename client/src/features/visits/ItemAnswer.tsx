import { useEffect, useState } from 'react';
import type { PassFail } from '../../apollo/generated/graphql';
import type { VisitAnswer, VisitItem } from '../../field/types';
import { formatNumber, parseDecimal } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import type { AnswerValue } from './visit-writes';

const CHOICES: PassFail[] = ['PASS', 'FAIL', 'NOT_APPLICABLE'];

interface AnswerProps {
  item: VisitItem;
  answer: VisitAnswer | undefined;
  editable: boolean;
  /** The base of the fields' ids, unique to the criterion's card. */
  fieldId: string;
  save: (change: Partial<AnswerValue>) => unknown;
}

/** The criterion's answer as its type asks: pass / fail / not applicable, a number or a text. */
export function ItemAnswer(props: AnswerProps) {
  if (props.item.answerType === 'PASS_FAIL') return <PassFailAnswer {...props} />;
  if (props.item.answerType === 'NUMBER') return <NumberAnswer {...props} />;
  if (props.item.answerType === 'TEXT') return <TextAnswer {...props} />;
  return null;
}

function PassFailAnswer({ item, answer, editable, save }: AnswerProps) {
  const { t } = useI18n();
  return (
    <fieldset className="pass-fail">
      <legend className="visually-hidden">{item.code}</legend>
      {CHOICES.map((choice) => (
        <button
          key={choice}
          type="button"
          className={`choice choice-${choice.toLowerCase()}`}
          aria-pressed={answer?.passFail === choice}
          disabled={!editable}
          onClick={() => save({ passFail: choice })}
        >
          {t(`visits.answer.${choice}`)}
        </button>
      ))}
    </fieldset>
  );
}

function NumberAnswer({ item, answer, editable, fieldId, save }: AnswerProps) {
  const { t } = useI18n();
  const [numberText, setNumberText] = useState(answer?.numberValue == null ? '' : formatNumber(answer.numberValue, 6));
  const [numberError, setNumberError] = useState<string | null>(null);
  useEffect(
    () => setNumberText(answer?.numberValue == null ? '' : formatNumber(answer.numberValue, 6)),
    [answer?.numberValue],
  );

  function saveNumber() {
    const value = parseDecimal(numberText);
    if (value !== null && Number.isNaN(value)) {
      setNumberError(t('visits.invalidNumber'));
      return;
    }
    setNumberError(null);
    if (value !== (answer?.numberValue ?? null)) save({ numberValue: value });
  }

  return (
    <div className="field">
      <label className="field-label" htmlFor={`${fieldId}-number`}>
        {t('visits.numberValue')}
      </label>
      {(item.minValue != null || item.maxValue != null) && (
        <span className="field-hint">
          {t('visits.numberRange', {
            min: item.minValue == null ? '…' : formatNumber(item.minValue),
            max: item.maxValue == null ? '…' : formatNumber(item.maxValue),
          })}
        </span>
      )}
      <input
        id={`${fieldId}-number`}
        className="field-input"
        inputMode="decimal"
        value={numberText}
        disabled={!editable}
        aria-invalid={numberError ? true : undefined}
        onChange={(event) => setNumberText(event.target.value)}
        onBlur={saveNumber}
      />
      {numberError && <span className="field-error">{numberError}</span>}
    </div>
  );
}

function TextAnswer({ answer, editable, fieldId, save }: AnswerProps) {
  const { t } = useI18n();
  const [textValue, setTextValue] = useState(answer?.textValue ?? '');
  useEffect(() => setTextValue(answer?.textValue ?? ''), [answer?.textValue]);
  return (
    <div className="field">
      <label className="field-label" htmlFor={`${fieldId}-text`}>
        {t('visits.textValue')}
      </label>
      <textarea
        id={`${fieldId}-text`}
        className="field-input"
        rows={3}
        value={textValue}
        disabled={!editable}
        onChange={(event) => setTextValue(event.target.value)}
        onBlur={() => {
          if (textValue !== (answer?.textValue ?? '')) save({ textValue: textValue.trim() ? textValue : null });
        }}
      />
    </div>
  );
}

/** The inspector's note on the criterion, kept when the field is left. */
export function ItemNote({ answer, editable, fieldId, save }: Omit<AnswerProps, 'item'>) {
  const { t } = useI18n();
  const [note, setNote] = useState(answer?.note ?? '');
  useEffect(() => setNote(answer?.note ?? ''), [answer?.note]);
  return (
    <div className="field">
      <label className="field-label" htmlFor={`${fieldId}-note`}>
        {t('visits.note')}
      </label>
      <textarea
        id={`${fieldId}-note`}
        className="field-input"
        rows={2}
        value={note}
        disabled={!editable}
        onChange={(event) => setNote(event.target.value)}
        onBlur={() => {
          if (note !== (answer?.note ?? '')) save({ note: note.trim() ? note : null });
        }}
      />
    </div>
  );
}
