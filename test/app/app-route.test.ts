import { APP_CSP } from '../../src/web/app-route';
import { startKaira, type Kaira } from '../support/kaira';
import { ensureAppBuilt } from './browser';

// Kaira serves the built web app at /app/ (src/web/app-route.ts): the index for every client route, hashed
// assets cached for good, and headers that keep it to its own origin.
let kaira: Kaira;
let base: string;

beforeAll(async () => {
  await ensureAppBuilt();
  kaira = await startKaira();
  base = `http://127.0.0.1:${kaira.server.port}`;
}, 120_000);
afterAll(async () => {
  await kaira.close();
});

test('every client route gets the index, revalidated, with the CSP', async () => {
  for (const path of ['/app/', '/app', '/app/login', '/app/eduro-guidance/clients/123']) {
    const response = await fetch(`${base}${path}`);
    expect([path, response.status]).toEqual([path, 200]);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(await response.text()).toContain('<div id="root"></div>');
  }
});

test('the CSP allows nothing but Kaira itself: no inline script or style, no other origin, no framing', () => {
  expect(APP_CSP).not.toContain('unsafe-inline');
  expect(APP_CSP).not.toContain('unsafe-eval');
  expect(APP_CSP).toContain("frame-ancestors 'none'");
  expect(APP_CSP).toContain("connect-src 'self'");
});

test('hashed assets are cached for good; a missing asset is 404, not the index', async () => {
  const index = await (await fetch(`${base}/app/`)).text();
  const script = /src="(\/app\/assets\/[^"]+\.js)"/.exec(index)![1]!;
  const asset = await fetch(`${base}${script}`);
  expect(asset.status).toBe(200);
  expect(asset.headers.get('cache-control')).toContain('immutable');
  expect((await fetch(`${base}/app/assets/missing-abc123.js`)).status).toBe(404);
});

test('the root sends to the app; other methods than GET are refused', async () => {
  const root = await fetch(`${base}/`, { redirect: 'manual' });
  expect(root.status).toBe(302);
  expect(root.headers.get('location')).toBe('/app/');
  expect((await fetch(`${base}/app/login`, { method: 'POST' })).status).toBe(405);
});
