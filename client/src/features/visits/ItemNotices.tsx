import { lazy, Suspense } from 'react';
import { linkClick } from '../../app/router';
import { ROUTES } from '../../app/routes';
import type { FieldVisit, VisitItem } from '../../field/types';
import { errorText } from '../../i18n/error-messages';
import { formatDate, formatInstant, formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import type { Refusal } from '../../offline/field-writes';
import { isClosedVisitRefusal } from '../../offline/outbox-rules';

// The team's replies to a reviewer's comment show on a returned visit only: their code (and the reply form's)
// is a chunk of its own, fetched when a comment is drawn.
const ReplyList = lazy(() => import('../review-loop/ReplyList').then((m) => ({ default: m.ReplyList })));

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

interface ItemNoticesProps {
  visit: FieldVisit;
  item: VisitItem;
  /** The item's write the server refused, if any. */
  refusal: Refusal | null;
}

/**
 * What others said about the criterion: the server's refusal of its last write, the values of another
 * phone that did not go in (conflicts), and the reviewer's comments with the team's replies.
 */
export function ItemNotices({ visit, item, refusal }: ItemNoticesProps) {
  const { t, language } = useI18n();
  const comments = visit.reviewComments.filter((comment) => comment.itemId === item.id);
  const conflicts = visit.conflicts.filter((conflict) => conflict.itemId === item.id);
  return (
    <>
      {refusal && (
        <p className="item-refused" role="alert" data-testid={`item-refused-${item.code}`}>
          {isClosedVisitRefusal(refusal) ? t('sync.closedVisit') : t('sync.refusedItem')}{' '}
          <span className="muted">({errorText(language, refusal.code, refusal.message)})</span>{' '}
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
        <div key={comment.id} className="review-comment" data-testid={`item-review-comment-${comment.id}`}>
          <p>
            <strong>
              {t('visits.reviewBy', { author: comment.authorName, date: formatDate(String(comment.createdAt)) })}:
            </strong>{' '}
            {comment.comment}
          </p>
          <Suspense fallback={null}>
            <ReplyList replies={comment.replies} />
          </Suspense>
        </div>
      ))}
    </>
  );
}
