import { formatInstant } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import type { ReviewVisit } from './review-visit';

/** The reviewer's comments on the whole visit (or the return comment), when it was returned. */
export function ReviewerComments({ visit }: { visit: ReviewVisit }) {
  const { t } = useI18n();
  const general = visit.reviewComments.filter((comment) => !comment.itemId);
  if (!visit.returnComment && general.length === 0) return null;
  return (
    <Banner tone="warning">
      <div className="stack" style={{ gap: 4 }}>
        {general.map((comment) => (
          <span key={comment.id}>
            {formatInstant(comment.createdAt)} —{' '}
            {t('review.reviewerComment', { author: comment.authorName, comment: comment.comment })}
          </span>
        ))}
        {general.length === 0 && visit.returnComment && (
          <span>{t('review.returnComment', { comment: visit.returnComment })}</span>
        )}
      </div>
    </Banner>
  );
}
