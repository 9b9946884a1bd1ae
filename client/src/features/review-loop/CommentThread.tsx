import type { ReactNode } from 'react';
import { formatInstant } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { ReplyForm } from './ReplyForm';
import { ReplyList, type ThreadReply } from './ReplyList';

export interface ThreadComment {
  id: string;
  comment: string;
  authorName: string;
  createdAt: unknown;
  replies: ThreadReply[];
}

/**
 * A reviewer's comment once, with the team's replies under it, and, for the team while the visit is
 * returned, the form to reply. `title` names what the comment is on (an item), when it is on one.
 */
export function CommentThread({
  comment,
  title,
  canReply,
}: {
  comment: ThreadComment;
  title?: ReactNode;
  canReply: boolean;
}) {
  const { t } = useI18n();
  const when = (value: unknown) => formatInstant(String(value), { withTime: true });
  return (
    <div className="comment-thread stack" data-testid={`review-comment-${comment.id}`}>
      {title}
      <p>
        {comment.comment}{' '}
        <span className="muted">
          ({t('visits.reviewBy', { author: comment.authorName, date: when(comment.createdAt) })})
        </span>
      </p>
      <ReplyList replies={comment.replies} />
      {canReply && <ReplyForm commentId={comment.id} />}
    </div>
  );
}
