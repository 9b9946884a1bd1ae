import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../common/sql.js';
import { executeSql } from '../../db/read-path/read-rows.js';
import type { UnitEvent } from '../units/unit-history.js';
import type { Coverage } from './coverage.js';
import type { ComplianceFigure, RollupAttentionUnit, RollupUnit } from './rollup.types.js';
import type { TodayStructure } from './rollup-sql.js';
import { ontoToday, originalsOf, type TodayRow, todayPlaces } from './today-structure.js';

/*
 * The per-unit rows of a roll-up in today's structure (issue 16, item 4): the year's rows, computed as
 * it was, regrouped under today's units by today-structure.ts. Totals never come from here: they are the
 * year's, over its own units once each.
 */

/** Today's units and where the past is shown among them, for one roll-up. */
export interface TodayView extends TodayStructure {
  /** Every unit as it stands today (its row: its latest version). */
  units: Map<string, { id: string; code: string; name: string }>;
  /** The units of today in the roll-up's sub-tree; null over everything. */
  within: Set<string> | null;
}

/** The organisation's changes as recorded, in the order they were applied, and today's tree. */
export async function todayView(em: EntityManager, root: string | null): Promise<TodayView> {
  const [changes, units] = await Promise.all([
    executeSql<{ event: UnitEvent }[]>(em, sql`select event from unit_change order by effective_on, created_at`),
    executeSql<{ id: string; code: string; name: string; parent_id: string | null }[]>(
      em,
      sql`select id, code, name, parent_id from unit`,
    ),
  ]);
  let within: Set<string> | null = null;
  if (root) {
    within = new Set([root]);
    // Parents before children is not guaranteed: repeat until nothing new joins.
    for (let grew = true; grew; ) {
      grew = false;
      for (const u of units) {
        if (u.parent_id && within.has(u.parent_id) && !within.has(u.id)) {
          within.add(u.id);
          grew = true;
        }
      }
    }
  }
  return {
    places: todayPlaces(changes.map((c) => c.event)),
    units: new Map(units.map((u) => [u.id, { id: u.id, code: u.code, name: u.name }])),
    within,
  };
}

/** The year's units whose past a unit of today carries (for the records behind its row). */
export const originalUnits = (view: TodayView, todayId: string): string[] => originalsOf(view.places, todayId);

/** A row's unit of today, marked when it holds a split unit's past, with the year's units it holds. */
function todayUnit<T extends { unitId: string; name: string }>(view: TodayView, group: TodayRow<T>): RollupUnit {
  const unit = view.units.get(group.todayId);
  return {
    id: group.todayId,
    code: unit?.code ?? '',
    name: unit?.name ?? '',
    sharedPast: group.shared,
    formerUnits: [...new Set(group.rows.filter((r) => r.unitId !== group.todayId).map((r) => r.name))],
  };
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'vi');

/** Today's units some of whose past was not inspected in the year; formerUnits names those of the year. */
export function todayNotInspected(cover: Coverage, view: TodayView): RollupUnit[] {
  const missing = cover.units.filter((u) => !u.inspected);
  return ontoToday(missing, view.places, view.within)
    .map((group) => todayUnit(view, group))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** Compliance by unit of today: the counts and points of the year's units it carries, added up. */
export function todayComplianceByUnit(byUnit: readonly ComplianceFigure[], view: TodayView): ComplianceFigure[] {
  const rows = byUnit.map((figure) => ({ ...figure, unitId: figure.key, name: figure.label }));
  return ontoToday(rows, view.places, view.within)
    .map((group) => {
      const unit = todayUnit(view, group);
      const sum = (pick: (f: ComplianceFigure) => number) => group.rows.reduce((s, f) => s + pick(f), 0);
      const passedPoints = sum((f) => f.passedPoints);
      const applicablePoints = sum((f) => f.applicablePoints);
      return {
        key: unit.id,
        label: unit.name,
        groupCode: null,
        passed: sum((f) => f.passed),
        failed: sum((f) => f.failed),
        notApplicable: sum((f) => f.notApplicable),
        passedPoints,
        applicablePoints,
        ratio: applicablePoints > 0 ? passedPoints / applicablePoints : null,
        sharedPast: unit.sharedPast,
        formerUnits: unit.formerUnits,
      };
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
}

/** One unit of the year as the attention list counts it, before the list is filtered. */
export interface AttentionFacts {
  unitId: string;
  code: string;
  name: string;
  visits: number;
  overdue: number;
  failed: number;
  passedPoints: number;
  applicablePoints: number;
}

/**
 * The attention list in today's structure: each unit of today with the facts of the year's units it
 * carries added up, kept and ranked as the SQL ranks the year's units (rollup-attention.ts).
 */
export function todayAttention(facts: readonly AttentionFacts[], view: TodayView): RollupAttentionUnit[] {
  return ontoToday(facts, view.places, view.within)
    .map((group) => {
      const sum = (pick: (f: AttentionFacts) => number) => group.rows.reduce((s, f) => s + pick(f), 0);
      const applicable = sum((f) => f.applicablePoints);
      return {
        unit: todayUnit(view, group),
        visits: sum((f) => f.visits),
        overdueFindings: sum((f) => f.overdue),
        failedAnswers: sum((f) => f.failed),
        complianceRatio: applicable > 0 ? sum((f) => f.passedPoints) / applicable : null,
      };
    })
    .filter((r) => r.visits === 0 || r.overdueFindings > 0 || (r.complianceRatio !== null && r.complianceRatio < 1))
    .sort(
      (a, b) =>
        Number(b.visits === 0) - Number(a.visits === 0) ||
        b.overdueFindings - a.overdueFindings ||
        (a.complianceRatio ?? Number.POSITIVE_INFINITY) - (b.complianceRatio ?? Number.POSITIVE_INFINITY) ||
        byName(a.unit, b.unit) ||
        a.unit.id.localeCompare(b.unit.id),
    );
}
