import { useMutation, useQuery } from '@apollo/client/react';
import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import { describeError } from '../../apollo/errors';
import type { FindingsDetailFragment } from '../../apollo/generated/graphql';
import { linkClick } from '../../app/router';
import { recordPath } from '../../app/routes';
import { formatDate, formatInstant } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import { TextArea } from '../../ui/TextArea';
import '../../ui/data.css';
import { shrinkPhoto, UploadError, uploadFile } from '../../photos/photo-upload';
import { FindingStatusBadge, SeverityBadge } from '../../ui/StatusBadges';
import { AuditHistory } from '../audit/AuditHistory';
import { auditTrailQuery } from '../audit/operations';
import { canManageInspections } from '../auth/permissions';
import { useCurrentUser } from '../auth/session';
import {
  closeFindingMutation,
  findingCountsQuery,
  findingQuery,
  findingsQuery,
  reopenFindingMutation,
  reportRemediationMutation,
} from './operations';

type Finding = FindingsDetailFragment;
type Notify = (message: { tone: 'error' | 'success'; text: string }) => void;

export function FindingScreen({ findingId }: { findingId: string }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const { data, loading, error } = useQuery(findingQuery, {
    variables: { id: findingId },
    fetchPolicy: 'cache-and-network',
  });
  const finding = data?.finding;
  if (!finding) {
    if (loading) return <Spinner label={t('common.loading')} />;
    return (
      <Banner tone="error">
        {error ? (describeError(error).message ?? t('findings.notFound')) : t('findings.notFound')}
      </Banner>
    );
  }
  const canManage = canManageInspections(user.role);
  const visitHref = recordPath('review', finding.visitId);
  return (
    <>
      <PageHeader title={t('findings.detail')}>
        <FindingStatusBadge status={finding.status} />
      </PageHeader>
      <div className="stack">
        {message && <Banner tone={message.tone}>{message.text}</Banner>}
        <section className={finding.overdue ? 'card stack record-overdue' : 'card stack'}>
          <p className="record-title">{finding.description}</p>
          <dl className="fact-list">
            <dt>{t('findings.unit')}</dt>
            <dd>{finding.responsibleUnit.name}</dd>
            <dt>{t('findings.group')}</dt>
            <dd>
              {finding.groupTitle}
              {finding.itemCode && ` · ${t('findings.item')} ${finding.itemCode}`}
            </dd>
            <dt>{t('findings.severity')}</dt>
            <dd>
              <SeverityBadge severity={finding.severity} />
            </dd>
            <dt>{t('findings.deadline')}</dt>
            <dd className={finding.overdue ? 'text-danger' : undefined}>
              {finding.deadline ? formatDate(finding.deadline) : t('findings.noDeadline')}
              {finding.overdue && ` · ${t('findings.overdue')}`}
            </dd>
            {finding.visitDate && (
              <>
                <dt>{t('findings.visitDate')}</dt>
                <dd>{formatDate(finding.visitDate)}</dd>
              </>
            )}
            {finding.recommendation && (
              <>
                <dt>{t('findings.recommendation')}</dt>
                <dd>{finding.recommendation}</dd>
              </>
            )}
          </dl>
          {finding.reopenCount > 0 && (
            <p className="muted">{t('findings.reopenCount', { count: finding.reopenCount })}</p>
          )}
          {user.role !== 'UNIT_HEAD' && (
            <a className="tap-link" href={visitHref} onClick={linkClick(visitHref)}>
              {t('findings.openVisit')}
            </a>
          )}
        </section>
        <Remediation finding={finding} />
        {user.role === 'UNIT_HEAD' && finding.status === 'OPEN' && (
          <ReportRemediationForm finding={finding} onDone={setMessage} />
        )}
        {canManage && <OfficeActions finding={finding} onDone={setMessage} />}
        {/* The server keeps the audit trail from unit heads. */}
        <AuditHistory entityId={finding.id} />
      </div>
    </>
  );
}

function Remediation({ finding }: { finding: Finding }) {
  const { t } = useI18n();
  return (
    <section className="card stack">
      <h2 className="section-title">{t('findings.remediation')}</h2>
      {finding.remediationText ? (
        <>
          {finding.remediationReportedAt ? (
            <p className="muted">
              {t('findings.remediationAt', { date: formatInstant(finding.remediationReportedAt) })}
            </p>
          ) : null}
          <p className="pre-line">{finding.remediationText}</p>
        </>
      ) : (
        <p className="muted">{t('findings.noRemediation')}</p>
      )}
      {finding.remediationPhotos.length > 0 && (
        <ul className="thumbs">
          {finding.remediationPhotos.map((photo, index) => (
            <li key={photo.id}>
              <a href={photo.url} target="_blank" rel="noreferrer">
                <img
                  src={photo.url}
                  alt={photo.caption ?? t('findings.remediationPhoto', { index: index + 1 })}
                  loading="lazy"
                />
              </a>
            </li>
          ))}
        </ul>
      )}
      {finding.closedAt ? (
        <p>
          <span className="badge badge-success">
            {t('findings.closedAt', { date: formatInstant(finding.closedAt) })}
          </span>
        </p>
      ) : null}
    </section>
  );
}

