import { useMutation } from '@apollo/client/react';
import type { FormEvent } from 'react';
import type { IssuingAgencyFieldsFragment } from '../../apollo/generated/graphql';
import { formatDate, todayLocalDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { useField } from '../../ui/useField';
import { UnitFormSection, useUnitChange } from '../units/UnitFormSection';
import { addIssuingAgencyMutation } from './operations';

/**
 * A new name of the department from a day (a merger, a rename); the period in force ends the day
 * before. Parent and place start from the latest period's; the server refuses what does not fit.
 */
export function AddAgencyPeriodForm({ latest }: { latest: IssuingAgencyFieldsFragment | null }) {
  const { t } = useI18n();
  const validFrom = useField(todayLocalDate);
  const name = useField('');
  const parentName = useField(latest?.parentName ?? '');
  const abbreviation = useField('');
  const place = useField(latest?.place ?? '');
  const legalBasis = useField('');
  const legalBasisDate = useField('');
  const { outcome, fields, attempt } = useUnitChange();
  const [add, { loading }] = useMutation(addIssuingAgencyMutation, {
    refetchQueries: ['IssuingAgencyIdentities'],
    awaitRefetchQueries: true,
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    await attempt(async () => {
      const input = {
        validFrom: validFrom.value,
        name: name.value,
        parentName: parentName.value.trim() || null,
        abbreviation: abbreviation.value,
        place: place.value,
        legalBasis: legalBasis.value,
        legalBasisDate: legalBasisDate.value || null,
      };
      const result = await add({ variables: { input } });
      const added = result.data?.addIssuingAgencyIdentity;
      name.onChange('');
      abbreviation.onChange('');
      legalBasis.onChange('');
      legalBasisDate.onChange('');
      return t('agency.added', { name: added?.name ?? '', date: formatDate(added?.validFrom) });
    });
  }

  return (
    <UnitFormSection title={t('agency.add')} testId="agency-add" outcome={outcome} onSubmit={submit}>
      <p className="muted">{t('agency.addHint')}</p>
      <TextField label={t('agency.validFrom')} type="date" {...validFrom} error={fields.validFrom} required />
      <TextField label={t('agency.name')} {...name} error={fields.name} required />
      <TextField label={t('agency.parentName')} {...parentName} error={fields.parentName} />
      <TextField
        label={t('agency.abbreviation')}
        {...abbreviation}
        error={fields.abbreviation}
        autoCapitalize="characters"
        required
      />
      <TextField label={t('agency.place')} {...place} error={fields.place} required />
      <TextField label={t('agency.legalBasis')} {...legalBasis} error={fields.legalBasis} required />
      <TextField label={t('agency.legalBasisDate')} type="date" {...legalBasisDate} error={fields.legalBasisDate} />
      <Button type="submit" disabled={loading || !validFrom.value}>
        {t('agency.addSubmit')}
      </Button>
    </UnitFormSection>
  );
}
