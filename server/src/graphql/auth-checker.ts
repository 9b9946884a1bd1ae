import type { AuthChecker } from 'type-graphql';
import type { Role } from '../features/users/role.js';
import type { RequestContext } from './context.js';
import { CommonErrors } from './errors.js';

/**
 * `@Authorized()` means any signed-in user; `@Authorized([roles])` those roles. Anonymous callers get
 * UNAUTHENTICATED, signed-in callers without the role get FORBIDDEN.
 */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  if (!context.viewer) throw CommonErrors.unauthenticated();
  if (roles.length > 0 && !roles.includes(context.viewer.role)) throw CommonErrors.forbidden();
  return true;
};
