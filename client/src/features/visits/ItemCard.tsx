import { type ChangeEvent, useEffect, useId, useRef, useState } from 'react';
import type { PassFail } from '../../apollo/generated/graphql';
import { linkClick } from '../../app/router';
import { ROUTES } from '../../app/routes';
import { formatDate, formatInstant, formatNumber, parseDecimal } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { sha256Hex } from '../../offline/file-upload';
import { isClosedVisitRefusal, type Refusal } from '../../offline/outbox-rules';
import { shrinkPhoto } from '../../photos/photo-upload';
import { SaveStatus } from './SaveStatus';
import type { FieldVisit, VisitItem } from './types';
import { useSave } from './useSave';
import { useVisitWrites } from './visit-writes';

const CHOICES: PassFail[] = ['PASS', 'FAIL', 'NOT_APPLICABLE'];

interface Desired {
  passFail: PassFail | null;
  numberValue: number | null;
  textValue: string | null;
  note: string | null;
}

interface ItemCardProps {
  visit: FieldVisit;
  item: VisitItem;
  editable: boolean;
  /** The item's write not on the server yet, if any, and whether it was refused. */
  local?: { state: 'PENDING' | 'REFUSED'; refusal: Refusal | null };
}

/**
 * One criterion: its answer, note and photos, each kept on the phone as soon as the inspector is done
 * with it, and sent by the sync engine.
 */
export function ItemCard({ visit, item, editable, local }: ItemCardProps) {
  const { t } = useI18n();
  const writes = useVisitWrites();
  const { state, run } = useSave();
  const photoSave = useSave();
  const fieldId = useId();
  const answer = visit.answers.find((candidate) => candidate.itemId === item.id);
  const photos = visit.attachments.filter((file) => file.kind === 'PHOTO' && file.itemId === item.id);
  const comments = visit.reviewComments.filter((comment) => comment.itemId === item.id);
  const conflicts = visit.conflicts.filter((conflict) => conflict.itemId === item.id);

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
    return run(() => writes.answer(item.id, answerInput)).finally(() => {
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

  const failed = answer?.passFail === 'FAIL';
  const needsPhoto = failed && item.photoRequiredOnFail && photos.length === 0;
  const hasBasis = Boolean(item.guidance || item.legalBasis);

  return (
    <article
      className={`card visit-item ${failed ? 'visit-item-failed' : ''}`}
      data-testid={`visit-item-${item.code}`}
      data-sync={local?.state.toLowerCase() ?? 'server'}
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
      {local?.state === 'REFUSED' && local.refusal && (
        <p className="item-refused" role="alert" data-testid={`item-refused-${item.code}`}>
          {isClosedVisitRefusal(local.refusal) ? t('sync.closedVisit') : t('sync.refusedItem')}{' '}
          <span className="muted">({local.refusal.message})</span>{' '}
          <a href={ROUTES.sync} onClick={linkClick(ROUTES.sync)}>
            {t('sync.open')}
          </a>
        </p>
      )}
      {conflicts.map((conflict) => (
        <p key={conflict.id} className="item-conflict" data-testid={`item-conflict-${item.code}`}>
          {t(conflict.kind === 'VISIT_CLOSED' ? 'visits.conflictClosed' : 'visits.conflictOther', {
            name: conflict.losingUserName,
            time: formatInstant(conflict.losingEditedAt ?? conflict.createdAt, { withTime: true }),
            value: describeValue(conflict.losingValue, t),
          })}
        </p>
      ))}
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

/** A kept answer value in words: "Không đạt · ghi chú: …". */
function describeValue(value: unknown, t: ReturnType<typeof useI18n>['t']): string {
  if (!value || typeof value !== 'object') return '';
  const { passFail, numberValue, textValue, note } = value as Record<string, unknown>;
  const parts: string[] = [];
  if (passFail === 'PASS' || passFail === 'FAIL' || passFail === 'NOT_APPLICABLE')
    parts.push(t(`visits.answer.${passFail}`));
  if (typeof numberValue === 'number') parts.push(formatNumber(numberValue, 6));
  if (typeof textValue === 'string' && textValue) parts.push(`"${textValue}"`);
  if (typeof note === 'string' && note) parts.push(`${t('visits.note').toLowerCase()}: ${note}`);
  return parts.join(' · ') || t('visits.noValue');
}
