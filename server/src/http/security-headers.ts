import type { NextFunction, Request, Response } from 'express';

/**
 * The Content-Security-Policy of the PWA. The built client has no inline script or style element,
 * so only its own origin runs code; `blob:` images are photos and signatures kept on the phone
 * until they are uploaded, and `data:` images are the few icons Vite inlines.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURE_CONTENT_SECURITY_POLICY = `${CONTENT_SECURITY_POLICY}; upgrade-insecure-requests`;

/** One year; sent only on TLS requests, since a browser ignores it over plain HTTP anyway. */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Security headers on every response: the shell, assets, the API and file routes. Routes that serve
 * user files narrow the policy further (`default-src 'none'`). `req.secure` honours X-Forwarded-Proto
 * only when TRUST_PROXY is set, so HSTS cannot be switched on by a forged header.
 */
export function securityHeaders(options: { skipCspFor?: (req: Request) => boolean } = {}) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const secure = req.secure;
    if (!options.skipCspFor?.(req)) {
      res.setHeader('Content-Security-Policy', secure ? SECURE_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
    }
    if (secure) res.setHeader('Strict-Transport-Security', HSTS);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    // The camera is used through <input capture> and the position is asked for on a visit.
    res.setHeader('Permissions-Policy', 'camera=(self), geolocation=(self), microphone=(), payment=(), usb=()');
    next();
  };
}
