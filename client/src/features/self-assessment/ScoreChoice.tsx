import { useId } from 'react';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { allowedScores, type ScoreGuide, scoreControl } from './score-values';

interface ScoreChoiceProps {
  label: string;
  guide: ScoreGuide;
  /** The score as typed or chosen ("0,5"), '' for none. */
  value: string;
  onChange: (value: string) => void;
  error?: string;
  disabled?: boolean;
  testId: string;
}

/**
 * A score on the criterion's guidance: a row of buttons when it allows a few values (pressing the chosen
 * one again clears it), a list when it allows more, a field for a number up to the hundredth otherwise.
 */
export function ScoreChoice({ label, guide, value, onChange, error, disabled, testId }: ScoreChoiceProps) {
  const { t } = useI18n();
  const errorId = useId();
  const values = allowedScores(guide);
  const control = scoreControl(values);
  if (control === 'input' || values === null) {
    return (
      <TextField
        label={label}
        value={value}
        onChange={onChange}
        inputMode="decimal"
        hint={t('selfAssessment.scoreHint', {
          max: formatNumber(guide.maxPoints),
          step: formatNumber(guide.scoreStep ?? 0.01),
        })}
        error={error}
        disabled={disabled}
        data-testid={testId}
      />
    );
  }
  const options = values.map((v) => ({ value: formatNumber(v), label: formatNumber(v) }));
  if (control === 'select') {
    return (
      <Select
        label={label}
        value={value}
        onChange={onChange}
        options={options}
        placeholder={t('selfAssessment.noScore')}
        error={error}
        disabled={disabled}
        data-testid={testId}
      />
    );
  }
  return (
    <fieldset className="score-choice" aria-describedby={error ? errorId : undefined} data-testid={testId}>
      <legend className="field-label">{label}</legend>
      <div className="score-buttons">
        {options.map((option) => (
          <button
            key={option.value}
            type="button"
            className="score-button"
            aria-pressed={value === option.value}
            disabled={disabled}
            onClick={() => onChange(value === option.value ? '' : option.value)}
          >
            {option.label}
          </button>
        ))}
      </div>
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </fieldset>
  );
}
