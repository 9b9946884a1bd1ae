import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { describeError } from '../../apollo/errors';
import { errorText } from '../../i18n/error-messages';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';
import { evidencePackQuery, evidencePacksQuery, startEvidencePackMutation } from './outputs.operations';

type TableFile = 'xlsx' | 'docx';

type TableState =
  | { step: 'idle' }
  | { step: 'busy'; file: TableFile }
  | { step: 'done'; name: string }
  | { step: 'error'; message: string };

const BUILDING = new Set(['QUEUED', 'RUNNING']);
const ROW = { display: 'flex', flexWrap: 'wrap', gap: 'var(--space-2)' } as const;

/** The file name the server gives in Content-Disposition, else a readable default. */
function fileName(res: Response, fallback: string): string {
  const match = /filename="?([^";]+)"?/.exec(res.headers.get('content-disposition') ?? '');
  return match?.[1] ?? fallback;
}

/** Hands fetched bytes to the browser as a download. */
function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The self-assessment's files: the self-scoring table (.xlsx, .docx) made on request, and the evidence
 * pack (.zip), built by the server in the background: its progress is polled until it is done, then it
 * is downloaded as a plain link (the server streams it).
 */
export function AssessmentOutputs({ assessmentId, year }: { assessmentId: string; year: number }) {
  const { t, language } = useI18n();
  const [table, setTable] = useState<TableState>({ step: 'idle' });
  // The pack started here and the error of starting one, kept with their assessment: another assessment
  // on the screen starts from its own latest pack.
  const [started, setStarted] = useState<{ assessmentId: string; packId: string } | null>(null);
  const [refused, setRefused] = useState<{ assessmentId: string; message: string } | null>(null);
  const packId = started?.assessmentId === assessmentId ? started.packId : null;
  const startError = refused?.assessmentId === assessmentId ? refused.message : null;

  const latest = useQuery(evidencePacksQuery, { variables: { year }, fetchPolicy: 'cache-and-network' });
  const id = packId ?? latest.data?.evidencePacks[0]?.id ?? null;
  const followed = useQuery(evidencePackQuery, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'network-only',
  });
  const pack = followed.data?.evidencePack ?? null;
  const building = pack !== null && BUILDING.has(pack.status);
  const { startPolling, stopPolling } = followed;
  useEffect(() => {
    if (!building) return;
    startPolling(1000);
    return () => stopPolling();
  }, [building, startPolling, stopPolling]);

  const [start, { loading: starting }] = useMutation(startEvidencePackMutation);

  async function download(file: TableFile) {
    setTable({ step: 'busy', file });
    try {
      const res = await fetch(`/api/self-assessments/${year}/scoring-table.${file}`, { credentials: 'same-origin' });
      if (!res.ok) {
        const body = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
        setTable({ step: 'error', message: errorText(language, body.code, body.message) ?? t('common.error') });
        return;
      }
      const name = fileName(res, `bieu-tu-danh-gia-${year}.${file}`);
      save(await res.blob(), name);
      setTable({ step: 'done', name });
    } catch {
      setTable({ step: 'error', message: t('common.networkError') });
    }
  }

  async function buildPack() {
    setRefused(null);
    try {
      const res = await start({ variables: { year } });
      const pack = res.data?.startEvidencePack;
      if (pack) setStarted({ assessmentId, packId: pack.id });
    } catch (err) {
      setRefused({ assessmentId, message: describeError(err, language).message ?? t('common.networkError') });
    }
  }

  const progress = pack?.progress;
  const failed =
    pack?.status === 'FAILED' ? (errorText(language, pack.errorCode, pack.errorMessage) ?? t('common.error')) : null;
  return (
    <section className="card stack" data-testid="assessment-outputs" aria-busy={table.step === 'busy' || building}>
      <h2 className="section-title">{t('assessmentOutputs.title')}</h2>
      <p className="muted">{t('assessmentOutputs.tableHint')}</p>
      <div style={ROW}>
        {(['xlsx', 'docx'] as const).map((file) => (
          <Button
            key={file}
            variant="secondary"
            disabled={table.step === 'busy'}
            onClick={() => void download(file)}
            data-testid={`scoring-table-${file}`}
          >
            {t(`assessmentOutputs.table.${file}`)}
          </Button>
        ))}
      </div>
      {table.step === 'busy' && <Spinner label={t('assessmentOutputs.tableBusy')} />}
      {table.step === 'done' && (
        <Banner tone="success">{t('assessmentOutputs.downloaded', { file: table.name })}</Banner>
      )}
      {table.step === 'error' && (
        <Banner tone="error">{t('assessmentOutputs.tableError', { message: table.message })}</Banner>
      )}

      <h3>{t('assessmentOutputs.packTitle')}</h3>
      <p className="muted">{t('assessmentOutputs.packHint')}</p>
      <div style={ROW}>
        <Button disabled={starting || building} onClick={() => void buildPack()} data-testid="evidence-pack-start">
          {pack?.status === 'DONE' ? t('assessmentOutputs.packRebuild') : t('assessmentOutputs.packStart')}
        </Button>
        {pack?.downloadUrl && (
          <a
            className="btn btn-secondary"
            href={pack.downloadUrl}
            download={pack.fileName}
            data-testid="evidence-pack-download"
          >
            {t('assessmentOutputs.packDownload')}
          </a>
        )}
      </div>
      {building && progress && (
        <div className="stack" data-testid="evidence-pack-progress">
          <progress
            value={progress.done}
            max={Math.max(progress.total, 1)}
            style={{ width: '100%', height: 14 }}
            aria-label={t('assessmentOutputs.packProgressLabel')}
          />
          <span>
            {progress.total > 0
              ? t('assessmentOutputs.packProgress', { done: progress.done, total: progress.total })
              : t('assessmentOutputs.packQueued')}
          </span>
        </div>
      )}
      {pack?.status === 'DONE' && (
        <Banner tone="success">
          {t('assessmentOutputs.packDone', {
            files: pack.progress.total,
            size: formatNumber(Math.max(1, Math.round((pack.size ?? 0) / 1024))),
          })}
        </Banner>
      )}
      {failed && <Banner tone="error">{t('assessmentOutputs.packFailed', { message: failed })}</Banner>}
      {startError && <Banner tone="error">{t('assessmentOutputs.packFailed', { message: startError })}</Banner>}
    </section>
  );
}
