import { useApolloClient, useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type { PreviewUnitChangeQuery, UnitChangeKind, UnitFieldsFragment } from '../../apollo/generated/graphql';
import { parseVietnameseDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { Select } from '../../ui/Select';
import { ChangeBasisFields } from './ChangeBasisFields';
import { ChangeKindFields } from './ChangeKindFields';
import { previewUnitChangeQuery, recordUnitChangeMutation, UNIT_LISTS } from './operations';
import { UnitChangePreviewView } from './UnitChangePreviewView';
import { UnitFormSection, useUnitChange } from './UnitFormSection';
import { changeInput, changeKindsOf, initialDraft, newUnitsFor, type UnitChangeDraft } from './unit-change-draft';

interface UnitChangeFormProps {
  unit: UnitFieldsFragment;
  units: UnitFieldsFragment[];
  /** The kind to start with, when an action on the unit (rename, move, add, dissolve) opened the wizard. */
  initialKind?: UnitChangeKind;
  autoOpen?: boolean;
}

/**
 * Thay đổi tổ chức, in force from a day on the basis of a decision: thành lập, đổi tên, điều chuyển,
 * hợp nhất, chia tách, giải thể. Three steps: the form, the server's preview of what ends and what
 * moves to the successor, then a confirmation (a change stays in the history: it cannot be undone).
 */
export function UnitChangeForm({ unit, units, initialKind, autoOpen }: UnitChangeFormProps) {
  const { t } = useI18n();
  const client = useApolloClient();
  const { outcome, fields, attempt } = useUnitChange();
  const [record, { loading }] = useMutation(recordUnitChangeMutation, {
    refetchQueries: [...UNIT_LISTS, 'UnitHistory'],
  });
  const [draft, setDraft] = useState<UnitChangeDraft>(() => initialDraft(unit, initialKind));
  const [preview, setPreview] = useState<PreviewUnitChangeQuery['previewUnitChange'] | null>(null);
  const [confirmLater, setConfirmLater] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [datesChecked, setDatesChecked] = useState(false);
  const kinds = changeKindsOf(unit);

  const update = (changes: Partial<UnitChangeDraft>) => {
    setDraft((d) => ({ ...d, ...changes }));
    setPreview(null);
  };
  /** A day not written dd/mm/yyyy, once the form was sent; else what the server said of the field. */
  const dateError = (field: 'effectiveOn' | 'basisDate') =>
    datesChecked && !parseVietnameseDate(draft[field]) ? t('documents.dateInvalid') : fields[field];

  async function showPreview(event: FormEvent) {
    event.preventDefault();
    setDatesChecked(true);
    const input = changeInput(draft, unit);
    if (!input) return;
    await attempt(async () => {
      const res = await client.query({
        query: previewUnitChangeQuery,
        variables: { input },
        fetchPolicy: 'network-only',
      });
      setPreview(res.data?.previewUnitChange ?? null);
      return t('units.previewReady');
    });
  }

  async function confirm() {
    setConfirming(false);
    const input = changeInput(draft, unit);
    if (!input) return;
    await attempt(async () => {
      await record({ variables: { input: { ...input, confirmRehome: confirmLater } } });
      setPreview(null);
      setDraft(initialDraft(unit, initialKind));
      return t('units.changeRecorded');
    });
  }

  return (
    <UnitFormSection
      title={t('units.change')}
      testId="unit-change"
      outcome={outcome}
      onSubmit={showPreview}
      autoOpen={autoOpen}
    >
      <p className="muted">{t('units.changeHint')}</p>
      <Select
        label={t('units.changeKindLabel')}
        value={draft.kind}
        onChange={(value) => {
          const kind = value as UnitChangeKind;
          update({ kind, newUnits: newUnitsFor(kind, unit) });
        }}
        options={kinds.map((k) => ({ value: k, label: t(`units.changeKind.${k}`) }))}
      />
      <p className="muted" data-testid="unit-change-kind-hint">
        {t(`units.changeKindHint.${draft.kind}`)}
      </p>
      <ChangeBasisFields
        value={draft}
        onChange={(field, text) => update({ [field]: text })}
        errors={{ ...fields, effectiveOn: dateError('effectiveOn'), basisDate: dateError('basisDate') }}
      />
      <ChangeKindFields unit={unit} units={units} draft={draft} onChange={update} errors={fields} />
      {preview && (
        <UnitChangePreviewView
          kind={draft.kind}
          preview={preview}
          confirmLater={confirmLater}
          onConfirmLater={setConfirmLater}
        />
      )}
      {preview ? (
        <div className="form-actions-row">
          <Button variant="secondary" onClick={() => setPreview(null)}>
            {t('units.changeEdit')}
          </Button>
          <Button onClick={() => setConfirming(true)} disabled={loading} data-testid="unit-change-submit">
            {t('units.changeSubmit')}
          </Button>
        </div>
      ) : (
        <Button type="submit" data-testid="unit-change-submit">
          {t('units.changePreview')}
        </Button>
      )}
      <Dialog open={confirming} title={t('units.changeConfirmTitle')} onClose={() => setConfirming(false)}>
        <p>
          {t('units.changeConfirmText', {
            kind: t(`units.changeKind.${draft.kind}`),
            on: draft.effectiveOn,
            basis: draft.basisNumber.trim(),
          })}
        </p>
        <DialogActions
          confirmLabel={t('units.changeConfirm')}
          cancelLabel={t('units.changeConfirmBack')}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
          busy={loading}
          danger
          confirmTestId="unit-change-confirm"
        />
      </Dialog>
    </UnitFormSection>
  );
}
