import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import { sql } from '../../common/sql.js';
import { executeSql } from '../../db/read-path/read-rows.js';
import { recordAudit } from '../audit/audit.service.js';
import type { User } from '../users/user.entity.js';
import {
  AnswerType,
  ChecklistGroup,
  ChecklistItem,
  ChecklistTemplate,
  ChecklistVersion,
  ChecklistVersionStatus,
} from './checklist.entity.js';
import { ChecklistErrors } from './checklists.errors.js';
import type {
  ChecklistGroupInput,
  CreateChecklistTemplateInput,
  SaveChecklistDraftInput,
} from './checklists.inputs.js';

const clean = (text: string | null | undefined): string | null => {
  const trimmed = text?.normalize('NFC').trim();
  return trimmed ? trimmed : null;
};

/** A checklist's content as plain data: what the draft editor, the XLSX export and the audit trail use. */
export function describeVersion(version: ChecklistVersion): Record<string, unknown> {
  return {
    number: version.number,
    status: version.status,
    groups: version.groups.getItems().map((g) => ({
      code: g.code,
      title: g.title,
      items: g.items.getItems().map((i) => ({
        code: i.code,
        text: i.text,
        answerType: i.answerType,
        points: i.points,
        required: i.required,
        photoRequiredOnFail: i.photoRequiredOnFail,
      })),
    })),
  };
}

export class ChecklistsService {
  constructor(private readonly em: EntityManager) {}

  list(): Promise<ChecklistTemplate[]> {
    return this.em.find(ChecklistTemplate, {}, { orderBy: { code: 'asc' } });
  }

  async getTemplate(id: string): Promise<ChecklistTemplate> {
    const template = isUuid(id) ? await this.em.findOne(ChecklistTemplate, { id }) : null;
    if (!template) throw ChecklistErrors.templateNotFound();
    return template;
  }

  versions(templateId: string): Promise<ChecklistVersion[]> {
    return this.em.find(ChecklistVersion, { template: templateId }, { orderBy: { number: 'desc' } });
  }

  /** A version with its groups and items in order. */
  async getVersion(id: string, em: EntityManager = this.em): Promise<ChecklistVersion> {
    const version = isUuid(id)
      ? await em.findOne(
          ChecklistVersion,
          { id },
          {
            populate: ['groups', 'groups.items'],
            orderBy: { groups: { position: 'asc', items: { position: 'asc' } } },
          },
        )
      : null;
    if (!version) throw ChecklistErrors.versionNotFound();
    return version;
  }

  latestPublished(templateId: string, em: EntityManager = this.em): Promise<ChecklistVersion | null> {
    return em.findOne(
      ChecklistVersion,
      { template: templateId, status: ChecklistVersionStatus.PUBLISHED },
      { orderBy: { number: 'desc' } },
    );
  }

  draft(templateId: string): Promise<ChecklistVersion | null> {
    return this.em.findOne(ChecklistVersion, { template: templateId, status: ChecklistVersionStatus.DRAFT });
  }

