import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config.js';
import type { ResolvedSession } from '../features/auth/auth.service.js';
import type { User } from '../features/users/user.entity.js';
import type { Viewer } from '../features/users/viewer.js';
import type { Logger } from '../logger.js';
import { CommonErrors } from './errors.js';

/** What every resolver gets: one EntityManager fork per request and the signed-in user, if any. */
export interface RequestContext {
  em: EntityManager;
  /** Who is signed in, as authorization needs it (id, role, unit); null when nobody is. */
  viewer: Viewer | null;
  /**
   * The signed-in user as an entity of `em`. It is mapped on first read, so a request that needs only
   * the viewer (a list read) does not pay for the entity.
   */
  readonly user: User | null;
  /** The id of the session row behind the cookie, to sign out or keep on password change. */
  sessionId: string | null;
  /** The signed-in user has a temporary password: every operation but changing it is refused. */
  passwordChangeRequired: boolean;
  req: Request;
  res: Response;
  config: AppConfig;
  logger: Logger;
}

/**
 * The context of one GraphQL request. `user` is a getter of the class, not an own property: Apollo
 * copies the context's own properties into a new object of the same prototype for each operation,
 * which would read (and so map) the user of every request if it were an own getter.
 */
export class GraphQLRequestContext implements RequestContext {
  readonly viewer: Viewer | null;
  readonly sessionId: string | null;
  readonly passwordChangeRequired: boolean;

  constructor(
    readonly em: EntityManager,
    readonly session: ResolvedSession | null,
    readonly req: Request,
    readonly res: Response,
    readonly config: AppConfig,
    readonly logger: Logger,
  ) {
    this.viewer = session?.viewer ?? null;
    this.sessionId = session?.sessionId ?? null;
    this.passwordChangeRequired = session?.mustChangePassword ?? false;
  }

  get user(): User | null {
    return this.session?.user() ?? null;
  }
}

/**
 * The same request's context on another EntityManager (a transaction's). It keeps the prototype, so
 * the `user` getter of a `GraphQLRequestContext` still answers; a spread would drop it.
 */
export function withEntityManager(ctx: RequestContext, em: EntityManager): RequestContext {
  return Object.assign(Object.create(Object.getPrototypeOf(ctx)) as RequestContext, ctx, { em });
}

/** The viewer of a resolver already guarded by `@Authorized`. */
export function signedInViewer(ctx: RequestContext): Viewer {
  if (!ctx.viewer) throw CommonErrors.unauthenticated();
  return ctx.viewer;
}

/** The signed-in user of a resolver already guarded by `@Authorized`. */
export function signedInUser(ctx: RequestContext): User {
  if (!ctx.user) throw CommonErrors.unauthenticated();
  return ctx.user;
}