function useRefetch(finding: Finding) {
  return [
    { query: auditTrailQuery, variables: { entityId: finding.id } },
    { query: findingsQuery, variables: { filter: {} } },
    { query: findingCountsQuery, variables: { filter: {} } },
  ];
}

function OfficeActions({ finding, onDone }: { finding: Finding; onDone: Notify }) {
  const { t } = useI18n();
  const [dialog, setDialog] = useState<'close' | 'reopen' | null>(null);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const refetchQueries = useRefetch(finding);
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
      setProblem(describeError(error).message ?? t('common.networkError'));
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
      setProblem(describeError(error).message ?? t('common.networkError'));
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

interface ChosenPhoto {
  key: string;
  file: File;
  preview: string;
}

function ReportRemediationForm({ finding, onDone }: { finding: Finding; onDone: Notify }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [photos, setPhotos] = useState<ChosenPhoto[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // One id per report attempt, so a retry after a lost answer is not recorded twice.
  const [operationId] = useState(() => crypto.randomUUID());
  const [report, { loading }] = useMutation(reportRemediationMutation, { refetchQueries: useRefetch(finding) });

  const previews = useRef(new Set<string>());
  useEffect(() => {
    const urls = previews.current;
    return () => {
      for (const url of urls) URL.revokeObjectURL(url);
    };
  }, []);

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    setPhotos((current) => [
      ...current,
      ...files.map((file) => {
        const preview = URL.createObjectURL(file);
        previews.current.add(preview);
        return { key: crypto.randomUUID(), file, preview };
      }),
    ]);
  }

  async function submit() {
    if (!text.trim()) {
      setProblem(t('findings.reportRequired'));
      return;
    }
    setProblem(null);
    const uploaded: { attachmentId: string; fileId: string }[] = [];
    try {
      setProgress({ done: 0, total: photos.length });
      for (const [index, photo] of photos.entries()) {
        setProgress({ done: index + 1, total: photos.length });
        const body = await shrinkPhoto(photo.file);
        uploaded.push({ attachmentId: crypto.randomUUID(), fileId: await uploadFile(body, photo.key) });
      }
    } catch (error) {
      setProgress(null);
      const detail =
        error instanceof UploadError ? (error.serverMessage ?? t('common.networkError')) : t('common.networkError');
      setProblem(t('findings.uploadFailed', { message: detail }));
      return;
    }
    setProgress(null);
    try {
      await report({
        variables: { input: { findingId: finding.id, operationId, text: text.trim(), photos: uploaded } },
      });
      onDone({ tone: 'success', text: t('findings.reported') });
    } catch (error) {
      setProblem(describeError(error).message ?? t('common.networkError'));
    }
  }

  const busy = loading || progress != null;
  return (
    <section className="card stack" aria-labelledby="report-title" data-testid="remediation-form">
      <h2 id="report-title" className="section-title">
        {t('findings.report')}
      </h2>
      {problem && <Banner tone="error">{problem}</Banner>}
      <TextArea
        label={t('findings.reportText')}
        hint={t('findings.reportTextHint')}
        value={text}
        onChange={setText}
        rows={5}
        required
      />
      <div className="field">
        <label className="field-label" htmlFor="remediation-photos">
          {t('findings.reportPhotos')}
        </label>
        <span className="field-hint">{t('findings.reportPhotosHint')}</span>
        <input
          id="remediation-photos"
          type="file"
          accept="image/*"
          capture="environment"
          multiple
          onChange={choose}
          disabled={busy}
          data-testid="remediation-photo-input"
        />
      </div>
      {photos.length > 0 && (
        <>
          <p className="muted">{t('findings.photoCount', { count: photos.length })}</p>
          <ul className="thumbs">
            {photos.map((photo) => (
              <li key={photo.key} className="stack" style={{ gap: 4 }}>
                <img src={photo.preview} alt={photo.file.name} />
                <Button
                  variant="ghost"
                  onClick={() => setPhotos(photos.filter((other) => other.key !== photo.key))}
                  disabled={busy}
                >
                  {t('findings.removePhoto')}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      {progress && progress.total > 0 && (
        <output aria-live="polite">{t('findings.uploading', { done: progress.done, total: progress.total })}</output>
      )}
      <div>
        <Button onClick={submit} disabled={busy}>
          {t('findings.reportSubmit')}
        </Button>
      </div>
    </section>
  );
}
