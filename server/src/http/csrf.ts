import type { NextFunction, Request, Response } from 'express';

/** Content types a cross-site form or a `no-cors` fetch can send without a CORS preflight. */
const SIMPLE_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * CSRF prevention for the plain HTTP routes, as Apollo's does for /graphql: a POST under /api must carry a
 * content type that only a same-origin script can send (the PWA sends application/octet-stream), so a
 * page on another site, even a sibling subdomain that the SameSite cookie trusts, cannot post to it.
 * PUT and DELETE always need a preflight, which this server never grants.
 */
export function refuseSimpleRequests() {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method === 'POST' && req.path.startsWith('/api/')) {
      const type = (req.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (!type || SIMPLE_TYPES.includes(type)) {
        res.status(400).json({
          code: 'CROSS_SITE_REQUEST_REFUSED',
          message: 'Yêu cầu bị từ chối vì không gửi từ ứng dụng (thiếu kiểu dữ liệu hợp lệ).',
        });
        return;
      }
    }
    next();
  };
}
