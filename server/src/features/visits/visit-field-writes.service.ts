import { isMinutesSignature, storedText } from '@kycuong/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import { todayLocalDate } from '../../common/local-date.js';
import { entityTypeOf } from '../../db/entity-ids.js';
import { recordAudit } from '../audit/audit.service.js';
import type { ChecklistVersion } from '../checklists/checklist.entity.js';
import { ChecklistErrors } from '../checklists/checklists.errors.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { FindingErrors } from '../findings/findings.errors.js';
import { TeamMember, TeamRole } from '../plans/plan.entity.js';
import type { User } from '../users/user.entity.js';
import { Attachment, AttachmentKind, type Visit, VisitStatus } from './visit.entity.js';
import { recordVisitChange } from './visit-audit.js';
import { visitDateProblem } from './visit-date.js';
import { fieldWrite, itemOfVisit, visitForFieldWrite } from './visit-field-write.js';
import { readProblems } from './visit-problems.js';
import { plannedChecklist } from './visit-reads.js';
import { VisitErrors } from './visits.errors.js';
import type {
  AttachFileInput,
  FieldWriteInput,
  RemoveAttachmentInput,
  SetAttendeesInput,
  SetConclusionInput,
  SetUnitCommentsInput,
  StartVisitInput,
  SubmitVisitInput,
} from './visits.inputs.js';

/**
 * The field writes of a visit itself, by a member of its team: start it, set its attendees, the unit's
 * comments and the conclusion, attach and remove photos and signatures, submit it. Answers are written by
 * VisitAnswersService, findings by FieldFindingsService.
 */
export class VisitFieldWritesService {
  constructor(private readonly em: EntityManager) {}

  /** Starts a planned visit on the latest published version of the plan's checklist, which it then keeps. */
  async start(user: User, input: StartVisitInput): Promise<void> {
    await fieldWrite(this.em, user, input.operationId, 'startVisit', input, async (em) => {
      const visit = await visitForFieldWrite(em, user, input.visitId, [VisitStatus.PLANNED]);
      const version = await checklistToStartOn(em, visit, input.templateVersionId ?? null);
      const now = new Date();
      // The phone's time is taken only when its date can be true; a few minutes ahead on the same day is
      // brought back to now.
      const given = input.startedAt ?? now;
      await em.populate(visit, ['team']);
      const problem = visitDateProblem(todayLocalDate(given), visit.team.year, todayLocalDate(now));
      if (problem) throw VisitErrors.dateImpossible(problem);
      const startedAt = given <= now ? given : now;
      visit.status = VisitStatus.IN_PROGRESS;
      visit.templateVersion = version;
      visit.startedAt = startedAt;
      visit.visitDate = todayLocalDate(startedAt);
      visit.startLatitude = input.latitude ?? null;
      visit.startLongitude = input.longitude ?? null;
      recordVisitChange(em, user, visit, {
        action: 'START',
        before: { status: VisitStatus.PLANNED },
        after: { status: visit.status, checklistVersion: version.number, startedAt: startedAt.toISOString() },
      });
    });
  }

  async setAttendees(user: User, input: SetAttendeesInput): Promise<void> {
    const attendees = input.attendees.map((a) => ({
      name: a.name.normalize('NFC').trim(),
      position: storedText(a.position),
      side: a.side,
    }));
    await this.setVisitField(user, input, 'setAttendees', 'SET_ATTENDEES', 'attendees', attendees);
  }

  async setConclusion(user: User, input: SetConclusionInput): Promise<void> {
    const conclusion = storedText(input.conclusion);
    await this.setVisitField(user, input, 'setConclusion', 'SET_CONCLUSION', 'conclusion', conclusion);
  }

  async setUnitComments(user: User, input: SetUnitCommentsInput): Promise<void> {
    const unitComments = storedText(input.unitComments);
    await this.setVisitField(user, input, 'setUnitComments', 'SET_UNIT_COMMENTS', 'unitComments', unitComments);
  }

  /** Sets one of the visit's own fields as a field write, its value before and after in the audit entry. */
  private async setVisitField<K extends 'attendees' | 'conclusion' | 'unitComments'>(
    user: User,
    input: FieldWriteInput,
    operation: string,
    action: string,
    field: K,
    value: Visit[K],
  ): Promise<void> {
    await fieldWrite(this.em, user, input.operationId, operation, input, async (em) => {
      const visit = await visitForFieldWrite(em, user, input.visitId);
      const before = { [field]: visit[field] };
      visit[field] = value;
      recordVisitChange(em, user, visit, { action, before, after: { [field]: visit[field] } });
    });
  }

