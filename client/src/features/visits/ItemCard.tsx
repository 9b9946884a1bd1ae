import { lazy, memo, Suspense, useId } from 'react';
import type { FieldVisit, VisitItem } from '../../field/types';
import { useI18n } from '../../i18n/I18nProvider';
import type { Refusal } from '../../offline/field-writes';
import { FoundTextFields } from './FoundTextFields';
import { ItemAnswer, ItemNote } from './ItemAnswer';
import { ItemPhotos } from './ItemPhotos';
import { loadPart } from './load-part';
import { SaveStatus } from './SaveStatus';
import { useItemAnswer } from './useItemAnswer';

// What others said about an item (a refusal, another phone's values, the reviewer's comments) shows on few
// items: its code is a chunk of its own, fetched when the first such item is drawn.
const ItemNotices = lazy(() => loadPart(() => import('./ItemNotices')).then((m) => ({ default: m.ItemNotices })));

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
export const ItemCard = memo(function ItemCard({ visit, item, editable, local }: ItemCardProps) {
  const { t } = useI18n();
  const fieldId = useId();
  const { state, save, shown: answer } = useItemAnswer(item.id, answerOf(visit, item.id));
  const failed = answer?.passFail === 'FAIL';
  const hasBasis = Boolean(item.guidance || item.legalBasis);
  const fields = { answer, editable, fieldId, save };
  const refusal = local?.state === 'REFUSED' && local.refusal ? local.refusal : null;

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
      {(refusal ||
        visit.conflicts.some((conflict) => conflict.itemId === item.id) ||
        visit.reviewComments.some((comment) => comment.itemId === item.id)) && (
        <Suspense fallback={null}>
          <ItemNotices visit={visit} item={item} refusal={refusal} />
        </Suspense>
      )}

      <ItemAnswer item={item} {...fields} />
      <SaveStatus state={state} />

      {failed && <FoundTextFields {...fields} />}

      <ItemNote {...fields} />

      <ItemPhotos visit={visit} item={item} editable={editable} failed={failed} />
    </article>
  );
}, sameCard);

function answerOf(visit: FieldVisit, itemId: string) {
  return visit.answers.find((candidate) => candidate.itemId === itemId);
}

function sameValues<T extends object>(a: T | undefined, b: T | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a) as (keyof T)[];
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/**
 * A card is drawn again only when its own part of the visit changed: a tap lays the whole visit over
 * again (offline/overlay.ts), and drawing sixty criteria for one answer was most of a tap's work (issue
 * 19, INP). This compares everything the card and its parts read of the visit.
 */
function sameCard(before: ItemCardProps, after: ItemCardProps): boolean {
  const id = after.item.id;
  const of = (visit: FieldVisit) => ({
    comments: visit.reviewComments.filter((comment) => comment.itemId === id),
    conflicts: visit.conflicts.filter((conflict) => conflict.itemId === id),
    photos: visit.attachments.filter((file) => file.itemId === id),
  });
  if (
    before.item !== after.item ||
    before.editable !== after.editable ||
    !sameValues(before.local, after.local) ||
    !sameValues(answerOf(before.visit, id), answerOf(after.visit, id))
  )
    return false;
  if (before.visit === after.visit) return true;
  const [a, b] = [of(before.visit), of(after.visit)];
  return sameList(a.comments, b.comments) && sameList(a.conflicts, b.conflicts) && sameList(a.photos, b.photos);
}
