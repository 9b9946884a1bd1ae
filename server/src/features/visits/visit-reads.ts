import { teamInRoleOrder } from '@kycuong/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import type { PageArgs } from '../../common/paging.js';
import { sharedRead } from '../../db/read-path/shared-read.js';
import { Capability, can } from '../auth/permissions.js';
import { ChecklistItem, ChecklistVersion, ChecklistVersionStatus } from '../checklists/checklist.entity.js';
import { ChecklistsService } from '../checklists/checklists.service.js';
import { Finding } from '../findings/finding.entity.js';
import { TeamMember } from '../plans/plan.entity.js';
import { Role } from '../users/role.js';
import { User } from '../users/user.entity.js';
import type { Viewer } from '../users/viewer.js';
import { answerBatchOf } from './answer-batch.js';
import { Attachment, ReviewComment, Visit, VisitAnswer, VisitConflict, VisitStatus } from './visit.entity.js';
import { canSeeVisit, EDITABLE_STATUSES, isTeamMember } from './visit-access.js';
import { readVisitList, type VisitListRow, type VisitListSelection } from './visit-list.js';
import { type VisitFilter, visitFilterSql } from './visit-page.js';
import type { VisitTeamMember, VisitUnitHead } from './visit-people.js';
import { problemsOf } from './visit-problems.js';
import type { VisitProgress } from './visit-progress.js';
import { VisitProgressLoader } from './visit-progress-loader.js';
import { VisitErrors } from './visits.errors.js';

/**
 * The reads behind the visit queries and the fields of a shown visit. Every `Visit` entity handed to
 * GraphQL comes from here (`get`, `afterWrite`, `ofPlanLine`) with its unit and team loaded, which the
 * `unit` and `team` fields read as they are; only `afterWrite`'s bare reference lacks them, given to a
 * caller that asks for the id alone.
 */
export class VisitReads {
  constructor(private readonly em: EntityManager) {}

  /**
   * Visits the viewer may see, newest plans first; a filter narrows them. `selection`: what to read (see
   * readVisitList), everything when null.
   */
  async list(
    viewer: Viewer,
    filter: VisitFilter = {},
    selection: VisitListSelection | null = null,
    page: PageArgs | null = null,
  ): Promise<VisitListRow[]> {
    const where = visitFilterSql(viewer, filter);
    if (!where) return [];
    return readVisitList(
      this.em,
      where,
      // v.id last: a total order, so that pages neither repeat nor skip a visit.
      'coalesce(v.visit_date, make_date(2000, coalesce(l.planned_month, 1), 1)) desc, v.created_at desc, v.id',
      selection,
      page,
    );
  }

  /** One visit, if the user may see it; otherwise the same "not found" as for a wrong id. */
  async get(user: User, id: string): Promise<Visit> {
    const visit = isUuid(id) ? await this.em.findOne(Visit, { id }, { populate: ['unit', 'team'] }) : null;
    if (!visit || !(await canSeeVisit(this.em, user, visit))) throw VisitErrors.notFound();
    return visit;
  }

  /**
   * The visit as it now is, for a mutation's answer. The write ran in a transaction of its own, whose
   * entities were merged into this EntityManager: they are forgotten, so the visit and its fields are
   * read afresh. `idOnly`: the caller asks only for the id, as a queued write replayed by `syncBatch`
   * does (`{ id }`), and gets a reference, without reading the visit and the team membership again for
   * each of a batch's hundreds of writes. The write itself checked that the user may see the visit.
   */
  async afterWrite(user: User, visitId: string, idOnly: boolean): Promise<Visit> {
    // A sync batch's run of answers keeps its unflushed writes in the identity map until the run ends.
    if (!answerBatchOf(this.em)?.holdsWrites()) this.em.clear();
    return idOnly ? this.em.getReference(Visit, visitId) : this.get(user, visitId);
  }

  /** The visit of a plan line, if it has one. */
  ofPlanLine(lineId: string): Promise<Visit | null> {
    return this.em.findOne(Visit, { planLine: lineId }, { populate: ['unit', 'team'] });
  }

  // Reads for the GraphQL fields of a visit.

  /** A shown visit's answers, shared with its other fields resolving in the same tick (`sharedRead`). */
  answers(visit: Visit): Promise<VisitAnswer[]> {
    return sharedRead(this.em, `visit-answers:${visit.id}`, () =>
      this.em.find(VisitAnswer, { visit }, { populate: ['item'] }),
    );
  }

  /** A shown visit's photos and signatures, shared like `answers`. */
  attachments(visit: Visit): Promise<Attachment[]> {
    return sharedRead(this.em, `visit-attachments:${visit.id}`, () =>
      this.em.find(Attachment, { visit }, { populate: ['file'], orderBy: { createdAt: 'asc' } }),
    );
  }

