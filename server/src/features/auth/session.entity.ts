import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../users/user.entity.js';

/**
 * A signed-in browser. The cookie carries an opaque random token; only its keyed hash is stored,
 * so a copy of the database cannot be used to sign in, and a row can be revoked.
 */
@Entity({ tableName: 'user_session' })
export class UserSession {
  [OptionalProps]?: 'createdAt' | 'revokedAt' | 'userAgent';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @Index()
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'string', length: 300, nullable: true })
  userAgent: string | null = null;
}

/** Sign-in counts per key (the kinds of key are in sign-in-throttle.ts), kept in PostgreSQL so every server instance sees them. */
@Entity({ tableName: 'sign_in_throttle' })
export class SignInThrottle {
  @PrimaryKey({ type: 'string', length: 200 })
  key!: string;

  @Property({ type: 'integer' })
  failures = 0;

  @Property({ type: 'datetime' })
  windowStartedAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  lockedUntil: Date | null = null;
}
