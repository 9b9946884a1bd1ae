import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError } from './app-error.js';
import { type ErrorCode, httpStatusOf } from './error-codes.js';

/**
 * PostgreSQL unreachable for a moment (restarting, failing over, out of connections) is not a bug in
 * the request: it is answered 503 with a code and a Vietnamese message, so a phone keeps its writes and
 * sends them again with backoff. The pool opens new connections by itself once the database is back.
 */

export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE' satisfies ErrorCode;

export const databaseUnavailable = () =>
  new AppError(
    DATABASE_UNAVAILABLE,
    'Máy chủ tạm thời không kết nối được cơ sở dữ liệu. Dữ liệu vẫn được giữ trên máy của bạn; máy sẽ tự gửi lại sau ít phút.',
  );

/** SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown, starting up). */
const SQLSTATE = /^(08|57P0[1-4]|53300)/;
const ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/**
 * Messages of the `pg` driver and knex that carry no code. knex ends a transaction whose connection
 * died, and the next query of that transaction fails with "Transaction query already complete".
 */
const MESSAGE =
  /Connection terminated|connection error and is not queryable|Client was closed and is not queryable|Timeout acquiring a connection|terminating connection due to|Transaction query already complete/i;

/** Whether the error (or what it wraps) says the database could not be reached, not that the query was wrong. */
export function isConnectionError(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const e = current as {
      code?: unknown;
      message?: unknown;
      name?: unknown;
      originalError?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    if (typeof e.code === 'string' && (SQLSTATE.test(e.code) || ERRNO.has(e.code))) return true;
    if (e.name === 'ConnectionException' || e.name === 'KnexTimeoutError') return true;
    if (typeof e.message === 'string' && MESSAGE.test(e.message)) return true;
    // A failed connect to "localhost" tries each address and reports them together (AggregateError).
    if (Array.isArray(e.errors) && e.errors.some((inner) => isConnectionError(inner))) return true;
    current = e.originalError ?? e.cause;
  }
  return false;
}

/** The AppError to answer with instead of `error`, when the database was unreachable. */
export function asDatabaseUnavailable(error: unknown): AppError | null {
  return isConnectionError(error) ? databaseUnavailable() : null;
}

/** GraphQL: the error shaped for the client, when it is a connection error (used by formatError). */
export function formatConnectionError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | null {
  if (!isConnectionError(error)) return null;
  const unavailable = databaseUnavailable();
  return { message: unavailable.message, path: formatted.path, extensions: { code: unavailable.code } };
}

/** GraphQL: a response carrying a connection error gets HTTP 503, like the file routes. */
export const databaseUnavailablePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, errors }) {
        if (errors?.some((e) => isConnectionError(e))) response.http.status = httpStatusOf(DATABASE_UNAVAILABLE);
      },
    };
  },
};

/**
 * Wraps the GraphQL context factory: a session lookup that cannot reach the database becomes a
 * GraphQLError with HTTP 503 (Apollo reads `extensions.http`), instead of a 500.
 */
export function withDatabaseUnavailable<A extends unknown[], R>(
  factory: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await factory(...args);
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      const unavailable = databaseUnavailable();
      throw new GraphQLError(unavailable.message, {
        originalError: error as Error,
        extensions: { code: unavailable.code, http: { status: httpStatusOf(unavailable.code) } },
      });
    }
  };
}
