import { storedText } from '@kycuong/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import { entityTypeOf } from '../../db/entity-ids.js';
import { AuditService, recordAudit } from '../audit/audit.service.js';
import { resolveAuditReferences } from '../audit/audit-references.js';
import type { User } from '../users/user.entity.js';
import { ReviewComment, type Visit, VisitStatus } from '../visits/visit.entity.js';
import { fieldWrite, visitForFieldWrite } from '../visits/visit-field-write.js';
import { type ChangeSinceReturnRow, changesSinceReturn } from './changes-since-return.js';
import { ReviewLoopErrors } from './review-loop.errors.js';
import type { ReplyToReviewCommentInput } from './review-loop.inputs.js';
import { ReviewReply } from './review-reply.entity.js';

/** The loop between the office and the team on a returned visit: the team's replies, and what changed. */
export class ReviewLoopService {
  constructor(private readonly em: EntityManager) {}

  /**
   * A team member answers one of the reviewer's comments while the visit is returned; kept with the
   * comment and in the visit's history. A field write like the others: once per operation id (a batch
   * sent again makes no second reply), under the reply id the phone made. Anyone else is refused as for
   * any field write of the visit; a visit no longer returned refuses the reply with its own code.
   */
  async reply(user: User, input: ReplyToReviewCommentInput): Promise<void> {
    const text = storedText(input.text);
    await fieldWrite(this.em, user, input.operationId, 'replyToReviewComment', input, async (em) => {
      const visit = await visitForFieldWrite(em, user, input.visitId, Object.values(VisitStatus));
      const comment = isUuid(input.commentId) ? await em.findOne(ReviewComment, { id: input.commentId }) : null;
      if (!comment || comment.visit.id !== visit.id) throw ReviewLoopErrors.commentNotFound();
      if (visit.status !== VisitStatus.RETURNED) throw ReviewLoopErrors.visitNotReturned();
      if (!text) throw ReviewLoopErrors.replyRequired();
      if ((await entityTypeOf(em, input.replyId)) !== null) throw ReviewLoopErrors.replyIdTaken();
      const reply = em.create(ReviewReply, { id: input.replyId, comment, text, author: user });
      em.persist(reply);
      recordAudit(em, user, {
        entityType: 'ReviewReply',
        entityId: reply.id,
        visitId: visit.id,
        action: 'CREATE',
        after: { comment: text },
      });
    });
  }

  /** A reply by its id, as the reply mutation answers (also for an operation sent again). */
  replyById(replyId: string): Promise<ReviewReply> {
    return this.em.findOneOrFail(ReviewReply, { id: replyId });
  }

  replies(commentId: string): Promise<ReviewReply[]> {
    return this.em.find(ReviewReply, { comment: commentId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /** What the team changed since the visit was last returned (changes-since-return.ts). */
  async changesSinceReturn(visit: Visit): Promise<ChangeSinceReturnRow[]> {
    const trail = await new AuditService(this.em).history(visit.id, 'Visit');
    return changesSinceReturn(await resolveAuditReferences(this.em, trail));
  }
}
