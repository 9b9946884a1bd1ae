import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { describeError } from '../../apollo/errors';
import type { AnnualReportDraftFieldsFragment } from '../../apollo/generated/graphql';
import { useYearParam } from '../../app/year-param';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/vi';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { YearSelect } from '../../ui/YearSelect';
import '../../ui/data.css';
import './annual-report.css';
import { canManageInspections } from '../auth/permissions';
import { useCurrentUser } from '../auth/session';
import { IssueSection } from './IssueSection';
import {
  isEmptyNarrative,
  NARRATIVE_FIELDS,
  type Narrative,
  type NarrativeField,
  narrativeOf,
  readBackup,
  sameNarrative,
  writeBackup,
} from './narrative';
import { annualReportDraftQuery, saveAnnualReportDraftMutation, startAnnualReportDraftMutation } from './operations';
import { ReportDownloads } from './ReportDownloads';

type Draft = AnnualReportDraftFieldsFragment;

/** The long parts get tall boxes; the signer is one line. */
const FIELD_ROWS: Record<Exclude<NarrativeField, 'signerName'>, number> = {
  basis: 4,
  sipasTasks: 6,
  parTasks: 6,
  strengths: 8,
  weaknesses: 8,
  directions: 8,
};
const HINTS: Partial<Record<NarrativeField, MessageKey>> = {
  basis: 'annualReport.field.basisHint',
  sipasTasks: 'annualReport.field.sipasTasksHint',
  parTasks: 'annualReport.field.parTasksHint',
  signerName: 'annualReport.field.signerNameHint',
};

/**
 * Báo cáo năm: office staff write the narrative of the year's SIPAS / PAR INDEX report, save it with
 * its version, issue it with a number and a date, and download it; leadership reads and downloads.
 */
export function AnnualReportScreen() {
  const { t } = useI18n();
  const [year, setYear] = useYearParam(new Date().getFullYear());
  return (
    <div className="annual-report stack" data-testid="annual-report-screen">
      <PageHeader title={t('annualReport.title')} />
      <div className="filters">
        <YearSelect label={t('annualReport.year')} value={year} onChange={setYear} data-testid="annual-report-year" />
      </div>
      {/* One editor per year: its text, version and unsaved copy never mix with another year's. */}
      <ReportEditor key={year} year={year} />
    </div>
  );
}

type SaveState =
  | { step: 'idle' }
  | { step: 'saving' }
  | { step: 'saved'; at: Date }
  | { step: 'conflict'; latest: Draft | null }
  | { step: 'error'; message: string };

