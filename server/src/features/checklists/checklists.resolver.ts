import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/request-context.js';
import { Capability } from '../auth/permissions.js';
import { signedInUser } from '../users/signed-in.js';
import { ChecklistGroup, ChecklistItem, ChecklistTemplate, ChecklistVersion } from './checklist.entity.js';
import { CreateChecklistTemplateInput, SaveChecklistDraftInput } from './checklists.inputs.js';
import { ChecklistsService } from './checklists.service.js';

@Resolver(() => ChecklistTemplate)
export class ChecklistTemplateResolver {
  @Authorized(Capability.CHECKLIST_READ)
  @Query(() => [ChecklistTemplate])
  checklistTemplates(@Ctx() ctx: RequestContext): Promise<ChecklistTemplate[]> {
    return new ChecklistsService(ctx.em).list();
  }

  @Authorized(Capability.CHECKLIST_READ)
  @Query(() => ChecklistVersion, { description: 'A checklist version with its groups and items' })
  checklistVersion(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ChecklistVersion> {
    return new ChecklistsService(ctx.em).getVersion(id);
  }

  @Authorized(Capability.CHECKLIST_MANAGE)
  @Mutation(() => ChecklistTemplate, { description: 'Creates a checklist with an empty draft version 1' })
  createChecklistTemplate(
    @Arg('input', () => CreateChecklistTemplateInput) input: CreateChecklistTemplateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ChecklistTemplate> {
    return new ChecklistsService(ctx.em).create(signedInUser(ctx), input);
  }

  @Authorized(Capability.CHECKLIST_MANAGE)
  @Mutation(() => ChecklistVersion, { description: 'Replaces the draft content (a new draft if none)' })
  saveChecklistDraft(
    @Arg('input', () => SaveChecklistDraftInput) input: SaveChecklistDraftInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ChecklistVersion> {
    return new ChecklistsService(ctx.em).saveDraft(signedInUser(ctx), input);
  }

  @Authorized(Capability.CHECKLIST_MANAGE)
  @Mutation(() => ChecklistVersion, { description: 'Publishes (freezes) the draft' })
  publishChecklistDraft(
    @Arg('templateId', () => ID) templateId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ChecklistVersion> {
    return new ChecklistsService(ctx.em).publish(signedInUser(ctx), templateId);
  }

  @FieldResolver(() => [ChecklistVersion], { description: 'Newest first' })
  versions(@Root() template: ChecklistTemplate, @Ctx() ctx: RequestContext): Promise<ChecklistVersion[]> {
    return new ChecklistsService(ctx.em).versions(template.id);
  }

  @FieldResolver(() => ChecklistVersion, { nullable: true })
  latestPublished(@Root() template: ChecklistTemplate, @Ctx() ctx: RequestContext): Promise<ChecklistVersion | null> {
    return new ChecklistsService(ctx.em).latestPublished(template.id);
  }

  @FieldResolver(() => ChecklistVersion, { nullable: true })
  draft(@Root() template: ChecklistTemplate, @Ctx() ctx: RequestContext): Promise<ChecklistVersion | null> {
    return new ChecklistsService(ctx.em).draft(template.id);
  }
}

@Resolver(() => ChecklistVersion)
export class ChecklistVersionResolver {
  @FieldResolver(() => ID)
  templateId(@Root() version: ChecklistVersion): string {
    return version.template.id;
  }

  @FieldResolver(() => [ChecklistGroup])
  async groups(@Root() version: ChecklistVersion): Promise<ChecklistGroup[]> {
    const groups = await version.groups.load();
    return [...groups].sort((a, b) => a.position - b.position);
  }
}

@Resolver(() => ChecklistGroup)
export class ChecklistGroupResolver {
  @FieldResolver(() => [ChecklistItem])
  async items(@Root() group: ChecklistGroup): Promise<ChecklistItem[]> {
    const items = await group.items.load();
    return [...items].sort((a, b) => a.position - b.position);
  }
}
