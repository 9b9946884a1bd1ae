import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A field write already applied, by its client-generated operation id. A retry with the same id gets
 * the stored result and changes nothing; the same id with other parameters is refused.
 */
@Entity({ tableName: 'applied_operation' })
export class AppliedOperation {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'string', length: 64 })
  name!: string;

  /** SHA-256 of the operation's arguments. */
  @Property({ type: 'string', length: 64 })
  requestHash!: string;

  @Property({ type: 'json' })
  result!: Record<string, unknown>;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
