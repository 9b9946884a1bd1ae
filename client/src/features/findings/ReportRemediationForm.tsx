import { useMutation } from '@apollo/client/react';
import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import { describeError } from '../../apollo/errors';
import { errorText } from '../../i18n/error-messages';
import { useI18n } from '../../i18n/I18nProvider';
import { shrinkPhoto, UploadError, uploadFile } from '../../photos/photo-upload';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { TextArea } from '../../ui/TextArea';
import { type Finding, type Notify, refetchAfterChange } from './finding-detail';
import { reportRemediationMutation } from './operations';

interface ChosenPhoto {
  key: string;
  file: File;
  preview: string;
}

/** The unit head reports what was done, with photos uploaded first, once per attempt. */
export function ReportRemediationForm({ finding, onDone }: { finding: Finding; onDone: Notify }) {
  const { t, language } = useI18n();
  const [text, setText] = useState('');
  const [photos, setPhotos] = useState<ChosenPhoto[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
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
        (error instanceof UploadError && errorText(language, error.code, error.serverMessage)) ||
        t('common.networkError');
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
      setProblem(describeError(error, language).message ?? t('common.networkError'));
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
      <div className="field">
        <span className="field-label">{t('findings.reportPhotos')}</span>
        <span className="field-hint">{t('findings.reportPhotosHint')}</span>
        {/* A label styled as a button over a hidden file input: a large tap target on a phone. */}
        <label className="btn btn-secondary">
          {t('findings.addPhotos')}
          <input
            id="remediation-photos"
            type="file"
            accept="image/*"
            capture="environment"
            multiple
            className="visually-hidden"
            onChange={choose}
            disabled={busy}
            data-testid="remediation-photo-input"
          />
        </label>
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
