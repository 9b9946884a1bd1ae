import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type {
  AdministrativeProcedureFieldsFragment,
  OnlineService,
  ProcedureLevel,
  ProcedureMechanism,
} from '../../apollo/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { Checkbox } from '../../ui/Checkbox';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { createProcedureMutation, REGISTER_QUERIES, updateProcedureMutation } from './operations';
import { RegisterForm, useRegisterSave, versionOf } from './RegisterForm';

const LEVELS: ProcedureLevel[] = ['TINH', 'HUYEN', 'XA'];
const MECHANISMS: ProcedureMechanism[] = ['MOT_CUA', 'MOT_CUA_LIEN_THONG'];
const ONLINE: OnlineService[] = ['TOAN_TRINH', 'MOT_PHAN', 'KHONG'];

/** Whole days or empty; NaN when something else was typed. */
function daysOf(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

interface ProcedureFormProps {
  year: number;
  procedure: AdministrativeProcedureFieldsFragment | null;
  onDone: () => void;
}

/** An administrative procedure: its code, name, level, one-stop mechanism, online service and days. */
export function ProcedureForm({ year, procedure, onDone }: ProcedureFormProps) {
  const { t } = useI18n();
  const [code, setCode] = useState(procedure?.code ?? '');
  const [name, setName] = useState(procedure?.name ?? '');
  const [level, setLevel] = useState<ProcedureLevel>(procedure?.level ?? 'TINH');
  const [mechanism, setMechanism] = useState<ProcedureMechanism>(procedure?.mechanism ?? 'MOT_CUA');
  const [online, setOnline] = useState<OnlineService>(procedure?.onlineService ?? 'KHONG');
  const [postal, setPostal] = useState(procedure?.publicPostal ?? false);
  const [legalDays, setLegalDays] = useState(procedure?.legalDays != null ? String(procedure.legalDays) : '');
  const [daysCut, setDaysCut] = useState(procedure?.daysCut != null ? String(procedure.daysCut) : '');
  const { problem, fields, save } = useRegisterSave(onDone);
  const [create, creating] = useMutation(createProcedureMutation, { refetchQueries: REGISTER_QUERIES });
  const [update, updating] = useMutation(updateProcedureMutation, { refetchQueries: REGISTER_QUERIES });
  const legal = daysOf(legalDays);
  const cut = daysOf(daysCut);
  const legalError = Number.isNaN(legal) ? t('registers.wholeDays') : undefined;
  const cutError = Number.isNaN(cut) ? t('registers.wholeDays') : undefined;

  function submit() {
    if (legalError || cutError) return;
    const input = {
      year,
      code: code.trim(),
      name,
      level,
      mechanism,
      onlineService: online,
      publicPostal: postal,
      legalDays: legal,
      daysCut: cut,
    };
    void save(() =>
      procedure
        ? update({ variables: { input: { ...input, ...versionOf(procedure) } } })
        : create({ variables: { input } }),
    );
  }

  return (
    <RegisterForm
      title={procedure ? t('registers.procedureEdit') : t('registers.procedureAdd')}
      testId="procedure-form"
      problem={problem}
      busy={creating.loading || updating.loading}
      onSubmit={submit}
      onCancel={onDone}
    >
      <TextField label={t('registers.procedureCode')} value={code} onChange={setCode} error={fields.code} required />
      <TextField label={t('registers.procedureName')} value={name} onChange={setName} error={fields.name} required />
      <Select
        label={t('registers.procedureLevel')}
        value={level}
        onChange={(value) => setLevel(value as ProcedureLevel)}
        options={LEVELS.map((value) => ({ value, label: t(`registers.level.${value}`) }))}
      />
      <Select
        label={t('registers.procedureMechanism')}
        value={mechanism}
        onChange={(value) => setMechanism(value as ProcedureMechanism)}
        options={MECHANISMS.map((value) => ({ value, label: t(`registers.mechanism.${value}`) }))}
      />
      <Select
        label={t('registers.procedureOnline')}
        value={online}
        onChange={(value) => setOnline(value as OnlineService)}
        options={ONLINE.map((value) => ({ value, label: t(`registers.online.${value}`) }))}
      />
      <Checkbox label={t('registers.procedurePostal')} checked={postal} onChange={setPostal} />
      <div className="two-columns">
        <TextField
          label={t('registers.procedureLegalDays')}
          value={legalDays}
          onChange={setLegalDays}
          inputMode="numeric"
          error={legalError ?? fields.legalDays}
        />
        <TextField
          label={t('registers.procedureDaysCut')}
          value={daysCut}
          onChange={setDaysCut}
          inputMode="numeric"
          error={cutError ?? fields.daysCut}
        />
      </div>
    </RegisterForm>
  );
}
