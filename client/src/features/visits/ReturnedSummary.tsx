import type { FieldVisit, VisitGroup } from '../../field/types';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';

interface ReturnedSummaryProps {
  visit: FieldVisit;
  groups: VisitGroup[];
  onJump: (itemId: string) => void;
}

/** Why the office returned the visit: its comments on the whole visit, then those on criteria (tap to go there). */
export function ReturnedSummary({ visit, groups, onJump }: ReturnedSummaryProps) {
  const { t } = useI18n();
  const generalComments = visit.reviewComments.filter((comment) => !comment.itemId);
  const itemComments = visit.reviewComments.filter((comment) => comment.itemId);
  return (
    <div className="banner banner-warning review-summary" role="status">
      <p>
        <strong>{t('visits.returned')}</strong>
      </p>
      {visit.returnComment && <p>{visit.returnComment}</p>}
      {generalComments.map((comment) => (
        <p key={comment.id}>
          {comment.comment}{' '}
          <span className="muted">
            ({t('visits.reviewBy', { author: comment.authorName, date: formatDate(String(comment.createdAt)) })})
          </span>
        </p>
      ))}
      {itemComments.length > 0 && (
        <ul className="problem-list">
          {itemComments.map((comment) => {
            const code = groups.flatMap((group) => group.items).find((item) => item.id === comment.itemId)?.code;
            return (
              <li key={comment.id}>
                <button type="button" className="link-button" onClick={() => comment.itemId && onJump(comment.itemId)}>
                  {code ? `${code}: ` : ''}
                  {comment.comment}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
