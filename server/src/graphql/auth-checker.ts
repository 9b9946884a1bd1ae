import type { AuthChecker } from 'type-graphql';
import { CommonErrors } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { type Capability, can } from '../features/auth/permissions.js';

/**
 * `@Authorized()` means any signed-in user; `@Authorized(Capability.X)` those holding that capability
 * in the permissions table (several listed: any one of them). Anonymous callers get UNAUTHENTICATED,
 * signed-in callers without the capability get FORBIDDEN.
 */
export const authChecker: AuthChecker<RequestContext, Capability> = ({ context }, capabilities) => {
  const viewer = context.viewer;
  if (!viewer) throw CommonErrors.unauthenticated();
  if (capabilities.length > 0 && !capabilities.some((capability) => can(viewer, capability))) {
    throw CommonErrors.forbidden();
  }
  return true;
};
