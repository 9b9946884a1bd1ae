import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import { sql } from '../../common/sql.js';
import { readRows } from '../../db/read-path/read-rows.js';
import { roleIn } from './unit-change-role.js';
import { dayBefore, type UnitEvent } from './unit-history.js';
import { UnitChange, type UnitTimelineChange, UnitVersion } from './unit-version.entity.js';

/**
 * A unit's timeline: its dated versions, and the changes that concern it, each told from the unit's
 * side (unit-change-role.ts): the changes that gave it a version, and those that name it as the unit a
 * merge took others into or the receiver of a dissolved unit's tasks, which leave its versions as they were.
 */
export class UnitTimelineService {
  constructor(private readonly em: EntityManager) {}

  versionsOf(unitId: string): Promise<UnitVersion[]> {
    if (!isUuid(unitId)) return Promise.resolve([]);
    return this.em.find(UnitVersion, { unit: unitId }, { orderBy: { validFrom: 'asc' }, populate: ['parent'] });
  }

  async changesOf(unitId: string): Promise<UnitTimelineChange[]> {
    if (!isUuid(unitId)) return [];
    const rows = await readRows<{ id: string }>(
      this.em,
      sql`select id from unit_change
           where unit_ids @> ${JSON.stringify([unitId])}::jsonb
              or event->>'targetId' = ${unitId} or event->>'receiverId' = ${unitId}`,
    );
    const changes = await this.em.find(
      UnitChange,
      { id: { $in: rows.map((r) => r.id) } },
      { orderBy: { effectiveOn: 'asc', createdAt: 'asc' } },
    );
    const told = changes.flatMap((change) => {
      const part = roleIn(change.event as unknown as UnitEvent, unitId);
      return part ? [{ change, ...part }] : [];
    });
    const names = await this.namesAsOf(told.flatMap((t) => t.others));
    return told.map(({ change, role, others }) => ({
      changeId: change.id,
      kind: change.kind,
      role,
      otherUnits: others.map((id) => names(id, change.effectiveOn)),
      effectiveOn: change.effectiveOn,
      basisNumber: change.basisNumber,
      basisDate: change.basisDate,
    }));
  }

  /**
   * The name of each unit as the change found it: its version in force on the change's day, or, for a
   * unit the change ended, on the day before.
   */
  private async namesAsOf(unitIds: string[]): Promise<(id: string, on: string) => string> {
    const ids = [...new Set(unitIds)];
    const versions = ids.length
      ? await readRows<{ unit_id: string; valid_from: string; valid_to: string | null; name: string }>(
          this.em,
          sql`select unit_id, valid_from::text, valid_to::text, name from unit_version
               where unit_id in (${sql.join(
                 ids.map((id) => sql`${id}`),
                 ', ',
               )})`,
        )
      : [];
    const at = (id: string, day: string) =>
      versions.find((v) => v.unit_id === id && v.valid_from <= day && (v.valid_to === null || day <= v.valid_to));
    return (id, on) => (at(id, on) ?? at(id, dayBefore(on)))?.name ?? '';
  }
}
