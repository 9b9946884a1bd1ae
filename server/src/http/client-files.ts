import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { languageOfCookies } from '@kycuong/rules';
import express, { type Express, type Request, type Response } from 'express';
import { SESSION_COOKIE } from '../features/auth/auth.service.js';
import { contentSecurityPolicy } from './security-headers.js';

/** Text files of the build; each has a gzip -9 copy `<file>.gz` beside it (client/build/precompress.ts). */
const COMPRESSIBLE = /\.(js|css|html|svg|webmanifest)$/;
const HAS_SESSION = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=[^;]`);
/** A visit's address (App.tsx's route; early-start/boot.ts repeats it too). */
const VISIT_PATH = /^\/cuoc-kiem-tra\/[^/]+\/?$/;

/**
 * The prerendered page for an address (client/build/prerender-shell.ts): sign-in without a session
 * cookie, a visit's frame on a visit's address, the app's frame otherwise; each in English (`*.en.html`)
 * when the language cookie asks for it. A cookie may have expired: the app then draws sign-in over the
 * frame, as it does offline. Builds without these pages get index.html.
 */
function shellPage(req: Request, exists: (rel: string) => boolean): string {
  const page = !HAS_SESSION.test(req.headers.cookie ?? '')
    ? 'shell-sign-in'
    : VISIT_PATH.test(req.path)
      ? 'shell-visit'
      : 'index';
  if (languageOfCookies(req.headers.cookie) === 'en' && exists(`${page}.en.html`)) return `${page}.en.html`;
  return exists(`${page}.html`) ? `${page}.html` : 'index.html';
}

const INLINE_STYLE = /<style>([\s\S]*?)<\/style>/;
const styleHashes = new Map<string, { mtimeMs: number; hash: string | null }>();

/** The SHA-256 (base64) of a page's inline style element, for its CSP; read again when the file changes. */
function inlineStyleHash(file: string): string | null {
  const { mtimeMs } = statSync(file);
  const known = styleHashes.get(file);
  if (known?.mtimeMs === mtimeMs) return known.hash;
  const style = INLINE_STYLE.exec(readFileSync(file, 'utf8'))?.[1];
  const hash = style === undefined ? null : createHash('sha256').update(style).digest('base64');
  styleHashes.set(file, { mtimeMs, hash });
  return hash;
}

/**
 * Serves the built PWA at `/`. Hashed assets are cached for a year; the shell, the service worker
 * and the manifest are revalidated every time so that an update is seen. Unknown paths get the shell.
 * Browsers that accept gzip get the precompressed copy: on a slow phone network the app's JavaScript
 * is the bulk of the first load.
 */
export function serveClient(app: Express, clientDist: string | null): boolean {
  if (!clientDist || !existsSync(path.join(clientDist, 'index.html'))) return false;
  // Looked up on each request, not once at start: a rebuild of the client must not leave stale names.
  const gzipped = (rel: string) => COMPRESSIBLE.test(rel) && existsSync(path.join(clientDist, `${rel}.gz`));
  const cacheControl = (rel: string) =>
    rel.startsWith(`assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';

  /** Sends `rel` (a file of the build), gzipped when there is a copy and the browser takes it. */
  const send = (req: Request, res: Response, rel: string) => {
    res.setHeader('Cache-Control', cacheControl(rel));
    if (!gzipped(rel)) return res.sendFile(path.join(clientDist, rel));
    res.vary('Accept-Encoding');
    if (!req.acceptsEncodings('gzip')) return res.sendFile(path.join(clientDist, rel));
    res.setHeader('Content-Encoding', 'gzip');
    res.type(path.extname(rel));
    return res.sendFile(path.join(clientDist, `${rel}.gz`));
  };

  app.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    // A normalized absolute path never climbs above `/`, so `rel` stays inside clientDist.
    const rel = path.normalize(req.path).replace(/^[/\\]+/, '');
    if (!gzipped(rel)) return next();
    send(req, res, rel);
  });
  app.use(
    express.static(clientDist, {
      index: false,
      setHeaders(res, filePath) {
        const rel = path.relative(clientDist, filePath);
        res.setHeader('Cache-Control', cacheControl(rel));
        if (rel === 'sw.js') res.setHeader('Service-Worker-Allowed', '/');
      },
    }),
  );
  app.use((req, res, next) => {
    if (req.method !== 'GET' || !req.accepts('html') || path.extname(req.path)) return next();
    res.vary('Cookie');
    const page = shellPage(req, (rel) => existsSync(path.join(clientDist, rel)));
    const hash = page.startsWith('index.') ? null : inlineStyleHash(path.join(clientDist, page));
    if (hash && res.getHeader('Content-Security-Policy'))
      res.setHeader('Content-Security-Policy', contentSecurityPolicy(req.secure, [hash]));
    send(req, res, page);
  });
  return true;
}
