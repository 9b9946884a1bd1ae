import { useMutation } from '@apollo/client/react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { describeError, type RequestProblem } from '../../apollo/errors';
import type { UnitFieldsFragment, UnitKind } from '../../apollo/generated/graphql';
import { formatNumber, parseDecimal, todayLocalDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { UNIT_KINDS } from './labels';
import { createUnitMutation, deactivateUnitMutation, moveUnitMutation, updateUnitMutation } from './operations';
import { subtreeIds } from './unit-tree';

/** Refetched after changes that add or hide units, so lists and counts follow. */
const UNIT_LISTS = ['Units', 'UnitSearch'];

type Outcome = { kind: 'error'; problem: RequestProblem } | { kind: 'done'; message: string } | null;

function FormSection({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <details className="card form-section" data-testid={testId}>
      <summary>{title}</summary>
      <div className="stack form-section-body">{children}</div>
    </details>
  );
}

function OutcomeBanner({ outcome }: { outcome: Outcome }) {
  const { t } = useI18n();
  if (!outcome) return null;
  if (outcome.kind === 'done') return <Banner tone="success">{outcome.message}</Banner>;
  return <Banner tone="error">{outcome.problem.message ?? t('common.networkError')}</Banner>;
}

function useKindOptions() {
  const { t } = useI18n();
  return UNIT_KINDS.map((kind) => ({ value: kind, label: t(`unitKind.${kind}`) }));
}

function coordinateText(value: number | null | undefined): string {
  return value == null ? '' : formatNumber(value, 6).replace(/\./g, '');
}

export function EditUnitForm({ unit }: { unit: UnitFieldsFragment }) {
  const { t } = useI18n();
  const kindOptions = useKindOptions();
  const [name, setName] = useState(unit.name);
  const [code, setCode] = useState(unit.code);
  const [kind, setKind] = useState<UnitKind>(unit.kind);
  const [address, setAddress] = useState(unit.address ?? '');
  const [latitude, setLatitude] = useState(coordinateText(unit.latitude));
  const [longitude, setLongitude] = useState(coordinateText(unit.longitude));
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [update, { loading }] = useMutation(updateUnitMutation);

  const lat = parseDecimal(latitude);
  const lng = parseDecimal(longitude);
  const latError = Number.isNaN(lat) ? t('units.invalidNumber') : undefined;
  const lngError = Number.isNaN(lng) ? t('units.invalidNumber') : undefined;
  const fields = outcome?.kind === 'error' ? outcome.problem.fields : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (latError || lngError) return;
    setOutcome(null);
    try {
      await update({
        variables: {
          input: {
            id: unit.id,
            version: Math.trunc(unit.version),
            name: name.trim(),
            code: code.trim(),
            kind,
            address: address.trim(),
            ...(lat != null ? { latitude: lat } : {}),
            ...(lng != null ? { longitude: lng } : {}),
          },
        },
      });
      setOutcome({ kind: 'done', message: t('common.saved') });
    } catch (error) {
      setOutcome({ kind: 'error', problem: describeError(error) });
    }
  }

  return (
    <FormSection title={t('units.edit')} testId="unit-edit">
      <form className="stack" onSubmit={submit} noValidate>
        <OutcomeBanner outcome={outcome} />
        <TextField label={t('units.name')} value={name} onChange={setName} error={fields.name} required />
        <TextField
          label={t('units.code')}
          value={code}
          onChange={setCode}
          error={fields.code}
          autoCapitalize="characters"
          required
        />
        <Select
          label={t('units.kind')}
          value={kind}
          onChange={(value) => setKind(value as UnitKind)}
          options={kindOptions}
        />
        <TextField label={t('units.address')} value={address} onChange={setAddress} error={fields.address} />
        <div className="two-columns">
          <TextField
            label={t('units.latitude')}
            value={latitude}
            onChange={setLatitude}
            inputMode="decimal"
            error={latError ?? fields.latitude}
          />
          <TextField
            label={t('units.longitude')}
            value={longitude}
            onChange={setLongitude}
            inputMode="decimal"
            error={lngError ?? fields.longitude}
          />
        </div>
        <Button type="submit" disabled={loading || !name.trim() || !code.trim()}>
          {t('common.save')}
        </Button>
      </form>
    </FormSection>
  );
}

