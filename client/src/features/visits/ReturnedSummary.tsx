import type { FieldVisit, VisitGroup } from '../../field/types';
import { useI18n } from '../../i18n/I18nProvider';
import { CommentThread } from '../review-loop/CommentThread';

interface ReturnedSummaryProps {
  visit: FieldVisit;
  groups: VisitGroup[];
  onJump: (itemId: string) => void;
}

/**
 * Why the office returned the visit: each of its comments once (on the whole visit, then on criteria,
 * tap the criterion to go there), with the team's replies and, while returned, a reply form.
 */
export function ReturnedSummary({ visit, groups, onJump }: ReturnedSummaryProps) {
  const { t } = useI18n();
  const canReply = visit.status === 'RETURNED';
  const generalComments = visit.reviewComments.filter((comment) => !comment.itemId);
  const itemComments = visit.reviewComments.filter((comment) => comment.itemId);
  const items = groups.flatMap((group) => group.items);
  return (
    <div className="banner banner-warning review-summary stack" role="status">
      <p>
        <strong>{t('visits.returned')}</strong>
      </p>
      {/* The return comment is also the general comment: shown alone only for a return made before it was. */}
      {generalComments.length === 0 && visit.returnComment && <p>{visit.returnComment}</p>}
      {generalComments.map((comment) => (
        <CommentThread key={comment.id} comment={comment} canReply={canReply} />
      ))}
      {itemComments.map((comment) => {
        const item = items.find((candidate) => candidate.id === comment.itemId);
        return (
          <CommentThread
            key={comment.id}
            comment={comment}
            canReply={canReply}
            title={
              <button type="button" className="link-button" onClick={() => comment.itemId && onJump(comment.itemId)}>
                {item ? `${item.code} ${item.text}` : t('reviewLoop.onItem')}
              </button>
            }
          />
        );
      })}
    </div>
  );
}
