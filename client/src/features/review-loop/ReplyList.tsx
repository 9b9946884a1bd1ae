import { linkClick } from '../../app/router';
import { ROUTES } from '../../app/routes';
import { errorText } from '../../i18n/error-messages';
import { formatInstant } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useReplyOnPhone } from './replies-on-phone';

export interface ThreadReply {
  id: string;
  text: string;
  authorName: string;
  createdAt: unknown;
}

/** The team's replies under a reviewer's comment, oldest first; each one still on the phone says so. */
export function ReplyList({ replies }: { replies: readonly ThreadReply[] }) {
  if (replies.length === 0) return null;
  return (
    <ul className="comment-replies">
      {replies.map((reply) => (
        <ReplyLine key={reply.id} reply={reply} />
      ))}
    </ul>
  );
}

function ReplyLine({ reply }: { reply: ThreadReply }) {
  const { t, language } = useI18n();
  const onPhone = useReplyOnPhone(reply.id);
  const state = onPhone ? onPhone.state.toLowerCase() : 'server';
  return (
    <li data-testid="review-reply" data-sync={state}>
      <strong>{t('reviewLoop.replied')}</strong> {reply.text}{' '}
      {onPhone ? (
        <span className={`reply-mark reply-mark-${state}`}>
          {onPhone.state === 'PENDING' ? t('reviewLoop.onPhone') : t('reviewLoop.refused')}
        </span>
      ) : (
        <span className="muted">
          (
          {t('visits.reviewBy', {
            author: reply.authorName,
            date: formatInstant(String(reply.createdAt), { withTime: true }),
          })}
          )
        </span>
      )}
      {onPhone?.state === 'REFUSED' && onPhone.refusal && (
        <span className="item-refused" role="alert">
          {' '}
          {errorText(language, onPhone.refusal.code, onPhone.refusal.message)}{' '}
          <a href={ROUTES.sync} onClick={linkClick(ROUTES.sync)}>
            {t('sync.open')}
          </a>
        </span>
      )}
    </li>
  );
}