  /** A shown visit's checklist version, shared like `answers`. */
  checklistVersion(versionId: string): Promise<ChecklistVersion> {
    return sharedRead(this.em, `checklist-version:${versionId}`, () =>
      new ChecklistsService(this.em).getVersion(versionId),
    );
  }

  /** For a planned visit, the checklist version it would start on now (to take it offline). */
  async plannedTemplateVersion(visit: Visit): Promise<ChecklistVersion | null> {
    const version = await plannedChecklist(this.em, visit);
    return version ? new ChecklistsService(this.em).getVersion(version.id) : null;
  }

  findings(visit: Visit): Promise<Finding[]> {
    return this.em.find(Finding, { visit }, { orderBy: { createdAt: 'asc' } });
  }

  reviewComments(visit: Visit): Promise<ReviewComment[]> {
    return this.em.find(ReviewComment, { visit }, { orderBy: { createdAt: 'asc' } });
  }

  conflicts(visit: Visit): Promise<VisitConflict[]> {
    return this.em.find(VisitConflict, { visit }, { populate: ['item', 'losingUser'], orderBy: { createdAt: 'asc' } });
  }

  /** Findings of earlier approved visits to the same unit, open or not, to verify at this visit. */
  previousFindings(visit: Visit): Promise<Finding[]> {
    return this.em.find(
      Finding,
      {
        responsibleUnit: visit.unit,
        visit: {
          id: { $ne: visit.id },
          status: VisitStatus.APPROVED,
          visitDate: { $lt: visit.visitDate ?? '9999-12-31' },
        },
      },
      { orderBy: { status: 'asc', createdAt: 'desc' } },
    );
  }

  /**
   * What still stops a shown visit from being submitted: its checklist version, answers, attachments and findings
   * are the reads its other fields make in the same tick (`sharedRead`), not a second copy of each.
   */
  async shownProblems(visit: Visit) {
    if (!visit.templateVersion) return [];
    const [version, answers, attachments, findings] = await Promise.all([
      this.checklistVersion(visit.templateVersion.id),
      this.answers(visit),
      this.attachments(visit),
      this.findings(visit),
    ]);
    return problemsOf(visit, version, answers, attachments, findings);
  }

  /** Whether the viewer may do field work on a visit of this team and status now. */
  async canEdit(viewer: Viewer, teamId: string, status: VisitStatus): Promise<boolean> {
    if (!can(viewer, Capability.VISIT_CONDUCT) || !(await isTeamMember(this.em, viewer.id, teamId))) return false;
    return status === VisitStatus.PLANNED || EDITABLE_STATUSES.includes(status);
  }

  /** A started visit's progress, read with the other visits of the request that ask in the same tick. */
  progress(visitId: string): Promise<VisitProgress> {
    return VisitProgressLoader.of(this.em).load(visitId);
  }

  /** The team's members by role then name, as the minutes list them. */
  async teamMembers(teamId: string): Promise<VisitTeamMember[]> {
    const members = await this.em.find(TeamMember, { team: teamId }, { populate: ['user'] });
    return teamInRoleOrder(members.map((m) => ({ fullName: m.user.fullName, role: m.role })));
  }

  /** The active heads of a unit, by name: the minutes' unit attendees and signer when none was typed. */
  async unitHeads(unitId: string): Promise<VisitUnitHead[]> {
    const heads = await this.em.find(
      User,
      { role: Role.UNIT_HEAD, unit: unitId, active: true },
      { orderBy: { fullName: 'asc', id: 'asc' } },
    );
    return heads.map((u) => ({ fullName: u.fullName }));
  }

  // Names and codes the fields of a visit's answers, comments, conflicts and attachments show.

  async userName(userId: string): Promise<string> {
    return (await this.em.findOneOrFail(User, { id: userId })).fullName;
  }

  async itemCode(itemId: string): Promise<string> {
    return (await this.em.findOneOrFail(ChecklistItem, { id: itemId })).code;
  }

  async attachmentSha256(attachmentId: string): Promise<string> {
    return (await this.em.findOneOrFail(Attachment, { id: attachmentId }, { populate: ['file'] })).file.sha256;
  }
}

/** What `startVisit` would use now; null when the plan's checklist has no published version. */
export async function plannedChecklist(
  em: EntityManager,
  visit: Visit,
  wantedVersionId: string | null = null,
): Promise<ChecklistVersion | null> {
  const line = visit.planLine ? await em.findOne(Visit, { id: visit.id }, { populate: ['planLine.plan'] }) : null;
  const templateId = line?.planLine?.plan.template.id;
  if (!templateId) return null;
  if (wantedVersionId && isUuid(wantedVersionId)) {
    const wanted = await em.findOne(ChecklistVersion, {
      id: wantedVersionId,
      template: templateId,
      status: ChecklistVersionStatus.PUBLISHED,
    });
    if (wanted) return wanted;
  }
  return new ChecklistsService(em).latestPublished(templateId, em);
}
