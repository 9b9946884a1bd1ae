import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../common/app-error.js';
import { sendAppError } from './error-response.js';

/** Content types a cross-site form or a `no-cors` fetch can send without a CORS preflight. */
const SIMPLE_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/** Methods that change nothing; every other one is refused unless a script of this origin could have sent it. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The media type of a request, lower case and without parameters ('' when none is sent). */
export const mediaTypeOf = (req: Request): string =>
  (req.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/**
 * CSRF prevention for every plain HTTP route, as Apollo's does for /graphql: a request that may change
 * something must carry a content type that only a same-origin script can send (the PWA sends
 * application/octet-stream or the image's type), so a page on another site, even a sibling subdomain
 * that the SameSite cookie trusts, cannot post to it. The rule looks at the method only, never at the
 * path: Express matches routes case-insensitively (and a path can be spelled many ways), so a check on
 * a path prefix (`/api/`) let `POST /API/...` through. Mounted after /graphql, which Apollo guards itself.
 */
export function refuseSimpleRequests() {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!SAFE_METHODS.has(req.method)) {
      const type = mediaTypeOf(req);
      if (!type || SIMPLE_TYPES.includes(type)) {
        sendAppError(
          res,
          new AppError(
            'CROSS_SITE_REQUEST_REFUSED',
            'Yêu cầu bị từ chối vì không gửi từ ứng dụng (thiếu kiểu dữ liệu hợp lệ).',
          ),
        );
        return;
      }
    }
    next();
  };
}
