import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { JobSender } from '../jobs/job-queue.js';
import type { AppConfig } from './config.js';
import type { Logger } from './logger.js';

/**
 * What every resolver gets: one EntityManager fork per request and the signed-in user, if any. The
 * signed-in user's fields (`viewer`, `user`) are declared by features/users/signed-in.ts, which owns
 * their types, so this layer names no feature; graphql/context.ts builds the whole of it.
 */
export interface RequestContext {
  em: EntityManager;
  /** The id of the session row behind the cookie, to sign out or keep on password change. */
  sessionId: string | null;
  /** The signed-in user has a temporary password: every operation but changing it is refused. */
  passwordChangeRequired: boolean;
  req: Request;
  res: Response;
  config: AppConfig;
  logger: Logger;
  /** The background job queue, to ask for a job (an evidence pack) to be run. */
  jobs: JobSender;
  /** An error shaped exactly as the GraphQL response's `formatError` shapes it (the sync batch's writes). */
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
}

/**
 * The same request's context on another EntityManager (a transaction's). It keeps the prototype, so
 * the `user` getter of a `GraphQLRequestContext` still answers; a spread would drop it.
 */
export function withEntityManager(ctx: RequestContext, em: EntityManager): RequestContext {
  return Object.assign(Object.create(Object.getPrototypeOf(ctx)) as RequestContext, ctx, { em });
}
