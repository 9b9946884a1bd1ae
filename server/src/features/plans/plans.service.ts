import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import { todayLocalDate } from '../../common/local-date.js';
import { sql } from '../../common/sql.js';
import { executeSql } from '../../db/read-path/read-rows.js';
import { auditFields, recordAudit } from '../audit/audit.service.js';
import { Capability, can } from '../auth/permissions.js';
import { ChecklistTemplate } from '../checklists/checklist.entity.js';
import { notify } from '../notifications/notify.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { Visit, VisitStatus } from '../visits/visit.entity.js';
import { InspectionPlan, InspectionTeam, PlanLine, TeamMember, TeamRole } from './plan.entity.js';
import { type PlanMonthProgress, planProgress } from './plan-progress.js';
import { keptPlannedDay, plannedDayProblem } from './planned-day.js';
import { PlanErrors } from './plans.errors.js';
import type { CreatePlanInput, PlanLineInput, SaveTeamInput, UpdatePlanLineInput } from './plans.inputs.js';

export class PlansService {
  constructor(private readonly em: EntityManager) {}

  teams(year: number | null | undefined): Promise<InspectionTeam[]> {
    return this.em.find(InspectionTeam, year ? { year } : {}, {
      populate: ['members', 'members.user'],
      orderBy: { year: 'desc', name: 'asc' },
    });
  }

  async saveTeam(actor: User, input: SaveTeamInput): Promise<InspectionTeam> {
    const leads = input.members.filter((m) => m.role === TeamRole.LEAD).length;
    if (leads !== 1) throw PlanErrors.teamNeedsOneLead();
    if (new Set(input.members.map((m) => m.userId)).size !== input.members.length) throw PlanErrors.memberTwice();
    const teamId = await this.em.transactional(async (em) => {
      const users = await em.find(User, { id: { $in: input.members.map((m) => m.userId).filter(isUuid) } });
      if (users.length !== input.members.length) throw PlanErrors.memberNotFound();
      const notInspector = users.find((u) => !can(u, Capability.VISIT_CONDUCT) || !u.active);
      if (notInspector) throw PlanErrors.memberNotInspector(notInspector.fullName);

      let team: InspectionTeam;
      let before: Record<string, unknown> | null = null;
      if (input.id) {
        const existing = isUuid(input.id)
          ? await em.findOne(InspectionTeam, { id: input.id }, { populate: ['members'] })
          : null;
        if (!existing) throw PlanErrors.teamNotFound();
        team = existing;
        before = describeTeam(team);
        team.members.removeAll();
        await em.flush();
      } else {
        team = em.create(InspectionTeam, { year: input.year, name: '', decisionNumber: '', decisionDate: '' });
        em.persist(team);
      }
      team.year = input.year;
      team.name = input.name.trim();
      team.decisionNumber = input.decisionNumber;
      team.decisionDate = input.decisionDate;
      for (const m of input.members) {
        team.members.add(em.create(TeamMember, { team, user: m.userId, role: m.role }));
      }
      recordAudit(em, actor, {
        entityType: 'InspectionTeam',
        entityId: team.id,
        action: input.id ? 'UPDATE' : 'CREATE',
        before,
        after: describeTeam(team),
      });
      return team.id;
    });
    this.em.clear();
    return this.em.findOneOrFail(InspectionTeam, { id: teamId }, { populate: ['members', 'members.user'] });
  }

  plans(year: number | null | undefined): Promise<InspectionPlan[]> {
    return this.em.find(InspectionPlan, year ? { year } : {}, { orderBy: { year: 'desc', documentDate: 'desc' } });
  }

  async plan(id: string): Promise<InspectionPlan> {
    const plan = isUuid(id) ? await this.em.findOne(InspectionPlan, { id }) : null;
    if (!plan) throw PlanErrors.planNotFound();
    return plan;
  }

  lines(planId: string): Promise<PlanLine[]> {
    return this.em.find(
      PlanLine,
      { plan: planId },
      { populate: ['unit', 'team'], orderBy: { plannedMonth: 'asc', plannedDate: 'asc', unit: { name: 'asc' } } },
    );
  }

  async createPlan(actor: User, input: CreatePlanInput): Promise<InspectionPlan> {
    return this.em.transactional(async (em) => {
      const template = isUuid(input.templateId) ? await em.findOne(ChecklistTemplate, { id: input.templateId }) : null;
      if (!template) throw PlanErrors.templateNotFound();
      const plan = em.create(InspectionPlan, {
        year: input.year,
        title: input.title.trim(),
        documentNumber: input.documentNumber,
        documentDate: input.documentDate,
        template,
      });
      em.persist(plan);
      recordAudit(em, actor, {
        entityType: 'InspectionPlan',
        entityId: plan.id,
        action: 'CREATE',
        after: {
          year: plan.year,
          title: plan.title,
          documentNumber: plan.documentNumber,
          documentDate: plan.documentDate,
        },
      });
      return plan;
    });
  }

