import { useId } from 'react';
import type { FieldVisit, VisitItem } from '../../field/types';
import { useI18n } from '../../i18n/I18nProvider';
import type { Refusal } from '../../offline/field-writes';
import { FoundTextFields } from './FoundTextFields';
import { ItemAnswer, ItemNote } from './ItemAnswer';
import { ItemNotices } from './ItemNotices';
import { ItemPhotos } from './ItemPhotos';
import { SaveStatus } from './SaveStatus';
import { useItemAnswer } from './useItemAnswer';

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
  const fieldId = useId();
  const answer = visit.answers.find((candidate) => candidate.itemId === item.id);
  const { state, save } = useItemAnswer(item.id, answer);
  const failed = answer?.passFail === 'FAIL';
  const hasBasis = Boolean(item.guidance || item.legalBasis);
  const fields = { answer, editable, fieldId, save };

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
      <ItemNotices
        visit={visit}
        item={item}
        refusal={local?.state === 'REFUSED' && local.refusal ? local.refusal : null}
      />

      <ItemAnswer item={item} {...fields} />
      <SaveStatus state={state} />

      {failed && <FoundTextFields {...fields} />}

      <ItemNote {...fields} />

      <ItemPhotos visit={visit} item={item} editable={editable} failed={failed} />
    </article>
  );
}
