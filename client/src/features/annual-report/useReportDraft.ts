import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { hasErrorCode } from '../../apollo/error-codes';
import { describeError } from '../../apollo/errors';
import type { AnnualReportDraftFieldsFragment } from '../../apollo/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { can } from '../auth/permissions';
import { useCurrentUser } from '../auth/session';
import { type Narrative, type NarrativeField, narrativeOf, readBackup, sameNarrative, writeBackup } from './narrative';
import { annualReportDraftQuery, saveAnnualReportDraftMutation, startAnnualReportDraftMutation } from './operations';

export type Draft = AnnualReportDraftFieldsFragment;

export type SaveState =
  | { step: 'idle' }
  | { step: 'saving' }
  | { step: 'saved'; at: Date }
  | { step: 'conflict'; latest: Draft | null }
  | { step: 'error'; message: string };

/**
 * A year's report draft as the editor holds it: the server's draft, the text on screen (restored from
 * this device's copy of unsaved text when there is one), and saving with the version it was written on.
 */
export function useReportDraft(year: number) {
  const { t, language } = useI18n();
  const user = useCurrentUser();
  const client = useApolloClient();
  const canEdit = can(user, 'REPORT_EDIT');
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
      const problem = describeError(err, language);
      if (hasErrorCode(problem, 'ANNUAL_REPORT_VERSION_CONFLICT')) {
        // Read what the other person saved; the text on screen is left as it is.
        const latest = await refetch()
          .then((r) => r.data?.annualReportDraft ?? null)
          .catch(() => null);
        setSave({ step: 'conflict', latest });
        return;
      }
      if (hasErrorCode(problem, 'ANNUAL_REPORT_ALREADY_ISSUED')) {
        const latest = await refetch()
          .then((r) => r.data?.annualReportDraft ?? null)
          .catch(() => null);
        if (latest) setSaved(latest);
      }
      setSave({ step: 'error', message: problem.message ?? t('common.networkError') });
    }
  }

  async function startFromPreviousYear() {
    setSave({ step: 'saving' });
    try {
      const result = await startDraft({ variables: { year, fromYear: year - 1 } });
      const draft = result.data?.startAnnualReportDraftFromYear;
      if (!draft) throw new Error('no draft');
      adopt(draft, null);
      setSave({ step: 'idle' });
      setNotice(t('annualReport.started', { from: year - 1, year }));
    } catch (err) {
      setSave({ step: 'error', message: describeError(err, language).message ?? t('common.networkError') });
    }
  }

  function takeTheirs(latest: Draft | null) {
    if (latest) adopt(latest, null);
    else setForm(narrativeOf(saved));
    setSave({ step: 'idle' });
  }

  function onIssued(draft: Draft) {
    adopt(draft, null);
    writeBackup(user.id, year, null);
  }

  const setField = (field: NarrativeField) => (value: string) =>
    setForm((current) => current && { ...current, [field]: value });

  return {
    canEdit,
    editable,
    issued,
    dirty,
    loadFailed: Boolean(error && !data),
    saved,
    baseVersion,
    form,
    setField,
    restored,
    save,
    notice,
    saveNow,
    startFromPreviousYear,
    takeTheirs,
    onIssued,
  };
}