  /** Attaches an uploaded photo or signature; a new signature replaces the previous one of its kind. */
  async attach(user: User, input: AttachFileInput): Promise<void> {
    await fieldWrite(this.em, user, input.operationId, 'attachFile', input, async (em) => {
      if (input.kind === AttachmentKind.REMEDIATION) throw VisitErrors.attachmentNotFound();
      const visit = await visitForFieldWrite(em, user, input.visitId);
      const item = input.itemId ? await itemOfVisit(em, visit, input.itemId) : null;
      const file = isUuid(input.fileId) ? await em.findOne(StoredFile, { id: input.fileId }) : null;
      if (!file || file.uploadedBy.id !== user.id) throw VisitErrors.fileNotFound();
      if ((await entityTypeOf(em, input.attachmentId)) !== null) throw VisitErrors.attachmentIdTaken();
      if (input.kind === AttachmentKind.SIGNATURE_SECRETARY && !(await hasSecretary(em, visit))) {
        throw VisitErrors.noSecretary();
      }
      if (isMinutesSignature(input.kind)) {
        const previous = await em.find(Attachment, { visit, kind: input.kind });
        for (const p of previous) em.remove(p);
      }
      const attachment = em.create(Attachment, {
        id: input.attachmentId,
        visit,
        item: input.kind === AttachmentKind.PHOTO ? item : null,
        kind: input.kind,
        file,
        caption: storedText(input.caption),
        createdBy: user,
      });
      em.persist(attachment);
      recordAudit(em, user, {
        entityType: 'Attachment',
        entityId: attachment.id,
        visitId: visit.id,
        action: 'ATTACH',
        after: { kind: input.kind, itemCode: item?.code ?? null, sha256: file.sha256, size: file.size },
      });
    });
  }

  async removeAttachment(user: User, input: RemoveAttachmentInput): Promise<void> {
    await fieldWrite(this.em, user, input.operationId, 'removeAttachment', input, async (em) => {
      const visit = await visitForFieldWrite(em, user, input.visitId);
      const attachment = isUuid(input.attachmentId)
        ? await em.findOne(Attachment, { id: input.attachmentId, visit }, { populate: ['file'] })
        : null;
      if (!attachment) throw VisitErrors.attachmentNotFound();
      em.remove(attachment);
      recordAudit(em, user, {
        entityType: 'Attachment',
        entityId: attachment.id,
        visitId: visit.id,
        action: 'REMOVE',
        before: { kind: attachment.kind, sha256: attachment.file.sha256 },
      });
    });
  }

  /** Submits for review; refused with the list of what is missing. */
  async submit(user: User, input: SubmitVisitInput): Promise<void> {
    await fieldWrite(this.em, user, input.operationId, 'submitVisit', input, async (em) => {
      const visit = await visitForFieldWrite(em, user, input.visitId);
      const problems = await readProblems(em, visit);
      const unworded = problems.filter((p) => p.code === 'FOUND_TEXT_MISSING').map((p) => p.itemCode ?? '');
      // A finding that does not say what was found has its own code: the document would state nothing.
      if (unworded.length > 0) throw FindingErrors.foundTextRequired(unworded, problems);
      if (problems.length > 0) throw VisitErrors.incomplete(problems);
      const before = { status: visit.status };
      visit.status = VisitStatus.SUBMITTED;
      visit.submittedAt = new Date();
      recordVisitChange(em, user, visit, {
        action: 'SUBMIT',
        before,
        after: { status: visit.status },
      });
    });
  }
}

/** Whether the visit's team has a secretary, who then signs the minutes too. */
async function hasSecretary(em: EntityManager, visit: Visit): Promise<boolean> {
  return (await em.count(TeamMember, { team: visit.team, role: TeamRole.SECRETARY })) > 0;
}

/**
 * The checklist version a planned visit starts on: the one the phone downloaded, if it is a published
 * version of the plan's checklist (so answers made offline fit), else the latest published one.
 */
async function checklistToStartOn(
  em: EntityManager,
  visit: Visit,
  wantedVersionId: string | null,
): Promise<ChecklistVersion> {
  const version = await plannedChecklist(em, visit, wantedVersionId);
  if (!version) throw ChecklistErrors.noPublishedVersion();
  return version;
}
