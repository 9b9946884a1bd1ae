import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../common/sql.js';
import { executeSql } from '../../db/read-path/read-rows.js';
import type { User } from '../users/user.entity.js';
import { AppliedOperation } from './applied-operation.entity.js';
import { OperationErrors } from './operations.errors.js';

/** A stable hash of an operation's arguments, keys sorted. */
export function hashArguments(args: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>)
          .filter(([, v]) => v !== undefined)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => [k, canonical(v)]),
      );
    }
    return value;
  };
  return createHash('sha256')
    .update(JSON.stringify(canonical(args)))
    .digest('hex');
}

/**
 * Runs a field write exactly once per operation id (Stripe-style idempotency). The write and the record
 * of its result commit in one transaction, so a response lost after the commit replays safely. Two
 * concurrent retries of one id are serialised by an advisory lock on the id.
 */
export async function applyOnce<T extends Record<string, unknown>>(
  em: EntityManager,
  user: User,
  operationId: string,
  name: string,
  args: unknown,
  apply: (tx: EntityManager) => Promise<T>,
): Promise<{ result: T; replayed: boolean }> {
  const requestHash = hashArguments({ name, args });
  return em.transactional(async (tx) => {
    await executeSql(tx, sql`select pg_advisory_xact_lock(hashtextextended(${operationId}, 0))`);
    const seen = await tx.findOne(AppliedOperation, { id: operationId });
    if (seen) {
      if (seen.requestHash !== requestHash || seen.userId !== user.id) throw OperationErrors.reused();
      return { result: seen.result as T, replayed: true };
    }
    const result = await apply(tx);
    tx.persist(tx.create(AppliedOperation, { id: operationId, userId: user.id, name, requestHash, result }));
    await tx.flush();
    return { result, replayed: false };
  });
}
