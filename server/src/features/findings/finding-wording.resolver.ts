import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/request-context.js';
import { ChecklistItem } from '../checklists/checklist.entity.js';
import { Attachment, AttachmentKind } from '../visits/visit.entity.js';
import { Finding } from './finding.entity.js';

/**
 * How a finding reads: what was found, the requirement it is measured against (kept apart, as a
 * reference), and the photos that show it.
 */
@Resolver(() => Finding)
export class FindingWordingResolver {
  @FieldResolver(() => String, {
    deprecationReason: 'Use foundText (what was found) and requirement; this is foundText, empty while not written',
  })
  description(@Root() finding: Finding): string {
    return finding.foundText ?? '';
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Yêu cầu: the checklist item's text, the requirement the finding is measured against",
  })
  async requirement(@Root() finding: Finding, @Ctx() ctx: RequestContext): Promise<string | null> {
    return finding.item ? (await ctx.em.findOneOrFail(ChecklistItem, { id: finding.item.id })).text : null;
  }

  @FieldResolver(() => Boolean, { description: 'What was found is not written yet (shown "Chưa ghi thực trạng")' })
  needsWording(@Root() finding: Finding): boolean {
    return finding.foundText === null;
  }

  @FieldResolver(() => [Attachment], { description: "Evidence: the photos taken for the finding's item at the visit" })
  evidencePhotos(@Root() finding: Finding, @Ctx() ctx: RequestContext): Promise<Attachment[]> {
    if (!finding.item) return Promise.resolve([]);
    return ctx.em.find(
      Attachment,
      { visit: finding.visit.id, item: finding.item.id, kind: AttachmentKind.PHOTO },
      { populate: ['file'], orderBy: { createdAt: 'asc' } },
    );
  }
}
