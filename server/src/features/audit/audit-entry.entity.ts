import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../users/role.js';

/**
 * One change to a template, plan, visit, answer or finding: who, when, before and after. Append-only:
 * database triggers refuse UPDATE, DELETE and TRUNCATE on this table, and each entry is chained to the
 * one before it by an HMAC under AUDIT_KEY, with signed anchors of the head kept outside the database,
 * so an edit or deletion made around the triggers is found by `pnpm cli audit verify`.
 */
@ObjectType({ description: 'Nhật ký thay đổi' })
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['entityType', 'entityId'] })
export class AuditEntry {
  [OptionalProps]?:
    | 'at'
    | 'reason'
    | 'before'
    | 'after'
    | 'actorId'
    | 'actorName'
    | 'visitId'
    | 'chainSeq'
    | 'prevHash'
    | 'hash'
    | 'hashKind';

  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  at: Date = new Date();

  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  actorName: string | null = null;

  @Field(() => String)
  @Property({ type: 'string', length: 64 })
  entityType!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  entityId!: string;

  /** The visit the change belongs to, so a visit's history includes its answers and findings. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  visitId: string | null = null;

  @Field(() => String)
  @Property({ type: 'string', length: 64 })
  action!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Property({ type: 'json', nullable: true })
  before: Record<string, unknown> | null = null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Property({ type: 'json', nullable: true })
  after: Record<string, unknown> | null = null;

  /** The actor's role now, so a reader sees who did it (resolved when read: audit-references.ts). */
  @Field(() => Role, { nullable: true })
  @Property({ persist: false })
  actorRole?: Role | null;

  /**
   * The checklist item an entry names by its code (an answer, a photo, a finding from a failed item),
   * as people know it: "1.3 Niêm yết ..." (resolved when read: audit-references.ts).
   */
  @Field(() => String, { nullable: true })
  @Property({ persist: false })
  itemLabel?: string | null;

  /**
   * The entry's place in the tamper-evident chain, the hash of the entry before it and its own hash.
   * Set when the transaction commits (audit-seal.ts), never by a service; `at` is then the time of the seal.
   */
  @Property({ type: 'bigint', nullable: true, unique: true })
  chainSeq: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  prevHash: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  hash: string | null = null;

  /** `hmac-sha256` (keyed with AUDIT_KEY), or `sha256` for entries sealed before the key existed. */
  @Property({ type: 'string', length: 16, nullable: true })
  hashKind: string | null = null;
}
