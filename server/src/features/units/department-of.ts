import type { EntityManager } from '@mikro-orm/postgresql';
import { Unit } from './unit.entity.js';

/** The department a unit belongs to: the root of the unit tree above it (the unit itself at the root). */
export async function departmentOf(em: EntityManager, unit: Unit): Promise<Unit> {
  let current = unit;
  for (let depth = 0; current.parent && depth < 20; depth += 1) {
    current = await em.findOneOrFail(Unit, { id: current.parent.id });
  }
  return current;
}
