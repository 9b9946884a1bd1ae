import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../common/sql.js';
import { executeSql, readRows } from '../../db/read-path/read-rows.js';
import { recordAudit } from '../audit/audit.service.js';
import { followOpenFindings } from '../findings/finding-follow.js';
import type { User } from '../users/user.entity.js';
import type { UnitChange } from './unit-version.entity.js';
import { UnitErrors } from './units.errors.js';

/*
 * What an organisation change moves (issue 16): the records of the units it ends go to their successor
 * (unit-history.ts handoverOf: a merge's target, a split's first new unit, a dissolution's receiving
 * unit), each move audited as REHOME with the change's day. Plan lines not started yet, the visits confirmed to
 * move, the users and the open findings (followed by the successor; what they were raised against stays).
 */

/** Moves the records of ended units to their successor, each move audited with the change's day. */
export async function moveRecordsToSuccessors(
  em: EntityManager,
  actor: User,
  successor: Map<string, string>,
  effectiveOn: string,
  laterVisitIds: string[],
): Promise<UnitChange['moved']> {
  const moved: UnitChange['moved'] = { planLines: [], visits: laterVisitIds, users: [], findings: [] };
  const rehome = (entityType: string, id: string, from: string, to: string) =>
    recordAudit(em, actor, {
      entityType,
      entityId: id,
      action: 'REHOME',
      before: { unitId: from },
      after: { unitId: to, effectiveOn },
    });
  for (const [from, to] of successor) {
    if (from === to) continue;
    const lines = await readRows<{ id: string; plan_id: string }>(
      em,
      sql`select l.id, l.plan_id from plan_line l join inspection_plan p on p.id = l.plan_id
          left join visit v on v.plan_line_id = l.id
          where l.unit_id = ${from} and p.year >= ${Number(effectiveOn.slice(0, 4))}
            and (v.id is null or v.status = 'PLANNED')`,
    );
    for (const line of lines) {
      const clash = await readRows(
        em,
        sql`select 1 from plan_line where plan_id = ${line.plan_id} and unit_id = ${to}`,
      );
      if (clash.length) throw UnitErrors.rehomeConflict();
      await executeSql(em, sql`update plan_line set unit_id = ${to} where id = ${line.id}`);
      await executeSql(
        em,
        sql`update visit set unit_id = ${to} where plan_line_id = ${line.id} and status = 'PLANNED'`,
      );
      moved.planLines.push(line.id);
      rehome('PlanLine', line.id, from, to);
    }
    if (laterVisitIds.length) {
      const visits = await readRows<{ id: string }>(
        em,
        sql`update visit set unit_id = ${to} where unit_id = ${from} and id in (${sql.join(
          laterVisitIds.map((id) => sql`${id}`),
          ', ',
        )}) returning id`,
      );
      for (const v of visits) rehome('Visit', v.id, from, to);
    }
    const users = await readRows<{ id: string }>(
      em,
      sql`update app_user set unit_id = ${to} where unit_id = ${from} returning id`,
    );
    for (const u of users) {
      moved.users.push(u.id);
      rehome('User', u.id, from, to);
    }
    for (const f of await followOpenFindings(em, from, to)) {
      moved.findings?.push(f.id);
      rehome('Finding', f.id, from, to);
    }
  }
  return moved;
}
