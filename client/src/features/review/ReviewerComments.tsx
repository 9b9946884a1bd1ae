import { useI18n } from '../../i18n/I18nProvider';
import { CommentThread } from '../review-loop/CommentThread';
import type { ReviewVisit } from './review-visit';

/**
 * The reviewer's comments on the whole visit (or the return comment of an older return), each once,
 * with the team's replies. Comments on criteria are shown at their criterion (ReviewAnswers).
 */
export function ReviewerComments({ visit }: { visit: ReviewVisit }) {
  const { t } = useI18n();
  const general = visit.reviewComments.filter((comment) => !comment.itemId);
  if (!visit.returnComment && general.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="reviewer-comments-title" data-testid="reviewer-comments">
      <h2 id="reviewer-comments-title" className="section-title">
        {t('reviewLoop.comments')}
      </h2>
      {general.map((comment) => (
        <CommentThread key={comment.id} comment={comment} canReply={false} />
      ))}
      {general.length === 0 && visit.returnComment && (
        <p>{t('review.returnComment', { comment: visit.returnComment })}</p>
      )}
    </section>
  );
}
