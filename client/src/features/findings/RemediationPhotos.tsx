import type { ChangeEvent } from 'react';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
// The photo strip and button of the inspector's checklist, so both look and work the same.
import '../visits/visits.css';

export interface ChosenPhoto {
  /** Also the file's id on the server, so sending it again is the same file. */
  key: string;
  attachmentId: string;
  file: File;
  preview: string;
}

interface RemediationPhotosProps {
  photos: ChosenPhoto[];
  onChoose: (event: ChangeEvent<HTMLInputElement>) => void;
  onRemove: (key: string) => void;
  busy: boolean;
}

/**
 * The photo control inspectors have (a large button, the camera on a phone, several photos at once),
 * with a preview of each chosen photo that can be removed before the report is sent.
 */
export function RemediationPhotos({ photos, onChoose, onRemove, busy }: RemediationPhotosProps) {
  const { t } = useI18n();
  return (
    <div className="field">
      <span className="field-label">{t('findings.reportPhotos')}</span>
      <span className="field-hint">{t('findings.reportPhotosHint')}</span>
      {photos.length > 0 && (
        <>
          <p className="muted">{t('findings.photoCount', { count: photos.length })}</p>
          <ul className="photo-strip">
            {photos.map((photo) => (
              <li key={photo.key}>
                <img src={photo.preview} alt={photo.file.name} />
                <Button variant="ghost" className="photo-remove" onClick={() => onRemove(photo.key)} disabled={busy}>
                  {t('findings.removePhoto')}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      {/* A label styled as a button over a hidden file input: a large tap target on a phone. */}
      <label className={busy ? 'btn btn-secondary photo-button btn-disabled' : 'btn btn-secondary photo-button'}>
        {t('findings.addPhotos')}
        <input
          id="remediation-photos"
          type="file"
          accept="image/*"
          capture="environment"
          multiple
          className="visually-hidden"
          onChange={onChoose}
          disabled={busy}
          data-testid="remediation-photo-input"
        />
      </label>
    </div>
  );
}

/** How far the photos' upload has gone: a bar and its percent, with the photo being sent. */
export function UploadProgress({
  sent,
  total,
  photo,
  photos,
}: {
  sent: number;
  total: number;
  photo: number;
  photos: number;
}) {
  const { t } = useI18n();
  const share = total > 0 ? Math.min(1, sent / total) : 0;
  return (
    <div className="stack upload-progress" data-testid="upload-progress">
      <progress max={1} value={share} aria-label={t('findings.uploadingLabel')} />
      <output aria-live="polite">
        {t('findings.uploading', { done: photo, total: photos })} · {formatNumber(Math.floor(share * 100), 0)}%
      </output>
    </div>
  );
}
