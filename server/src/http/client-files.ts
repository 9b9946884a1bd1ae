import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';

/**
 * Serves the built PWA at `/`. Hashed assets are cached for a year; the shell, the service worker
 * and the manifest are revalidated every time so that an update is seen. Unknown paths get the shell.
 */
export function serveClient(app: Express, clientDist: string | null): boolean {
  if (!clientDist || !existsSync(path.join(clientDist, 'index.html'))) return false;
  app.use(
    express.static(clientDist, {
      index: false,
      setHeaders(res, filePath) {
        const rel = path.relative(clientDist, filePath);
        res.setHeader(
          'Cache-Control',
          rel.startsWith(`assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
        if (rel === 'sw.js') res.setHeader('Service-Worker-Allowed', '/');
      },
    }),
  );
  app.use((req, res, next) => {
    if (req.method !== 'GET' || !req.accepts('html') || path.extname(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(clientDist, 'index.html'));
  });
  return true;
}
