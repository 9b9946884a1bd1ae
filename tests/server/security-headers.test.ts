import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-data.js';
import { SIGN_IN, startTestApp, type TestApp } from '../helpers/test-app.js';
import { zipOf } from '../helpers/zip.js';

/** A stand-in for the built PWA, so the headers of the shell and of assets are checked without a build. */
const clientDist = mkdtempSync(path.join(tmpdir(), 'kycuong-client-'));
mkdirSync(path.join(clientDist, 'assets'));
writeFileSync(
  path.join(clientDist, 'index.html'),
  '<!doctype html><script type="module" src="/assets/app.js"></script>',
);
writeFileSync(path.join(clientDist, 'assets', 'app.js'), 'console.log(1);');
writeFileSync(path.join(clientDist, 'sw.js'), 'self.addEventListener("fetch", () => {});');

let direct: TestApp;
let proxied: TestApp;
beforeAll(async () => {
  [direct, proxied] = await Promise.all([
    startTestApp({ CLIENT_DIST: clientDist }),
    startTestApp({ CLIENT_DIST: clientDist, TRUST_PROXY: 'true' }),
  ]);
});
afterAll(async () => {
  await Promise.all([direct?.close(), proxied?.close()]);
  rmSync(clientDist, { recursive: true, force: true });
});

function directives(csp: string | null): Map<string, string> {
  return new Map(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name = '', ...values] = d.split(/\s+/);
        return [name, values.join(' ')];
      }),
  );
}

const graphql = (url: string, headers: Record<string, string> = {}, query = '{ me { id } }', variables = {}) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });

const signIn = (url: string, headers: Record<string, string> = {}) =>
  graphql(url, headers, SIGN_IN, { input: { username: 'vanphong', password: DEMO_PASSWORD } });

describe('security headers', () => {
  const routes: [string, (url: string) => Promise<Response>][] = [
    ['the HTML shell', (url) => fetch(`${url}/`, { headers: { accept: 'text/html' } })],
    ['a deep link to the shell', (url) => fetch(`${url}/ke-hoach`, { headers: { accept: 'text/html' } })],
    ['a static asset', (url) => fetch(`${url}/assets/app.js`)],
    ['the service worker', (url) => fetch(`${url}/sw.js`)],
    ['the GraphQL API', (url) => graphql(url)],
    ['a file route', (url) => fetch(`${url}/api/files/7d6f6c2e-8d0a-4b7e-9a55-3e0f4f3c2a11`)],
    ['an export route', (url) => fetch(`${url}/api/registers/index-results/2021.xlsx`)],
    ['the health check', (url) => fetch(`${url}/healthz`)],
  ];

  it.each(routes)('%s has a strict CSP, nosniff, a referrer policy and no framing', async (_name, request) => {
    const res = await request(direct.url);
    expect(res.status).toBeLessThan(500);
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('style-src')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'none'");
    expect([...csp.values()].join(' ')).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('x-powered-by')).toBeNull();
    // plain HTTP: no HSTS, which would be ignored anyway
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('lets the PWA show photos kept on the phone (blob:) and nothing from other origins', async () => {
    const csp = directives((await fetch(`${direct.url}/`)).headers.get('content-security-policy'));
    expect(csp.get('img-src')).toBe("'self' blob: data:");
    expect(csp.get('connect-src')).toBe("'self'");
    expect(csp.get('worker-src')).toBe("'self'");
  });
});

describe('behind TLS', () => {
  it('sends HSTS and upgrade-insecure-requests when a trusted proxy says the request came over HTTPS', async () => {
    const res = await fetch(`${proxied.url}/`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(res.headers.get('content-security-policy')).toMatch(/upgrade-insecure-requests/);
    const plain = await fetch(`${proxied.url}/`);
    expect(plain.headers.get('strict-transport-security')).toBeNull();
  });

  it('ignores X-Forwarded-Proto unless TRUST_PROXY is set', async () => {
    const res = await fetch(`${direct.url}/`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('the session cookie', () => {
  it('is HttpOnly and SameSite=Lax, and Secure only over TLS', async () => {
    const plain = (await signIn(proxied.url)).headers.get('set-cookie') ?? '';
    expect(plain).toMatch(/^kc_session=/);
    expect(plain).toMatch(/; HttpOnly/i);
    expect(plain).toMatch(/; SameSite=Lax/i);
    expect(plain).not.toMatch(/; Secure/i);

    const tls = (await signIn(proxied.url, { 'x-forwarded-proto': 'https' })).headers.get('set-cookie') ?? '';
    expect(tls).toMatch(/; HttpOnly/i);
    expect(tls).toMatch(/; SameSite=Lax/i);
    expect(tls).toMatch(/; Secure/i);

    const forged = (await signIn(direct.url, { 'x-forwarded-proto': 'https' })).headers.get('set-cookie') ?? '';
    expect(forged).not.toMatch(/; Secure/i);
  });
});

describe('upload routes', () => {
  it.each([
    ['a checklist import', '/api/checklists/7d6f6c2e-8d0a-4b7e-9a55-3e0f4f3c2a11/draft-xlsx'],
    ['a register import', '/api/registers/index-results/2021/import'],
  ])('%s over its size limit gets 413 with a code, as JSON, before the body is parsed', async (_name, route) => {
    const office = await direct.as('vanphong');
    const res = await fetch(`${direct.url}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', cookie: office.cookie ?? '' },
      body: new Uint8Array(6 * 1024 * 1024),
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(await res.json()).toMatchObject({ code: 'REQUEST_TOO_LARGE', message: 'Tệp gửi lên quá lớn: tối đa 5 MB.' });
  });

  it.each([
    ['a checklist import', '/api/checklists/7d6f6c2e-8d0a-4b7e-9a55-3e0f4f3c2a11/draft-xlsx'],
    ['a register import preview', '/api/registers/index-results/2021/import-preview'],
  ])('%s refuses an .xlsx that unpacks to too much (a zip bomb) with 413', async (_name, route) => {
    const bomb = zipOf('xl/worksheets/sheet1.xml', Buffer.alloc(80 * 1024 * 1024), 1000);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const office = await direct.as('vanphong');
    const res = await fetch(`${direct.url}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', cookie: office.cookie ?? '' },
      body: new Uint8Array(bomb),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: 'FILE_UNPACKS_TOO_LARGE' });
  });

  it.each([
    ['text/plain', { 'content-type': 'text/plain' }],
    ['a form', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['no content type', {}],
  ])('refuses a POST that a cross-site page could send (%s), as CSRF prevention', async (_name, headers) => {
    const caller = await direct.as('vanphong');
    const res = await fetch(`${direct.url}/api/registers/index-results/2021/import`, {
      method: 'POST',
      headers: { ...headers, cookie: caller.cookie ?? '' },
      body: new Uint8Array(Buffer.from('Năm,Chỉ số\n2021,SIPAS\n')),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'CROSS_SITE_REQUEST_REFUSED' });
  });
});
