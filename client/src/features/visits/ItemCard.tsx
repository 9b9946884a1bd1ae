import { useApolloClient } from '@apollo/client/react';
import { type ChangeEvent, useEffect, useId, useRef, useState } from 'react';
import type { PassFail } from '../../apollo/generated/graphql';
import { formatDate, formatNumber, parseDecimal } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { shrinkPhoto, uploadFile } from '../../photos/photo-upload';
import { answerItemMutation, attachVisitFileMutation, removeVisitAttachmentMutation } from './operations';
import { SaveStatus } from './SaveStatus';
import type { FieldVisit, VisitItem } from './types';
import { useSave } from './useSave';

const CHOICES: PassFail[] = ['PASS', 'FAIL', 'NOT_APPLICABLE'];

interface Desired {
  passFail: PassFail | null;
  numberValue: number | null;
  textValue: string | null;
  note: string | null;
}

/** One criterion: its answer, note and photos, each saved as soon as the inspector is done with it. */
export function ItemCard({ visit, item, editable }: { visit: FieldVisit; item: VisitItem; editable: boolean }) {
  const { t } = useI18n();
  const client = useApolloClient();
  const { state, run } = useSave();
  const photoSave = useSave();
  const fieldId = useId();
  const answer = visit.answers.find((candidate) => candidate.itemId === item.id);
  const photos = visit.attachments.filter((file) => file.kind === 'PHOTO' && file.itemId === item.id);
  const comments = visit.reviewComments.filter((comment) => comment.itemId === item.id);

  const [note, setNote] = useState(answer?.note ?? '');
  const [numberText, setNumberText] = useState(answer?.numberValue == null ? '' : formatNumber(answer.numberValue, 6));
  const [textValue, setTextValue] = useState(answer?.textValue ?? '');
  const [numberError, setNumberError] = useState<string | null>(null);
  useEffect(() => setNote(answer?.note ?? ''), [answer?.note]);
  useEffect(() => setTextValue(answer?.textValue ?? ''), [answer?.textValue]);
  useEffect(
    () => setNumberText(answer?.numberValue == null ? '' : formatNumber(answer.numberValue, 6)),
    [answer?.numberValue],
  );

  // The whole answer is sent on every write (the server replaces it), read when the write leaves the queue.
  // While writes are pending the phone's own values win over what the server last sent.
  const desired = useRef<Desired>({ passFail: null, numberValue: null, textValue: null, note: null });
  const pending = useRef(0);
  useEffect(() => {
    if (pending.current > 0) return;
    desired.current = {
      passFail: answer?.passFail ?? null,
      numberValue: answer?.numberValue ?? null,
      textValue: answer?.textValue ?? null,
      note: answer?.note ?? null,
    };
  }, [answer]);

  function save(change: Partial<Desired>) {
    desired.current = { ...desired.current, ...change };
    const answerInput = { ...desired.current };
    pending.current += 1;
    return run(() =>
      client.mutate({
        mutation: answerItemMutation,
        variables: { input: { visitId: visit.id, itemId: item.id, operationId: crypto.randomUUID(), ...answerInput } },
      }),
    ).finally(() => {
      pending.current -= 1;
    });
  }

  function saveNumber() {
    const value = parseDecimal(numberText);
    if (value !== null && Number.isNaN(value)) {
      setNumberError(t('visits.invalidNumber'));
      return;
    }
    setNumberError(null);
    if (value !== (answer?.numberValue ?? null)) save({ numberValue: value });
  }

  async function addPhotos(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    for (const file of files) {
      await photoSave.run(async () => {
        const fileId = await uploadFile(await shrinkPhoto(file));
        await client.mutate({
          mutation: attachVisitFileMutation,
          variables: {
            input: {
              visitId: visit.id,
              itemId: item.id,
              kind: 'PHOTO',
              fileId,
              attachmentId: crypto.randomUUID(),
              operationId: crypto.randomUUID(),
            },
          },
        });
      }, t('visits.uploading'));
    }
  }

  function removePhoto(attachmentId: string) {
    photoSave.run(() =>
      client.mutate({
        mutation: removeVisitAttachmentMutation,
        variables: { input: { visitId: visit.id, attachmentId, operationId: crypto.randomUUID() } },
      }),
    );
  }

  const failed = answer?.passFail === 'FAIL';
  const needsPhoto = failed && item.photoRequiredOnFail && photos.length === 0;
  const hasBasis = Boolean(item.guidance || item.legalBasis);

  return (
    <article
      className={`card visit-item ${failed ? 'visit-item-failed' : ''}`}
      data-testid={`visit-item-${item.code}`}
      id={`visit-item-${item.code}`}
      aria-labelledby={`${fieldId}-title`}
    >
      <h3 className="visit-item-title" id={`${fieldId}-title`}>
        <span className="visit-item-code">{item.code}</span> {item.text}
      </h3>
      {hasBasis && (
        <details className="visit-item-basis">
          <summary>{t('visits.basis')}</summary>
          {item.guidance && (
            <p>
              <strong>{t('visits.guidance')}:</strong> {item.guidance}
            </p>
          )}
          {item.legalBasis && (
            <p>
              <strong>{t('visits.legalBasis')}:</strong> {item.legalBasis}
            </p>
          )}
        </details>
      )}
      {comments.map((comment) => (
        <p key={comment.id} className="review-comment">
          <strong>
            {t('visits.reviewBy', { author: comment.authorName, date: formatDate(String(comment.createdAt)) })}:
          </strong>{' '}
          {comment.comment}
        </p>
      ))}

      {item.answerType === 'PASS_FAIL' && (
        <fieldset className="pass-fail">
          <legend className="visually-hidden">{item.code}</legend>
          {CHOICES.map((choice) => (
            <button
              key={choice}
              type="button"
              className={`choice choice-${choice.toLowerCase()}`}
              aria-pressed={answer?.passFail === choice}
              disabled={!editable}
              onClick={() => save({ passFail: choice })}
            >
              {t(`visits.answer.${choice}`)}
            </button>
          ))}
        </fieldset>
      )}
      {item.answerType === 'NUMBER' && (
        <div className="field">
          <label className="field-label" htmlFor={`${fieldId}-number`}>
            {t('visits.numberValue')}
          </label>
          {(item.minValue != null || item.maxValue != null) && (
            <span className="field-hint">
              {t('visits.numberRange', {
                min: item.minValue == null ? '…' : formatNumber(item.minValue),
                max: item.maxValue == null ? '…' : formatNumber(item.maxValue),
              })}
            </span>
          )}
          <input
            id={`${fieldId}-number`}
            className="field-input"
            inputMode="decimal"
            value={numberText}
            disabled={!editable}
            aria-invalid={numberError ? true : undefined}
            onChange={(event) => setNumberText(event.target.value)}
            onBlur={saveNumber}
          />
          {numberError && <span className="field-error">{numberError}</span>}
        </div>
      )}
      {item.answerType === 'TEXT' && (
        <div className="field">
          <label className="field-label" htmlFor={`${fieldId}-text`}>
            {t('visits.textValue')}
          </label>
          <textarea
            id={`${fieldId}-text`}
            className="field-input"
            rows={3}
            value={textValue}
            disabled={!editable}
            onChange={(event) => setTextValue(event.target.value)}
            onBlur={() => {
              if (textValue !== (answer?.textValue ?? '')) save({ textValue: textValue.trim() ? textValue : null });
            }}
          />
        </div>
      )}
      <SaveStatus state={state} />

      <div className="field">
        <label className="field-label" htmlFor={`${fieldId}-note`}>
          {t('visits.note')}
        </label>
        <textarea
          id={`${fieldId}-note`}
          className="field-input"
          rows={2}
          value={note}
          disabled={!editable}
          onChange={(event) => setNote(event.target.value)}
          onBlur={() => {
            if (note !== (answer?.note ?? '')) save({ note: note.trim() ? note : null });
          }}
        />
      </div>

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
    </article>
  );
}
