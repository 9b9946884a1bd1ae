import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../common/ids.js';
import { sql } from '../common/sql.js';
import { executeSql } from './read-path/read-rows.js';

/**
 * The entity type (as the audit trail names it) of the record that uses `id`, or null when no record
 * does. Ids are unique across entity types (entity_id_registry, Migration20261206050000), so a phone
 * that picks an id for a new record is refused one used by any other record, of any type.
 */
export async function entityTypeOf(em: EntityManager, id: string): Promise<string | null> {
  if (!isUuid(id)) return null;
  const [row] = await executeSql<{ type: string }[]>(
    em,
    sql`select entity_type as type from entity_id_registry where id = ${id}`,
  );
  return row?.type ?? null;
}
