import type { AuthChecker } from 'type-graphql';
import { CommonErrors } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import type { Role } from '../features/users/role.js';

/**
 * `@Authorized()` means any signed-in user; `@Authorized([roles])` those roles. Anonymous callers get
 * UNAUTHENTICATED, signed-in callers without the role get FORBIDDEN.
 */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  if (!context.viewer) throw CommonErrors.unauthenticated();
  if (roles.length > 0 && !roles.includes(context.viewer.role)) throw CommonErrors.forbidden();
  return true;
};