function ReportEditor({ year }: { year: number }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const client = useApolloClient();
  const canEdit = canManageInspections(user.role);
  const { data, loading, error, refetch } = useQuery(annualReportDraftQuery, {
    variables: { year },
    fetchPolicy: 'cache-and-network',
  });
  const [saveDraft] = useMutation(saveAnnualReportDraftMutation);
  const [startDraft] = useMutation(startAnnualReportDraftMutation);
  /** The draft as last read from or written to the server. */
  const [saved, setSaved] = useState<Draft | null>(null);
  /** The version the text on screen was written on: sent with a save, so a newer one is a conflict. */
  const [baseVersion, setBaseVersion] = useState<number | null>(null);
  const [form, setForm] = useState<Narrative | null>(null);
  const [restored, setRestored] = useState(false);
  const [save, setSave] = useState<SaveState>({ step: 'idle' });
  const [confirmStart, setConfirmStart] = useState(false);
  const [confirmTakeTheirs, setConfirmTakeTheirs] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const server = data?.annualReportDraft ?? null;
  const ready = form !== null;
  // The text on screen starts from the server's draft once it has answered, or from this device's copy
  // of unsaved text when there is one that differs.
  useEffect(() => {
    if (ready || loading || !data) return;
    const fromServer = narrativeOf(server);
    const backup = canEdit && !server?.issuedOn ? readBackup(user.id, year) : null;
    setSaved(server);
    if (backup && !sameNarrative(backup.narrative, fromServer)) {
      setForm(backup.narrative);
      setBaseVersion(backup.baseVersion);
      setRestored(true);
    } else {
      setForm(fromServer);
      setBaseVersion(server?.version ?? null);
      writeBackup(user.id, year, null);
    }
  }, [ready, loading, data, server, canEdit, user.id, year]);

  const issued = Boolean(saved?.issuedOn);
  const editable = canEdit && !issued;
  const dirty = ready && editable && !sameNarrative(form, narrativeOf(saved));

  // Unsaved text is copied to this device as it is typed, and the browser asks before leaving the page.
  useEffect(() => {
    if (!form || !editable) return;
    writeBackup(user.id, year, dirty ? { baseVersion, narrative: form } : null);
  }, [form, dirty, editable, baseVersion, user.id, year]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = t('annualReport.leaveWarning');
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty, t]);

  /** Shows a draft the server answered with, and remembers it as the year's draft in the cache. */
  function adopt(draft: Draft, sent: Narrative | null) {
    client.cache.writeQuery({ query: annualReportDraftQuery, variables: { year }, data: { annualReportDraft: draft } });
    setSaved(draft);
    setBaseVersion(draft.version);
    // Text typed while the save was on its way stays; otherwise show the text as the server keeps it.
    setForm((current) => (current && sent && !sameNarrative(current, sent) ? current : narrativeOf(draft)));
    setRestored(false);
  }

  async function saveNow(version: number | null) {
    if (!form) return;
    const sent = form;
    setSave({ step: 'saving' });
    setNotice(null);
    try {
      const result = await saveDraft({
        variables: {
          input: {
            year,
            version,
            basis: sent.basis || null,
            sipasTasks: sent.sipasTasks || null,
            parTasks: sent.parTasks || null,
            strengths: sent.strengths,
            weaknesses: sent.weaknesses,
            directions: sent.directions,
            signerName: sent.signerName || null,
          },
        },
      });
      const draft = result.data?.saveAnnualReportDraft;
      if (!draft) throw new Error('no draft');
      adopt(draft, sent);
      setSave({ step: 'saved', at: new Date() });
    } catch (err) {
      const problem = describeError(err);
      if (problem.code === 'ANNUAL_REPORT_VERSION_CONFLICT') {
        // Read what the other person saved; the text on screen is left as it is.
        const latest = await refetch()
          .then((r) => r.data?.annualReportDraft ?? null)
          .catch(() => null);
        setSave({ step: 'conflict', latest });
        return;
      }
      if (problem.code === 'ANNUAL_REPORT_ALREADY_ISSUED') {
        const latest = await refetch()
          .then((r) => r.data?.annualReportDraft ?? null)
          .catch(() => null);
        if (latest) setSaved(latest);
      }
      setSave({ step: 'error', message: problem.message ?? t('common.networkError') });
    }
  }

  async function startFromPreviousYear() {
    setConfirmStart(false);
    setSave({ step: 'saving' });
    try {
      const result = await startDraft({ variables: { year, fromYear: year - 1 } });
      const draft = result.data?.startAnnualReportDraftFromYear;
      if (!draft) throw new Error('no draft');
      adopt(draft, null);
      setSave({ step: 'idle' });
      setNotice(t('annualReport.started', { from: year - 1, year }));
    } catch (err) {
      setSave({ step: 'error', message: describeError(err).message ?? t('common.networkError') });
    }
  }

  function takeTheirs(latest: Draft | null) {
    setConfirmTakeTheirs(false);
    if (latest) adopt(latest, null);
    else setForm(narrativeOf(saved));
    setSave({ step: 'idle' });
  }

  if (!ready) {
    if (error && !data) return <Banner tone="error">{t('annualReport.loadError', { year })}</Banner>;
    return <Spinner label={t('common.loading')} />;
  }

  const set = (field: NarrativeField) => (value: string) =>
    setForm((current) => current && { ...current, [field]: value });
  const stateText = issued
    ? t('annualReport.state.issued')
    : save.step === 'saving'
      ? t('annualReport.saving')
      : dirty
        ? t('annualReport.state.unsaved')
        : !saved
          ? t('annualReport.state.empty')
          : save.step === 'saved'
            ? t('annualReport.state.savedAt', {
                time: save.at.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' }),
              })
            : t('annualReport.state.saved');

  return (
    <>
      {!canEdit && <Banner>{t('annualReport.readOnly')}</Banner>}
      {issued && saved && (
        <Banner tone="success">
          <span data-testid="report-issued">
            {t('annualReport.issued', { number: saved.issuedNumber ?? '', date: formatDate(saved.issuedOn) })}
          </span>
        </Banner>
      )}
      {restored && dirty && <Banner tone="warning">{t('annualReport.restored')}</Banner>}
      {notice && <Banner tone="success">{notice}</Banner>}
      {editable && !saved && (
        <section className="card stack" data-testid="start-from-year">
          <p className="muted">{t('annualReport.startFromYearHint', { from: year - 1, year })}</p>
          <Button variant="secondary" onClick={() => setConfirmStart(true)} disabled={save.step === 'saving'}>
            {t('annualReport.startFromYear', { from: year - 1 })}
          </Button>
        </section>
      )}
      {!canEdit && !saved && <Banner>{t('annualReport.noDraft', { year })}</Banner>}

      {!editable && <ReportDownloads year={year} unsaved={false} />}
      {editable ? (
        <section className="card stack" data-testid="report-narrative">
          <p className="muted">{t('annualReport.intro')}</p>
          {NARRATIVE_FIELDS.map((field) =>
            field === 'signerName' ? (
              <TextField
                key={field}
                label={t('annualReport.field.signerName')}
                hint={t('annualReport.field.signerNameHint')}
                value={form.signerName}
                onChange={set(field)}
                autoComplete="name"
                maxLength={200}
                data-testid="field-signerName"
              />
            ) : (
              <TextArea
                key={field}
                label={t(`annualReport.field.${field}`)}
                hint={HINTS[field] ? t(HINTS[field]) : undefined}
                value={form[field]}
                onChange={set(field)}
                rows={FIELD_ROWS[field]}
                className="field-input report-text"
                data-testid={`field-${field}`}
              />
            ),
          )}
        </section>
      ) : (
        // Read-only (leadership, or an issued report): the text as it will read, not empty boxes.
        <section className="card stack" data-testid="report-narrative">
          {NARRATIVE_FIELDS.map((field) => (
            <div key={field} className="report-part">
              <h2 className="report-part-title">{t(`annualReport.field.${field}`)}</h2>
              <p className={form[field].trim() ? 'pre-line' : 'muted'} data-testid={`field-${field}`}>
                {form[field].trim() || t('annualReport.partEmpty')}
              </p>
            </div>
          ))}
        </section>
      )}

      {save.step === 'conflict' && (
        <section className="banner banner-warning stack" role="alert" data-testid="save-conflict">
          <p>{t('annualReport.conflict', { year })}</p>
          <div className="report-actions">
            <Button onClick={() => void saveNow(save.latest?.version ?? null)} data-testid="conflict-keep-mine">
              {t('annualReport.conflictKeepMine')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirmTakeTheirs(true)}>
              {t('annualReport.conflictTakeTheirs')}
            </Button>
          </div>
        </section>
      )}
      {save.step === 'error' && <Banner tone="error">{save.message}</Banner>}

      {editable && saved && !isEmptyNarrative(narrativeOf(saved)) && (
        <IssueSection
          year={year}
          dirty={dirty}
          onIssued={(draft) => {
            adopt(draft, null);
            writeBackup(user.id, year, null);
          }}
        />
      )}

      {editable && <ReportDownloads year={year} unsaved={dirty} />}

      {editable && (
        <div className="report-save-bar" data-testid="report-save-bar">
          <p
            className={`report-save-state${dirty ? ' report-unsaved' : saved ? '' : ' report-empty'}`}
            role="status"
            data-testid="save-state"
          >
            {stateText}
          </p>
          <Button
            onClick={() => void saveNow(baseVersion)}
            disabled={save.step === 'saving' || !dirty}
            data-testid="report-save"
          >
            {save.step === 'saving' ? t('annualReport.saving') : t('annualReport.save')}
          </Button>
        </div>
      )}

      <Dialog
        open={confirmStart}
        title={t('annualReport.startConfirmTitle', { from: year - 1 })}
        onClose={() => setConfirmStart(false)}
      >
        <p>{t('annualReport.startConfirm', { from: year - 1, year })}</p>
        {!isEmptyNarrative(form) && <Banner tone="warning">{t('annualReport.startConfirmOverwrite')}</Banner>}
        <div className="dialog-actions">
          <Button variant="secondary" onClick={() => setConfirmStart(false)}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void startFromPreviousYear()} data-testid="confirm-start">
            {t('annualReport.startConfirmButton')}
          </Button>
        </div>
      </Dialog>
      <Dialog
        open={confirmTakeTheirs}
        title={t('annualReport.conflictTakeTheirs')}
        onClose={() => setConfirmTakeTheirs(false)}
      >
        <p>{t('annualReport.conflictTakeTheirsConfirm')}</p>
        <div className="dialog-actions">
          <Button variant="secondary" onClick={() => setConfirmTakeTheirs(false)}>
            {t('common.cancel')}
          </Button>
          <Button
            variant="danger"
            onClick={() => takeTheirs(save.step === 'conflict' ? save.latest : null)}
            data-testid="confirm-take-theirs"
          >
            {t('annualReport.conflictTakeTheirs')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
