import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Router } from 'express';

// The staff web app (src/app, built by `npm run app:build` into dist/app) served at /app/. Hashed assets are
// cached for good; every other path under /app/ is the single-page app's index, which the browser must
// revalidate so a new build is picked up. The CSP allows only Kaira's own origin: the app has no inline
// script or style, talks only to /graphql, and is never framed.
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS = {
  'Content-Security-Policy': APP_CSP,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'X-Robots-Tag': 'noindex, nofollow',
};

/** Serves the built app from appDir, with the index as the fallback of every unknown path (client routes). */
export function appRoute(appDir: string): Router {
  const router = express.Router();
  const index = join(appDir, 'index.html');
  router.use((_req, res, next) => {
    res.set(HEADERS);
    next();
  });
  router.use(
    '/assets',
    express.static(join(appDir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }),
  );
  router.use(express.static(appDir, { index: false, maxAge: 0 }));
  router.use((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.status(405).set('Allow', 'GET, HEAD').end();
      return;
    }
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The web app is not built: run `npm run app:build` and reload.');
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
  return router;
}