  async create(actor: User, input: CreateChecklistTemplateInput): Promise<ChecklistTemplate> {
    const code = input.code.toUpperCase();
    try {
      return await this.em.transactional(async (em) => {
        if (await em.count(ChecklistTemplate, { code })) throw ChecklistErrors.codeTaken(code);
        const template = em.create(ChecklistTemplate, {
          code,
          name: clean(input.name) ?? code,
          description: clean(input.description),
        });
        em.persist(template);
        em.persist(em.create(ChecklistVersion, { template, number: 1 }));
        recordAudit(em, actor, {
          entityType: 'ChecklistTemplate',
          entityId: template.id,
          action: 'CREATE',
          after: { code, name: template.name },
        });
        return template;
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw ChecklistErrors.codeTaken(code);
      throw err;
    }
  }

  /**
   * Replaces the content of the template's draft. Without a draft, one is made as the next version:
   * a published version is never edited.
   */
  async saveDraft(actor: User, input: SaveChecklistDraftInput): Promise<ChecklistVersion> {
    validateContent(input.groups);
    const versionId = await this.em.transactional(async (em) => {
      const template = isUuid(input.templateId) ? await em.findOne(ChecklistTemplate, { id: input.templateId }) : null;
      if (!template) throw ChecklistErrors.templateNotFound();
      await executeSql(em, sql`select pg_advisory_xact_lock(hashtextextended(${template.id}, 0))`);
      const existing = await em.findOne(
        ChecklistVersion,
        { template, status: ChecklistVersionStatus.DRAFT },
        { populate: ['groups', 'groups.items'] },
      );
      const before = existing ? describeVersion(existing) : null;
      let draft: ChecklistVersion;
      if (existing) {
        draft = existing;
        for (const group of existing.groups.getItems()) em.remove(group.items.getItems()).remove(group);
        await em.flush();
      } else {
        const last = await em.findOne(ChecklistVersion, { template }, { orderBy: { number: 'desc' } });
        draft = em.create(ChecklistVersion, { template, number: (last?.number ?? 0) + 1 });
        em.persist(draft);
      }
      input.groups.forEach((g, gi) => {
        const group = em.create(ChecklistGroup, {
          version: draft,
          position: gi + 1,
          code: g.code,
          title: clean(g.title) ?? g.code,
        });
        em.persist(group);
        g.items.forEach((i, ii) => {
          em.persist(
            em.create(ChecklistItem, {
              group,
              position: ii + 1,
              code: i.code,
              text: clean(i.text) ?? i.code,
              guidance: clean(i.guidance),
              legalBasis: clean(i.legalBasis),
              answerType: i.answerType,
              minValue: i.answerType === AnswerType.NUMBER ? (i.minValue ?? null) : null,
              maxValue: i.answerType === AnswerType.NUMBER ? (i.maxValue ?? null) : null,
              points: i.points,
              photoRequiredOnFail: i.answerType === AnswerType.PASS_FAIL && i.photoRequiredOnFail,
              required: i.required,
            }),
          );
        });
      });
      recordAudit(em, actor, {
        entityType: 'ChecklistTemplate',
        entityId: template.id,
        action: 'SAVE_DRAFT',
        before,
        after: { number: draft.number, groups: input.groups.map((g) => ({ code: g.code, items: g.items.length })) },
      });
      await em.flush();
      return draft.id;
    });
    this.em.clear();
    return this.getVersion(versionId);
  }

  /** Freezes the draft: from now on visits can start on it, and it never changes again. */
  async publish(actor: User, templateId: string): Promise<ChecklistVersion> {
    const versionId = await this.em.transactional(async (em) => {
      const template = isUuid(templateId) ? await em.findOne(ChecklistTemplate, { id: templateId }) : null;
      if (!template) throw ChecklistErrors.templateNotFound();
      await executeSql(em, sql`select pg_advisory_xact_lock(hashtextextended(${template.id}, 0))`);
      const draft = await em.findOne(
        ChecklistVersion,
        { template, status: ChecklistVersionStatus.DRAFT },
        { populate: ['groups', 'groups.items'] },
      );
      if (!draft) throw ChecklistErrors.noDraft();
      const groups = draft.groups.getItems();
      if (groups.length === 0 || groups.some((g) => g.items.length === 0)) throw ChecklistErrors.emptyDraft();
      draft.status = ChecklistVersionStatus.PUBLISHED;
      draft.publishedAt = new Date();
      recordAudit(em, actor, {
        entityType: 'ChecklistTemplate',
        entityId: template.id,
        action: 'PUBLISH',
        after: describeVersion(draft),
      });
      return draft.id;
    });
    this.em.clear();
    return this.getVersion(versionId);
  }
}

function validateContent(groups: ChecklistGroupInput[]): void {
  const groupCodes = new Set<string>();
  const itemCodes = new Set<string>();
  const unique = (seen: Set<string>, code: string) => {
    const key = code.toUpperCase();
    if (seen.has(key)) throw ChecklistErrors.duplicateCode(code);
    seen.add(key);
  };
  for (const group of groups) {
    unique(groupCodes, group.code);
    for (const item of group.items) {
      unique(itemCodes, item.code);
      if (item.minValue != null && item.maxValue != null && item.minValue > item.maxValue) {
        throw ChecklistErrors.badBounds(item.code);
      }
    }
  }
}
