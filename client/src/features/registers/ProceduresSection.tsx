import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { describeError, type RequestProblem } from '../../apollo/errors';
import type {
  AdministrativeProcedureFieldsFragment,
  OnlineService,
  ProcedureLevel,
  ProcedureMechanism,
} from '../../apollo/generated/graphql';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { Spinner } from '../../ui/Spinner';
import { TextField } from '../../ui/TextField';
import { ConfirmDelete } from './ConfirmDelete';
import {
  createProcedureMutation,
  deleteProcedureMutation,
  proceduresQuery,
  REGISTER_QUERIES,
  updateProcedureMutation,
} from './operations';
import { RegisterFiles } from './RegisterFiles';

const LEVELS: ProcedureLevel[] = ['TINH', 'HUYEN', 'XA'];
const MECHANISMS: ProcedureMechanism[] = ['MOT_CUA', 'MOT_CUA_LIEN_THONG'];
const ONLINE: OnlineService[] = ['TOAN_TRINH', 'MOT_PHAN', 'KHONG'];

/** Thủ tục hành chính of the year: the report's figures on top, then the catalogue. */
export function ProceduresSection({ year, canEdit }: { year: number; canEdit: boolean }) {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(proceduresQuery, { variables: { year } });
  const [editing, setEditing] = useState<AdministrativeProcedureFieldsFragment | 'new' | null>(null);
  const [deleting, setDeleting] = useState<AdministrativeProcedureFieldsFragment | null>(null);
  const [remove] = useMutation(deleteProcedureMutation, { refetchQueries: REGISTER_QUERIES });
  const figures = data?.tthcFigures;
  const procedures = data?.administrativeProcedures ?? [];
  return (
    <section className="stack" aria-label={t('registers.tab.procedures')} data-testid="register-procedures">
      {loading && <Spinner label={t('common.loading')} />}
      {error && <Banner tone="error">{t('common.error')}</Banner>}
      {figures && (
        <section className="card stack" data-testid="tthc-figures">
          <h2 className="section-title">{t('registers.figuresTitle', { year })}</h2>
          <dl className="figure-grid">
            <Figure label={t('registers.figureTotal')} value={formatNumber(figures.total)} testId="figure-total" />
            <Figure label={t('registers.figureOneStop')} value={formatNumber(figures.oneStop)} />
            <Figure label={t('registers.figureInterconnected')} value={formatNumber(figures.interconnected)} />
            <Figure label={t('registers.figureOnlineFull')} value={formatNumber(figures.onlineFull)} />
            <Figure label={t('registers.figureOnlinePartial')} value={formatNumber(figures.onlinePartial)} />
            <Figure
              label={t('registers.figurePostal')}
              value={`${formatNumber(figures.publicPostal)}${figures.publicPostalShareText ? ` (${figures.publicPostalShareText})` : ''}`}
            />
          </dl>
          <ul className="stack document-links">
            {figures.levels
              .filter((l) => l.reviewed > 0)
              .map((l) => (
                <li key={l.level}>
                  {t('registers.figureCut', {
                    level: t(`registers.level.${l.level}`),
                    reviewed: l.reviewed,
                    daysCut: formatNumber(l.daysCut),
                    legalDays: formatNumber(l.legalDays),
                    share: l.cutShareText ?? '',
                  })}
                </li>
              ))}
            {figures.levels.every((l) => l.reviewed === 0) && <li className="muted">{t('registers.figureNoCut')}</li>}
          </ul>
        </section>
      )}
      <RegisterFiles register="administrative-procedures" year={year} canEdit={canEdit} />
      {canEdit && editing === null && (
        <Button block onClick={() => setEditing('new')} data-testid="procedure-add">
          {t('registers.procedureAdd')}
        </Button>
      )}
      {canEdit && editing !== null && (
        <ProcedureForm
          key={editing === 'new' ? 'new' : editing.id}
          year={year}
          procedure={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      )}
      <ul className="record-list">
        {procedures.map((p) => (
          <li key={p.id} className="record register-record" data-testid="procedure-record">
            <p className="record-title">
              {p.code} · {p.name}
            </p>
            <p className="muted">
              {[
                t(`registers.level.${p.level}`),
                t(`registers.mechanism.${p.mechanism}`),
                t(`registers.online.${p.onlineService}`),
                p.publicPostal ? t('registers.postalYes') : null,
                p.legalDays != null ? t('registers.legalDaysShort', { days: p.legalDays }) : null,
                p.daysCut ? t('registers.daysCutShort', { days: p.daysCut }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {canEdit && (
              <div className="record-actions">
                <Button variant="secondary" onClick={() => setEditing(p)}>
                  {t('registers.edit')}
                </Button>
                <Button variant="danger" onClick={() => setDeleting(p)}>
                  {t('registers.delete')}
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDelete
        what={deleting ? `${deleting.code} · ${deleting.name}` : null}
        onClose={() => setDeleting(null)}
        onConfirm={() => (deleting ? remove({ variables: { id: deleting.id } }) : Promise.resolve())}
      />
    </section>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="figure" data-testid={testId}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/** Whole days or empty; NaN when something else was typed. */
function daysOf(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function ProcedureForm({
  year,
  procedure,
  onDone,
}: {
  year: number;
  procedure: AdministrativeProcedureFieldsFragment | null;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [code, setCode] = useState(procedure?.code ?? '');
  const [name, setName] = useState(procedure?.name ?? '');
  const [level, setLevel] = useState<ProcedureLevel>(procedure?.level ?? 'TINH');
  const [mechanism, setMechanism] = useState<ProcedureMechanism>(procedure?.mechanism ?? 'MOT_CUA');
  const [online, setOnline] = useState<OnlineService>(procedure?.onlineService ?? 'KHONG');
  const [postal, setPostal] = useState(procedure?.publicPostal ?? false);
  const [legalDays, setLegalDays] = useState(procedure?.legalDays != null ? String(procedure.legalDays) : '');
  const [daysCut, setDaysCut] = useState(procedure?.daysCut != null ? String(procedure.daysCut) : '');
  const [problem, setProblem] = useState<RequestProblem | null>(null);
  const [create, creating] = useMutation(createProcedureMutation, { refetchQueries: REGISTER_QUERIES });
  const [update, updating] = useMutation(updateProcedureMutation, { refetchQueries: REGISTER_QUERIES });
  const legal = daysOf(legalDays);
  const cut = daysOf(daysCut);
  const legalError = Number.isNaN(legal) ? t('registers.wholeDays') : undefined;
  const cutError = Number.isNaN(cut) ? t('registers.wholeDays') : undefined;
  const fields = problem?.fields ?? {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (legalError || cutError) return;
    setProblem(null);
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
    try {
      if (procedure)
        await update({ variables: { input: { ...input, id: procedure.id, version: Math.trunc(procedure.version) } } });
      else await create({ variables: { input } });
      onDone();
    } catch (error) {
      setProblem(describeError(error));
    }
  }

  return (
    <form className="card stack" onSubmit={submit} noValidate data-testid="procedure-form">
      <h2 className="section-title">{procedure ? t('registers.procedureEdit') : t('registers.procedureAdd')}</h2>
      {problem && !Object.keys(fields).length && (
        <Banner tone="error">{problem.message ?? t('common.networkError')}</Banner>
      )}
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
      <label className="checkbox">
        <input type="checkbox" checked={postal} onChange={(event) => setPostal(event.target.checked)} />
        {t('registers.procedurePostal')}
      </label>
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
      <div className="record-actions">
        <Button type="submit" disabled={creating.loading || updating.loading}>
          {t('common.save')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