export function MoveUnitForm({ unit, units }: { unit: UnitFieldsFragment; units: UnitFieldsFragment[] }) {
  const { t } = useI18n();
  const [parentId, setParentId] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [move, { loading }] = useMutation(moveUnitMutation);
  // The unit itself and its subtree cannot become its parent; the server refuses it too (UNIT_CYCLE).
  const blocked = subtreeIds(units, unit.id);
  const options = units
    .filter((candidate) => candidate.active && candidate.id !== unit.parentId)
    .map((candidate) => ({
      value: candidate.id,
      label: `${candidate.name} (${candidate.code})`,
      disabled: blocked.has(candidate.id),
    }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!parentId) return;
    setOutcome(null);
    try {
      await move({ variables: { input: { id: unit.id, parentId } } });
      setParentId('');
      setOutcome({ kind: 'done', message: t('units.moved') });
    } catch (error) {
      setOutcome({ kind: 'error', problem: describeError(error) });
    }
  }

  return (
    <FormSection title={t('units.move')} testId="unit-move">
      <form className="stack" onSubmit={submit} noValidate>
        <OutcomeBanner outcome={outcome} />
        <Select
          label={t('units.parent')}
          value={parentId}
          onChange={setParentId}
          options={options}
          placeholder={t('units.chooseParent')}
        />
        <Button type="submit" disabled={loading || !parentId}>
          {t('units.moveSubmit')}
        </Button>
      </form>
    </FormSection>
  );
}

export function AddChildUnitForm({ parent }: { parent: UnitFieldsFragment }) {
  const { t } = useI18n();
  const kindOptions = useKindOptions();
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [kind, setKind] = useState<UnitKind>('DIVISION');
  const [activeFrom, setActiveFrom] = useState(todayLocalDate());
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [create, { loading }] = useMutation(createUnitMutation, { refetchQueries: UNIT_LISTS });
  const fields = outcome?.kind === 'error' ? outcome.problem.fields : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    setOutcome(null);
    try {
      const result = await create({
        variables: {
          input: { parentId: parent.id, name: name.trim(), code: code.trim(), kind, activeFrom: activeFrom || null },
        },
      });
      setName('');
      setCode('');
      setOutcome({ kind: 'done', message: t('units.added', { name: result.data?.createUnit.name ?? '' }) });
    } catch (error) {
      setOutcome({ kind: 'error', problem: describeError(error) });
    }
  }

  return (
    <FormSection title={t('units.addChild')} testId="unit-add-child">
      <form className="stack" onSubmit={submit} noValidate>
        <OutcomeBanner outcome={outcome} />
        <TextField label={t('units.name')} value={name} onChange={setName} error={fields.name} required />
        <TextField
          label={t('units.code')}
          value={code}
          onChange={setCode}
          error={fields.code}
          autoCapitalize="characters"
          required
        />
        <Select
          label={t('units.kind')}
          value={kind}
          onChange={(value) => setKind(value as UnitKind)}
          options={kindOptions}
        />
        <TextField
          label={t('units.activeFromLabel')}
          type="date"
          value={activeFrom}
          onChange={setActiveFrom}
          error={fields.activeFrom}
        />
        <Button type="submit" disabled={loading || !name.trim() || !code.trim()}>
          {t('units.addChildSubmit')}
        </Button>
      </form>
    </FormSection>
  );
}

export function DeactivateUnitForm({ unit }: { unit: UnitFieldsFragment }) {
  const { t } = useI18n();
  const [activeTo, setActiveTo] = useState(todayLocalDate());
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [deactivate, { loading }] = useMutation(deactivateUnitMutation, { refetchQueries: UNIT_LISTS });
  const fields = outcome?.kind === 'error' ? outcome.problem.fields : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!window.confirm(t('units.deactivateConfirm', { name: unit.name }))) return;
    setOutcome(null);
    try {
      await deactivate({ variables: { input: { id: unit.id, activeTo: activeTo || null } } });
      setOutcome({ kind: 'done', message: t('units.deactivated') });
    } catch (error) {
      setOutcome({ kind: 'error', problem: describeError(error) });
    }
  }

  return (
    <FormSection title={t('units.deactivate')} testId="unit-deactivate">
      <form className="stack" onSubmit={submit} noValidate>
        <OutcomeBanner outcome={outcome} />
        <TextField
          label={t('units.deactivateDate')}
          type="date"
          value={activeTo}
          onChange={setActiveTo}
          error={fields.activeTo}
        />
        <Button type="submit" variant="danger" disabled={loading}>
          {t('units.deactivateSubmit')}
        </Button>
      </form>
    </FormSection>
  );
}
