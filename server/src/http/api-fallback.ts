import type { NextFunction, Request, Response, Router } from 'express';
import { AppError, type ErrorCodeOf } from '../common/app-error.js';
import { sendAppError } from './error-response.js';

/** The plain HTTP API's own paths, in any letter case (Express matches routes case-insensitively). */
const API_PATH = /^\/api(\/|$)/i;

export const RouteErrors = {
  notFound: () => new AppError('NOT_FOUND', 'Không tìm thấy địa chỉ được yêu cầu.'),
  methodNotAllowed: (method: string) =>
    new AppError('METHOD_NOT_ALLOWED', `Địa chỉ này không nhận phương thức ${method}.`),
};

export type RouteErrorCode = ErrorCodeOf<typeof RouteErrors>;

/**
 * After every router of a feature: a path it serves, asked with a method it does not take, answers 405
 * JSON with `Allow`, instead of falling through to the client shell or Express's HTML page.
 */
export function refuseOtherMethods(router: Router): Router {
  const allowed = new Map<string, Set<string>>();
  for (const layer of router.stack as { route?: { path: string; methods: Record<string, boolean> } }[]) {
    if (!layer.route) continue;
    const methods = allowed.get(layer.route.path) ?? new Set<string>();
    for (const method of Object.keys(layer.route.methods)) methods.add(method.toUpperCase());
    if (methods.has('GET')) methods.add('HEAD');
    allowed.set(layer.route.path, methods);
  }
  for (const [path, methods] of allowed) {
    const allow = [...methods].sort().join(', ');
    router.all(path, (req: Request, res: Response) => {
      res.setHeader('Allow', allow);
      sendAppError(res, RouteErrors.methodNotAllowed(req.method));
    });
  }
  return router;
}

/**
 * Unknown paths answer JSON `{ code: 'NOT_FOUND', message }` with 404: before the client's files, any
 * `/api` path (so the app shell is never sent for a mistyped API call); at the very end, anything left.
 */
export function notFound(options: { apiOnly: boolean }) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (options.apiOnly && !API_PATH.test(req.path)) {
      next();
      return;
    }
    sendAppError(res, RouteErrors.notFound());
  };
}
