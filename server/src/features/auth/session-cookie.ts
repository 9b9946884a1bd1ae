import type { CookieOptions, Request } from 'express';
import type { AppConfig } from '../../common/config.js';

/**
 * The session cookie's attributes: never readable by scripts, not sent on cross-site subrequests or
 * posts, and Secure whenever the request came over TLS (`req.secure` trusts X-Forwarded-Proto only
 * with TRUST_PROXY) or COOKIE_SECURE says so (the production default).
 */
export function sessionCookieOptions(config: Pick<AppConfig, 'cookieSecure'>, req: Request): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: config.cookieSecure || req.secure, path: '/' };
}
