import type { ChangeEvent } from 'react';
import type { FieldVisit, VisitItem } from '../../field/types';
import { useI18n } from '../../i18n/I18nProvider';
import { SaveStatus } from './SaveStatus';
import { useSave } from './useSave';
import { useVisitWrites } from './visit-writes';

interface ItemPhotosProps {
  visit: FieldVisit;
  item: VisitItem;
  editable: boolean;
  /** The criterion is answered "fail": a photo may be required. */
  failed: boolean;
}

/** The criterion's photos: taken with the camera, shrunk and kept on the phone until they are sent. */
export function ItemPhotos({ visit, item, editable, failed }: ItemPhotosProps) {
  const { t } = useI18n();
  const writes = useVisitWrites();
  const photoSave = useSave();
  const photos = visit.attachments.filter((file) => file.kind === 'PHOTO' && file.itemId === item.id);
  const needsPhoto = failed && item.photoRequiredOnFail && photos.length === 0;

  async function addPhotos(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    for (const file of files) {
      await photoSave.run(async () => {
        // Code the screen needs only once a photo is taken (the sections below load it anyway, issue 19).
        const [{ shrinkPhoto }, { sha256Hex }] = await Promise.all([
          import('../../photos/photo-upload'),
          import('../../offline/file-upload'),
        ]);
        const photo = await shrinkPhoto(file);
        const bytes = await photo.arrayBuffer();
        const fileId = crypto.randomUUID();
        await writes.write(
          'ATTACH_VISIT_FILE',
          { itemId: item.id, kind: 'PHOTO', fileId, attachmentId: crypto.randomUUID() },
          {
            blob: {
              fileId,
              bytes,
              mimeType: photo.type === 'image/png' ? 'image/png' : 'image/jpeg',
              size: bytes.byteLength,
              sha256: await sha256Hex(bytes),
            },
          },
        );
      }, t('visits.storingPhoto'));
    }
  }

  function removePhoto(attachmentId: string) {
    photoSave.run(() => writes.write('REMOVE_VISIT_ATTACHMENT', { attachmentId }));
  }

  return (
    <>
      {needsPhoto && <p className="photo-needed">{t('visits.photoNeeded')}</p>}
      {photos.length > 0 && (
        <ul className="photo-strip">
          {photos.map((photo) => (
            <li key={photo.id}>
              <a href={photo.url} target="_blank" rel="noreferrer">
                <img src={photo.url} alt={t('visits.photoAlt', { code: item.code })} loading="lazy" />
              </a>
              {editable && (
                <button type="button" className="btn btn-ghost photo-remove" onClick={() => removePhoto(photo.id)}>
                  {t('visits.removePhoto')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <label className="btn btn-secondary photo-button">
          {t('visits.takePhoto')}
          <input
            type="file"
            accept="image/*"
            capture="environment"
            multiple
            className="visually-hidden"
            data-testid={`photo-input-${item.code}`}
            disabled={photoSave.state.status === 'saving'}
            onChange={addPhotos}
          />
        </label>
      )}
      <SaveStatus state={photoSave.state} />
    </>
  );
}
