import { useMutation } from '@apollo/client/react';
import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import { describeError } from '../../apollo/errors';
import { errorText } from '../../i18n/error-messages';
import { useI18n } from '../../i18n/I18nProvider';
import { shrinkPhoto, UploadError, uploadFileWithProgress } from '../../photos/photo-upload';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { TextArea } from '../../ui/TextArea';
import { type Finding, type Notify, refetchAfterChange } from './finding-detail';
import { reportRemediationMutation } from './operations';
import { type ChosenPhoto, RemediationPhotos, UploadProgress } from './RemediationPhotos';

/** The unit head reports what was done, with photos uploaded first, once per attempt. */
export function ReportRemediationForm({ finding, onDone }: { finding: Finding; onDone: Notify }) {
  const { t, language } = useI18n();
  const [text, setText] = useState('');
  const [photos, setPhotos] = useState<ChosenPhoto[]>([]);
  const [progress, setProgress] = useState<{ sent: number; total: number; photo: number } | null>(null);
  // Photos already on the server, by their key: a retry after a failure sends only the rest.
  const uploaded = useRef(new Map<string, string>());
  const [problem, setProblem] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  // One id per report attempt, so a retry after a lost answer is not recorded twice.
  const [operationId] = useState(() => crypto.randomUUID());
  const [report, { loading }] = useMutation(reportRemediationMutation, {
    refetchQueries: refetchAfterChange(finding.id),
  });

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
        return { key: crypto.randomUUID(), attachmentId: crypto.randomUUID(), file, preview };
      }),
    ]);
  }

  async function submit() {
    if (!text.trim()) {
      setProblem(t('findings.reportRequired'));
      return;
    }
    setProblem(null);
    setFailed(false);
    try {
      const bodies = await Promise.all(photos.map((photo) => shrinkPhoto(photo.file)));
      const total = bodies.reduce(
        (sum, body, i) => sum + (uploaded.current.has(photos[i]?.key ?? '') ? 0 : body.size),
        0,
      );
      let done = 0;
      setProgress({ sent: 0, total, photo: 0 });
      for (const [index, photo] of photos.entries()) {
        const body = bodies[index];
        if (!body || uploaded.current.has(photo.key)) continue;
        const onProgress = (sent: number) => setProgress({ sent: done + sent, total, photo: index + 1 });
        uploaded.current.set(photo.key, await uploadFileWithProgress(body, photo.key, onProgress));
        done += body.size;
      }
    } catch (error) {
      setProgress(null);
      const detail =
        (error instanceof UploadError && errorText(language, error.code, error.serverMessage)) ||
        t('common.networkError');
      setProblem(t('findings.uploadFailed', { message: detail }));
      setFailed(true);
      return;
    }
    setProgress(null);
    try {
      await report({
        variables: {
          input: {
            findingId: finding.id,
            operationId,
            text: text.trim(),
            photos: photos.map((photo) => ({
              attachmentId: photo.attachmentId,
              fileId: uploaded.current.get(photo.key) ?? photo.key,
            })),
          },
        },
      });
      onDone({ tone: 'success', text: t('findings.reported') });
    } catch (error) {
      setProblem(describeError(error, language).message ?? t('common.networkError'));
      setFailed(true);
    }
  }

  const busy = loading || progress != null;
  return (
    <section className="card stack" aria-labelledby="report-title" data-testid="remediation-form">
      <h2 id="report-title" className="section-title">
        {finding.rejectionReason ? t('findings.reportAgain') : t('findings.report')}
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
      <RemediationPhotos
        photos={photos}
        onChoose={choose}
        onRemove={(key) => setPhotos(photos.filter((other) => other.key !== key))}
        busy={busy}
      />
      {progress && progress.total > 0 && (
        <UploadProgress sent={progress.sent} total={progress.total} photo={progress.photo} photos={photos.length} />
      )}
      <div>
        <Button onClick={submit} disabled={busy}>
          {failed ? t('findings.retry') : t('findings.reportSubmit')}
        </Button>
      </div>
    </section>
  );
}
