import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../apollo/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextArea } from '../../ui/TextArea';
import { type Finding, type Notify, refetchAfterChange } from './finding-detail';
import { closeFindingMutation, reopenFindingMutation } from './operations';

/** The office closes a finding once it is fixed, or reopens it with a reason. */
export function FindingOfficeActions({ finding, onDone }: { finding: Finding; onDone: Notify }) {
  const { t, language } = useI18n();
  const [dialog, setDialog] = useState<'close' | 'reopen' | null>(null);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const refetchQueries = refetchAfterChange(finding.id);
  const [close, closeState] = useMutation(closeFindingMutation, { refetchQueries });
  const [reopen, reopenState] = useMutation(reopenFindingMutation, { refetchQueries });
  const busy = closeState.loading || reopenState.loading;

  function openDialog(kind: 'close' | 'reopen') {
    setProblem(null);
    setNote('');
    setReason('');
    setDialog(kind);
  }

  async function submitClose() {
    try {
      await close({ variables: { input: { findingId: finding.id, note: note.trim() || null } } });
      setDialog(null);
      onDone({ tone: 'success', text: t('findings.closed') });
    } catch (error) {
      setProblem(describeError(error, language).message ?? t('common.networkError'));
    }
  }

  async function submitReopen() {
    if (!reason.trim()) {
      setProblem(t('findings.reasonRequired'));
      return;
    }
    try {
      await reopen({ variables: { input: { findingId: finding.id, reason: reason.trim() } } });
      setDialog(null);
      onDone({ tone: 'success', text: t('findings.reopened') });
    } catch (error) {
      setProblem(describeError(error, language).message ?? t('common.networkError'));
    }
  }

  return (
    <div className="row">
      {finding.status !== 'CLOSED' && (
        <Button onClick={() => openDialog('close')} disabled={busy}>
          {t('findings.close')}
        </Button>
      )}
      {finding.status !== 'OPEN' && (
        <Button variant="danger" onClick={() => openDialog('reopen')} disabled={busy}>
          {t('findings.reopen')}
        </Button>
      )}
      <Dialog open={dialog === 'close'} title={t('findings.close')} onClose={() => setDialog(null)}>
        {problem && <Banner tone="error">{problem}</Banner>}
        <TextArea label={`${t('findings.closeNote')} ${t('common.optional')}`} value={note} onChange={setNote} />
        <div className="dialog-actions">
          <Button variant="secondary" onClick={() => setDialog(null)}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submitClose} disabled={busy}>
            {t('findings.closeSubmit')}
          </Button>
        </div>
      </Dialog>
      <Dialog open={dialog === 'reopen'} title={t('findings.reopen')} onClose={() => setDialog(null)}>
        {problem && <Banner tone="error">{problem}</Banner>}
        <TextArea label={t('findings.reason')} value={reason} onChange={setReason} required />
        <div className="dialog-actions">
          <Button variant="secondary" onClick={() => setDialog(null)}>
            {t('common.cancel')}
          </Button>
          <Button variant="danger" onClick={submitReopen} disabled={busy}>
            {t('findings.reopenSubmit')}
          </Button>
        </div>
      </Dialog>
    </div>
  );
}
