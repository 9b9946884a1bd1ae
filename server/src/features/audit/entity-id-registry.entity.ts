import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Every id of a record that appears in the audit trail, with the record's type, filled by a database
 * trigger on insert (Migration20261206050000): an id a client chooses can belong to one record only, and
 * the audit trail of an id is read for the type it belongs to. Declared so that the schema the entities
 * describe is the schema the migrations make; the application only reads it.
 */
@Entity({ tableName: 'entity_id_registry' })
export class EntityIdRegistration {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 64 })
  entityType!: string;
}
