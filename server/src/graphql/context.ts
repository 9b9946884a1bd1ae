import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config.js';
import type { User } from '../features/users/user.entity.js';
import type { Logger } from '../logger.js';
import { CommonErrors } from './errors.js';

/** What every resolver gets: one EntityManager fork per request and the signed-in user, if any. */
export interface RequestContext {
  em: EntityManager;
  user: User | null;
  /** The id of the session row behind the cookie, to sign out or keep on password change. */
  sessionId: string | null;
  req: Request;
  res: Response;
  config: AppConfig;
  logger: Logger;
}

/** The signed-in user of a resolver already guarded by `@Authorized`. */
export function signedInUser(ctx: RequestContext): User {
  if (!ctx.user) throw CommonErrors.unauthenticated();
  return ctx.user;
}
