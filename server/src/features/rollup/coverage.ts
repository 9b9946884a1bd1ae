import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../common/sql.js';
import { executeSql } from '../../db/read-rows.js';

/** A unit in the year's scope, and whether an approved visit dated in the year inspected it. */
export interface CoverageUnit {
  unitId: string;
  code: string;
  name: string;
  inspected: boolean;
  /** Approved visits to the unit dated in the year. */
  visits: number;
}

export interface Coverage {
  year: number;
  /** Units under the root (not the root itself) active at any time in the year. */
  inScope: number;
  inspected: number;
  /** inspected / inScope; 0 when nothing is in scope. */
  ratio: number;
  units: CoverageUnit[];
}

/**
 * Coverage of a year over the sub-tree below `rootUnitId` (by default every department in the
 * database): the units in scope are those active at any time in the year; a unit counts as inspected
 * when it has at least one approved visit dated in the year. Computed in one SQL aggregate.
 */
export async function coverage(em: EntityManager, year: number, rootUnitId: string | null = null): Promise<Coverage> {
  const rows = await executeSql<{ unit_id: string; code: string; name: string; visits: string }[]>(
    em,
    sql`with recursive tree as (
       select u.id, 0 as depth from unit u
        where (${rootUnitId}::uuid is null and u.parent_id is null) or u.id = ${rootUnitId}::uuid
       union all
       select c.id, t.depth + 1 from unit c join tree t on c.parent_id = t.id
     )
     select u.id as unit_id, u.code, u.name,
            (select count(*) from visit v
              where v.unit_id = u.id and v.status = 'APPROVED'
                and v.visit_date between make_date(${year}, 1, 1) and make_date(${year}, 12, 31)) as visits
       from tree t join unit u on u.id = t.id
      where t.depth > 0
        and u.active_from <= make_date(${year}, 12, 31)
        and (u.active_to is null or u.active_to >= make_date(${year}, 1, 1))
      order by u.code`,
  );
  const units = rows.map((r) => ({
    unitId: r.unit_id,
    code: r.code,
    name: r.name,
    visits: Number(r.visits),
    inspected: Number(r.visits) > 0,
  }));
  const inspected = units.filter((u) => u.inspected).length;
  return { year, inScope: units.length, inspected, ratio: units.length ? inspected / units.length : 0, units };
}
