import type { EntityManager } from '@mikro-orm/postgresql';
import { parse as parseCookies } from 'cookie';
import type { Request, Response } from 'express';
import { CommonErrors } from '../common/app-error.js';
import type { AppConfig } from '../common/config.js';
import type { Logger } from '../common/logger.js';
import { AuthErrors } from '../features/auth/auth.errors.js';
import { AuthService, SESSION_COOKIE } from '../features/auth/auth.service.js';
import { type Capability, can } from '../features/auth/permissions.js';
import type { User } from '../features/users/user.entity.js';
import { sendHttpError } from './error-response.js';

/**
 * The signed-in user of a plain HTTP request (file and document routes), from the session cookie. A
 * user with a temporary password gets nothing here until it is changed (PASSWORD_CHANGE_REQUIRED).
 */
export async function requestUser(em: EntityManager, config: AppConfig, req: Request): Promise<User> {
  const token = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
  const session = await new AuthService(em, config).resolveSession(token);
  if (!session) throw CommonErrors.unauthenticated();
  if (session.mustChangePassword) throw AuthErrors.passwordChangeRequired();
  return session.user();
}

/**
 * A plain HTTP route for signed-in users holding the capability (the permissions table), with its own
 * EntityManager: `work` gets the request's EntityManager and user; any error is sent with
 * `sendHttpError`. The session and the capability are checked before anything else: a route that takes a body reads it inside `work` (`readBody`),
 * so a stranger's body is never read or parsed.
 */
export function signedInRoute(orm: { em: { fork(): EntityManager } }, config: AppConfig, logger: Logger) {
  return (
    capability: Capability,
    work: (em: EntityManager, user: User, req: Request, res: Response) => Promise<void>,
  ) =>
    async (req: Request, res: Response): Promise<void> => {
      const em = orm.em.fork();
      try {
        const user = await requestUser(em, config, req);
        if (!can(user, capability)) throw CommonErrors.forbidden();
        await work(em, user, req, res);
      } catch (err) {
        sendHttpError(res, err, logger);
      }
    };
}
