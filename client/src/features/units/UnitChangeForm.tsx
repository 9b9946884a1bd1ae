import { useApolloClient, useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type {
  PreviewUnitChangeQuery,
  RecordUnitChangeInput,
  UnitChangeKind,
  UnitFieldsFragment,
} from '../../apollo/generated/graphql';
import { parseVietnameseDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { previewUnitChangeQuery, recordUnitChangeMutation, UNIT_LISTS } from './operations';
import { UnitChangePreviewView } from './UnitChangePreviewView';
import { UnitFormSection, useUnitChange } from './UnitFormSection';
import { subtreeIds } from './unit-tree';

const KINDS = ['RENAME', 'MERGE', 'DISSOLVE'] as const satisfies readonly UnitChangeKind[];

/**
 * Thay đổi tổ chức: a rename, a merge into another unit or a dissolution, in force from a day, on the
 * basis of a decision. The server previews what it will do (what ends, what moves to the successor);
 * the change is recorded only after that, and visits dated after it move only when ticked.
 */
export function UnitChangeForm({ unit, units }: { unit: UnitFieldsFragment; units: UnitFieldsFragment[] }) {
  const { t } = useI18n();
  const client = useApolloClient();
  const { outcome, fields, attempt } = useUnitChange();
  const [record, { loading }] = useMutation(recordUnitChangeMutation, {
    refetchQueries: [...UNIT_LISTS, 'UnitHistory'],
  });
  const [kind, setKind] = useState<(typeof KINDS)[number]>('RENAME');
  const [values, setValues] = useState({
    effectiveOn: '',
    basisNumber: '',
    basisDate: '',
    name: unit.name,
    code: unit.code,
    targetId: '',
  });
  const [preview, setPreview] = useState<PreviewUnitChangeQuery['previewUnitChange'] | null>(null);
  const [confirmLater, setConfirmLater] = useState(false);
  const [datesChecked, setDatesChecked] = useState(false);
  /** A day not written dd/mm/yyyy, once the form was sent; else what the server said of the field. */
  const dateError = (field: 'effectiveOn' | 'basisDate') =>
    datesChecked && !parseVietnameseDate(values[field]) ? t('documents.dateInvalid') : fields[field];
  const set = (field: keyof typeof values) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setPreview(null);
  };
  const blocked = subtreeIds(units, unit.id);
  const targets = units
    .filter((u) => u.active && u.parentId && !blocked.has(u.id))
    .map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }));

  function input(): RecordUnitChangeInput {
    const base = {
      kind,
      effectiveOn: parseVietnameseDate(values.effectiveOn) ?? values.effectiveOn,
      basisNumber: values.basisNumber,
      basisDate: parseVietnameseDate(values.basisDate) ?? values.basisDate,
    };
    if (kind === 'RENAME') return { ...base, unitId: unit.id, name: values.name, code: values.code };
    if (kind === 'MERGE') return { ...base, sourceIds: [unit.id], targetId: values.targetId || null };
    return { ...base, unitId: unit.id };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDatesChecked(true);
    if (!parseVietnameseDate(values.effectiveOn) || !parseVietnameseDate(values.basisDate)) return;
    await attempt(async () => {
      if (!preview) {
        const res = await client.query({
          query: previewUnitChangeQuery,
          variables: { input: input() },
          fetchPolicy: 'network-only',
        });
        setPreview(res.data?.previewUnitChange ?? null);
        return t('units.previewReady');
      }
      await record({ variables: { input: { ...input(), confirmRehome: confirmLater } } });
      setPreview(null);
      return t('units.changeRecorded');
    });
  }

  return (
    <UnitFormSection title={t('units.change')} testId="unit-change" outcome={outcome} onSubmit={submit}>
      <p className="muted">{t('units.changeHint')}</p>
      <Select
        label={t('units.changeKindLabel')}
        value={kind}
        onChange={(value) => {
          setKind(value as (typeof KINDS)[number]);
          setPreview(null);
        }}
        options={KINDS.map((k) => ({ value: k, label: t(`units.changeKind.${k}`) }))}
      />
      <DateField
        label={t('units.effectiveOn')}
        value={values.effectiveOn}
        onChange={set('effectiveOn')}
        error={dateError('effectiveOn')}
        required
      />
      <TextField
        label={t('units.basisNumber')}
        hint={t('units.basisNumberHint')}
        value={values.basisNumber}
        onChange={set('basisNumber')}
        error={fields.basisNumber}
        required
      />
      <DateField
        label={t('units.basisDate')}
        value={values.basisDate}
        onChange={set('basisDate')}
        error={dateError('basisDate')}
        required
      />
      {kind === 'RENAME' && (
        <>
          <TextField label={t('units.name')} value={values.name} onChange={set('name')} error={fields.name} />
          <TextField label={t('units.code')} value={values.code} onChange={set('code')} error={fields.code} />
        </>
      )}
      {kind === 'MERGE' && (
        <Select
          label={t('units.mergeTarget')}
          value={values.targetId}
          onChange={set('targetId')}
          options={targets}
          placeholder={t('units.chooseTarget')}
          error={fields.targetId}
        />
      )}
      {preview && (
        <UnitChangePreviewView preview={preview} confirmLater={confirmLater} onConfirmLater={setConfirmLater} />
      )}
      <Button type="submit" disabled={loading} data-testid="unit-change-submit">
        {preview ? t('units.changeSubmit') : t('units.changePreview')}
      </Button>
    </UnitFormSection>
  );
}
