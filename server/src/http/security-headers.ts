import type { NextFunction, Request, Response } from 'express';

/**
 * The Content-Security-Policy of the PWA. The built client has no inline script, and no inline style
 * element but the one of a prerendered page (allowed by its hash), so only its own origin runs code; `blob:` images are photos and signatures kept on the phone
 * until they are uploaded, and `data:` images are the few icons Vite inlines.
 */
const directives = (styleSrc: string) => [
  "default-src 'self'",
  "script-src 'self'",
  `style-src ${styleSrc}`,
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
];

/**
 * The policy; `styleHashes`: the SHA-256 (base64) of the one inline style element a prerendered page of
 * the build carries (client/build/prerender-shell.ts), allowed by its hash on that page's response only.
 */
export function contentSecurityPolicy(secure: boolean, styleHashes: readonly string[] = []): string {
  const policy = directives(["'self'", ...styleHashes.map((hash) => `'sha256-${hash}'`)].join(' '));
  if (secure) policy.push('upgrade-insecure-requests');
  return policy.join('; ');
}

const CONTENT_SECURITY_POLICY = contentSecurityPolicy(false);
const SECURE_CONTENT_SECURITY_POLICY = contentSecurityPolicy(true);

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
