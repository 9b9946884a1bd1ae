import { CommonErrors } from '../../common/app-error.js';
import type { RequestContext } from '../../common/request-context.js';
import type { User } from './user.entity.js';
import type { Viewer } from './viewer.js';

// The signed-in user's part of every request's context, declared here beside its types so that
// common/ names no feature (declaration merging, as Express's `Request` gets its `user`).
declare module '../../common/request-context.js' {
  interface RequestContext {
    /** Who is signed in, as authorization needs it (id, role, unit); null when nobody is. */
    viewer: Viewer | null;
    /**
     * The signed-in user as an entity of `em`. It is mapped on first read, so a request that needs only
     * the viewer (a list read) does not pay for the entity.
     */
    readonly user: User | null;
  }
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
