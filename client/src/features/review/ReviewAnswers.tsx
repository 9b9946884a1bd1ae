import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { TitledSection } from '../../ui/TitledSection';
import { conflictCountByItem } from './conflicts';
import type { ReviewAnswer, ReviewVisit } from './review-visit';
import { CONFLICTS_ANCHOR } from './VisitConflicts';

type Item = NonNullable<ReviewVisit['templateVersion']>['groups'][number]['items'][number];

function answerText(t: ReturnType<typeof useI18n>['t'], answer: ReviewAnswer | undefined): string {
  if (!answer) return t('review.noAnswer');
  if (answer.passFail) return t(`review.answer.${answer.passFail}`);
  if (answer.numberValue != null) return formatNumber(answer.numberValue);
  if (answer.textValue) return answer.textValue;
  return t('review.noAnswer');
}

function answerTone(answer: ReviewAnswer | undefined): string {
  if (!answer?.passFail) return 'badge badge-muted';
  if (answer.passFail === 'PASS') return 'badge badge-success';
  if (answer.passFail === 'FAIL') return 'badge badge-danger';
  return 'badge badge-muted';
}

/** The checklist's results, group by group: each criterion's answer, note, photos and reviewer comments. */
export function ReviewAnswers({ visit }: { visit: ReviewVisit }) {
  const { t } = useI18n();
  const answers = new Map(visit.answers.map((answer) => [answer.itemId, answer]));
  const conflicts = conflictCountByItem(visit.conflicts);
  return (
    <TitledSection className="card stack" titleId="results-title" title={t('review.results')}>
      {!visit.templateVersion && <p className="muted">{t('review.noVersion')}</p>}
      {visit.templateVersion?.groups.map((group) => (
        <div key={group.id}>
          <h3>
            {group.code}. {group.title}
          </h3>
          <ul className="answer-list">
            {group.items.map((item) => (
              <ReviewItem
                key={item.id}
                visit={visit}
                item={item}
                answer={answers.get(item.id)}
                conflictCount={conflicts.get(item.id) ?? 0}
              />
            ))}
          </ul>
        </div>
      ))}
    </TitledSection>
  );
}

interface ReviewItemProps {
  visit: ReviewVisit;
  item: Item;
  answer: ReviewAnswer | undefined;
  conflictCount: number;
}

function ReviewItem({ visit, item, answer, conflictCount }: ReviewItemProps) {
  const { t } = useI18n();
  const photos = visit.attachments.filter((attachment) => attachment.kind === 'PHOTO' && attachment.itemId === item.id);
  const comments = visit.reviewComments.filter((comment) => comment.itemId === item.id);
  return (
    <li data-testid="review-item">
      <div className="answer-head">
        <span>
          <strong>{item.code}</strong> {item.text}
        </span>
        <span className={answerTone(answer)} style={{ alignSelf: 'start', whiteSpace: 'nowrap' }}>
          {answerText(t, answer)}
        </span>
      </div>
      {conflictCount > 0 && (
        // The link is a full tap target; the badge inside keeps its size.
        <a href={`#${CONFLICTS_ANCHOR}`} className="conflict-mark tap-link" data-testid="review-item-conflict">
          <span className="badge badge-warning">⚠ {t('review.conflicts.itemMark', { count: conflictCount })}</span>
        </a>
      )}
      {answer?.passFail && answer.textValue && <span>{answer.textValue}</span>}
      {answer?.note && <span className="muted">{t('review.note', { note: answer.note })}</span>}
      {photos.length > 0 && (
        <ul className="thumbs">
          {photos.map((photo) => (
            <li key={photo.id}>
              <a href={photo.url} target="_blank" rel="noreferrer">
                <img src={photo.url} alt={photo.caption ?? t('review.photo', { code: item.code })} loading="lazy" />
              </a>
            </li>
          ))}
        </ul>
      )}
      {comments.map((comment) => (
        <div key={comment.id} className="stack" style={{ gap: 4 }}>
          <span className="badge badge-warning" style={{ justifySelf: 'start' }}>
            {t('review.reviewerComment', { author: comment.authorName, comment: comment.comment })}
          </span>
          {comment.replies.map((reply) => (
            <span key={reply.id} data-testid="review-reply">
              {t('reviewLoop.replyLine', { author: reply.authorName, text: reply.text })}
            </span>
          ))}
        </div>
      ))}
    </li>
  );
}
