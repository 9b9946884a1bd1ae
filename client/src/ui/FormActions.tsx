import { useI18n } from '../i18n/I18nProvider';
import { Button } from './Button';

interface FormActionsProps {
  submitLabel: string;
  /** A request is under way: the submit button waits for it. */
  busy: boolean;
  /** The form cannot be sent yet (a required field is empty). */
  incomplete?: boolean;
  onCancel: () => void;
  submitTestId?: string;
  className?: string;
}

/** A form's submit button, held back while its request runs, beside the button that closes the form. */
export function FormActions({
  submitLabel,
  busy,
  incomplete = false,
  onCancel,
  submitTestId,
  className = 'row',
}: FormActionsProps) {
  const { t } = useI18n();
  return (
    <div className={className}>
      <Button type="submit" disabled={busy || incomplete} data-testid={submitTestId}>
        {submitLabel}
      </Button>
      <Button variant="secondary" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
    </div>
  );
}
