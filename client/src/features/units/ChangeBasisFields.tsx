import { useI18n } from '../../i18n/I18nProvider';
import { DateField } from '../../ui/DateField';
import { TextField } from '../../ui/TextField';
import type { UnitChangeDraft } from './unit-change-draft';

type Basis = Pick<UnitChangeDraft, 'effectiveOn' | 'basisNumber' | 'basisDate'>;

/** The day the change takes effect and the decision it rests on (số, ký hiệu and date). */
export function ChangeBasisFields({
  value,
  onChange,
  errors,
}: {
  value: Basis;
  onChange: (field: keyof Basis, text: string) => void;
  errors: Record<string, string | undefined>;
}) {
  const { t } = useI18n();
  return (
    <>
      <DateField
        label={t('units.effectiveOn')}
        value={value.effectiveOn}
        onChange={(text) => onChange('effectiveOn', text)}
        error={errors.effectiveOn}
        required
      />
      <TextField
        label={t('units.basisNumber')}
        hint={t('units.basisNumberHint')}
        value={value.basisNumber}
        onChange={(text) => onChange('basisNumber', text)}
        error={errors.basisNumber}
        required
      />
      <DateField
        label={t('units.basisDate')}
        value={value.basisDate}
        onChange={(text) => onChange('basisDate', text)}
        error={errors.basisDate}
        required
      />
    </>
  );
}