  /** Adds a unit to the plan; its visit exists from now on, planned, assigned to the team. */
  async addLine(actor: User, input: PlanLineInput): Promise<PlanLine> {
    try {
      return await this.em.transactional(async (em) => {
        const plan = isUuid(input.planId) ? await em.findOne(InspectionPlan, { id: input.planId }) : null;
        if (!plan) throw PlanErrors.planNotFound();
        const unit = isUuid(input.unitId) ? await em.findOne(Unit, { id: input.unitId }) : null;
        if (!unit) throw PlanErrors.unitNotFound();
        if (
          unit.activeFrom > `${plan.year}-12-31` ||
          (unit.activeTo !== null && unit.activeTo < `${plan.year}-01-01`)
        ) {
          throw PlanErrors.unitNotActiveInYear();
        }
        const team = await this.teamForYear(em, input.teamId, plan.year);
        if (await em.count(PlanLine, { plan, unit })) throw PlanErrors.unitAlreadyPlanned();
        const plannedDate = checkedPlannedDay(plan.year, input.plannedMonth, input.plannedDate ?? null);
        const line = em.create(PlanLine, { plan, unit, team, plannedMonth: input.plannedMonth, plannedDate });
        em.persist(line);
        const visit = em.create(Visit, { id: randomUUID(), planLine: line, unit, team });
        em.persist(visit);
        await notify(em, { kind: 'VISIT_PLANNED', visitId: visit.id, actorId: actor.id });
        recordAudit(em, actor, {
          entityType: 'InspectionPlan',
          entityId: plan.id,
          action: 'ADD_LINE',
          after: { unit: unit.code, plannedMonth: line.plannedMonth, plannedDate, team: team.name },
        });
        return line;
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw PlanErrors.unitAlreadyPlanned();
      throw err;
    }
  }

  /**
   * Moves a line to another month, day or team; the team can change only before the visit starts. The
   * day is kept unless changed (keptPlannedDay), so an edit of the month or team carries it over.
   */
  async updateLine(actor: User, input: UpdatePlanLineInput): Promise<PlanLine> {
    return this.em.transactional(async (em) => {
      const line = isUuid(input.lineId)
        ? await em.findOne(PlanLine, { id: input.lineId }, { populate: ['plan', 'team', 'unit'] })
        : null;
      if (!line) throw PlanErrors.lineNotFound();
      const visit = await em.findOne(Visit, { planLine: line });
      const team = await this.teamForYear(em, input.teamId, line.plan.year);
      const plannedDate = checkedPlannedDay(
        line.plan.year,
        input.plannedMonth,
        keptPlannedDay(line, input.plannedMonth, input.plannedDate),
      );
      const before = { plannedMonth: line.plannedMonth, plannedDate: line.plannedDate, team: line.team.name };
      if (team.id !== line.team.id) {
        if (visit && visit.status !== VisitStatus.PLANNED) throw PlanErrors.lineStarted();
        line.team = team;
        if (visit) visit.team = team;
        if (visit) await notify(em, { kind: 'VISIT_PLANNED', visitId: visit.id, actorId: actor.id });
      }
      line.plannedMonth = input.plannedMonth;
      line.plannedDate = plannedDate;
      recordAudit(em, actor, {
        entityType: 'InspectionPlan',
        entityId: line.plan.id,
        action: 'UPDATE_LINE',
        before: { unit: line.unit.code, ...before },
        after: { unit: line.unit.code, plannedMonth: line.plannedMonth, plannedDate, team: team.name },
      });
      return line;
    });
  }

  async removeLine(actor: User, lineId: string): Promise<boolean> {
    return this.em.transactional(async (em) => {
      const line = isUuid(lineId) ? await em.findOne(PlanLine, { id: lineId }, { populate: ['plan', 'unit'] }) : null;
      if (!line) throw PlanErrors.lineNotFound();
      const visit = await em.findOne(Visit, { planLine: line });
      if (visit && visit.status !== VisitStatus.PLANNED) throw PlanErrors.lineStarted();
      if (visit) em.remove(visit);
      em.remove(line);
      recordAudit(em, actor, {
        entityType: 'InspectionPlan',
        entityId: line.plan.id,
        action: 'REMOVE_LINE',
        before: { unit: line.unit.code, plannedMonth: line.plannedMonth },
      });
      return true;
    });
  }

  async progress(plan: InspectionPlan): Promise<PlanMonthProgress[]> {
    const rows = await executeSql<{ planned_month: number; status: VisitStatus | null }[]>(
      this.em,
      sql`select l.planned_month, v.status from plan_line l left join visit v on v.plan_line_id = l.id where l.plan_id = ${plan.id}`,
    );
    return planProgress(
      plan.year,
      rows.map((r) => ({ plannedMonth: r.planned_month, status: r.status ?? VisitStatus.PLANNED })),
      todayLocalDate(),
    );
  }

  private async teamForYear(em: EntityManager, teamId: string, year: number): Promise<InspectionTeam> {
    const team = isUuid(teamId) ? await em.findOne(InspectionTeam, { id: teamId }) : null;
    if (!team) throw PlanErrors.teamNotFound();
    if (team.year !== year) throw PlanErrors.teamYearMismatch();
    return team;
  }
}

/** The day, checked against the plan's year and the line's month (planned-day.ts). */
function checkedPlannedDay(year: number, month: number, date: string | null): string | null {
  if (date === null) return null;
  const problem = plannedDayProblem(year, month, date);
  if (problem === 'OUT_OF_YEAR') throw PlanErrors.dateOutOfYear(year);
  if (problem === 'MONTH_MISMATCH') throw PlanErrors.dateMonthMismatch(month);
  return date;
}

function describeTeam(team: InspectionTeam): Record<string, unknown> {
  return {
    ...auditFields(team, ['year', 'name', 'decisionNumber', 'decisionDate']),
    members: team.members.getItems().map((m) => ({ userId: m.user.id, role: m.role })),
  };
}
