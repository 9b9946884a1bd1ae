import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLCaller } from '../helpers/test-app.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { zipArchive } from '../helpers/zip.js';

/*
 * The plain HTTP routes (issue 13, items 2, 4 and 15): one CSRF rule whatever the path's case, each
 * route's own content type, the session before the body, archives checked before any reader, and JSON
 * answers for unknown paths and methods.
 */

/** A stand-in for the built PWA, so that an unknown /api path is seen not to get the app shell. */
const clientDist = mkdtempSync(path.join(tmpdir(), 'kycuong-client-'));
writeFileSync(path.join(clientDist, 'index.html'), '<!doctype html><title>Kỷ cương</title>');

let t: TestApp;
let office: GraphQLCaller;

beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist });
  office = await t.as('vanphong');
});
afterAll(async () => {
  await t?.close();
  rmSync(clientDist, { recursive: true, force: true });
});

async function send(
  method: string,
  route: string,
  options: { caller?: GraphQLCaller | null; type?: string | null; body?: Buffer; accept?: string } = {},
) {
  const headers: Record<string, string> = {};
  if (options.type) headers['content-type'] = options.type;
  if (options.caller?.cookie) headers.cookie = options.caller.cookie;
  if (options.accept) headers.accept = options.accept;
  const res = await fetch(`${t.url}${route}`, {
    method,
    headers,
    body: options.body ? new Uint8Array(options.body) : undefined,
  });
  const text = await res.text();
  let json: Record<string, unknown> | null = null;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {}
  return { status: res.status, json, text, headers: res.headers };
}

const indexResults = async (year: number) =>
  Number((await t.sql<{ n: string }>('select count(*) as n from index_result where year = ?', [year]))[0]?.n);

const SIPAS_CSV = Buffer.from('Chỉ số;Tổng điểm;Xếp hạng;Ghi chú;Điểm thành phần\r\nSIPAS;"85,5";3;;\r\n', 'utf8');
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/i;

describe('CSRF: one rule for every state-changing request, whatever the path looks like', () => {
  it.each([
    '/API/registers/index-results/2030/import',
    '/Api/Registers/Index-Results/2030/Import',
    '/api/REGISTERS/index-results/2030/import',
    '/api/registers/index-results/2030/import',
  ])('refuses a same-site form post to %s and imports nothing', async (route) => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', null]) {
      const res = await send('POST', route, { caller: office, type, body: SIPAS_CSV });
      expect(res.status, `${route} ${type}`).toBe(400);
      expect(res.json).toMatchObject({ code: 'CROSS_SITE_REQUEST_REFUSED' });
    }
    expect(await indexResults(2030)).toBe(0);
  });

  it.each(['PUT', 'PATCH', 'DELETE'])('refuses a simple %s anywhere, even on paths with no route', async (method) => {
    for (const route of [`/API/files/${randomUUID()}`, '/khong-co', '/api/khong-co']) {
      const res = await send(method, route, { caller: office, type: 'text/plain', body: Buffer.from('x') });
      expect(res.status, `${method} ${route}`).toBe(400);
      expect(res.json).toMatchObject({ code: 'CROSS_SITE_REQUEST_REFUSED' });
    }
  });
});

describe('each route takes only its own content type', () => {
  it.each([
    ['POST', '/api/registers/index-results/2031/import', 'application/json'],
    ['POST', '/api/registers/index-results/2031/import-preview', 'image/png'],
    ['POST', '/api/checklists/7d6f6c2e-8d0a-4b7e-9a55-3e0f4f3c2a11/draft-xlsx', 'text/csv'],
    ['PUT', `/api/files/${randomUUID()}`, 'application/json'],
  ])('%s %s with %s gets 415 with a code and a Vietnamese message', async (method, route, type) => {
    const res = await send(method, route, { caller: office, type, body: SIPAS_CSV });
    expect(res.status).toBe(415);
    expect(res.json?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(String(res.json?.message)).toMatch(VIETNAMESE);
    expect(await indexResults(2031)).toBe(0);
  });

  it('still takes the type the PWA sends, and a CSV as text/csv', async () => {
    const res = await send('POST', '/api/registers/index-results/2032/import', {
      caller: office,
      type: 'text/csv; charset=utf-8',
      body: SIPAS_CSV,
    });
    expect(res.status).toBe(200);
    expect(await indexResults(2032)).toBe(1);
  });
});

describe('the session and the role come before the body', () => {
  const bomb = zipArchive([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(80 * 1024 * 1024), claimedSize: 9 }]);
  it.each([
    ['/api/registers/index-results/2033/import'],
    ['/api/registers/index-results/2033/import-preview'],
    ['/api/checklists/7d6f6c2e-8d0a-4b7e-9a55-3e0f4f3c2a11/draft-xlsx'],
  ])('%s: a stranger gets 401 and a signed-in reader 403, without the body being unpacked', async (route) => {
    const stranger = await send('POST', route, { type: 'application/octet-stream', body: bomb });
    expect(stranger.status).toBe(401);
    expect(stranger.json?.code).toBe('UNAUTHENTICATED');
    const inspector = await send('POST', route, {
      caller: await t.as('kiemtra'),
      type: 'application/octet-stream',
      body: bomb,
    });
    expect(inspector.status).toBe(403);
    expect(inspector.json?.code).toBe('FORBIDDEN');
    // A stranger's oversized body is not read either: refused for the session, not for its size.
    const big = await send('POST', route, { type: 'application/octet-stream', body: Buffer.alloc(6 * 1024 * 1024) });
    expect(big.status).toBe(401);
  });
});

describe('archives are checked before any reader sees them', () => {
  async function sipasXlsx(): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sổ');
    sheet.addRow(['Chỉ số', 'Tổng điểm', 'Xếp hạng', 'Ghi chú', 'Điểm thành phần']);
    sheet.addRow(['SIPAS', 85.5, 3, '', '']);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
  const junk = Buffer.from('JUNK'.repeat(1000));

  it.each([
    ['/api/registers/index-results/2034/import-preview'],
    ['/api/registers/index-results/2034/import'],
    ['/api/checklists/7d6f6c2e-8d0a-4b7e-9a55-3e0f4f3c2a11/draft-xlsx'],
  ])('%s refuses an .xlsx with bytes before it (read by exceljs all the same) with 422', async (route) => {
    const prefixed = Buffer.concat([junk, await sipasXlsx()]);
    const res = await send('POST', route, { caller: office, type: 'application/octet-stream', body: prefixed });
    expect(res.status).toBe(422);
    expect(res.json?.code).toBe('FILE_ARCHIVE_INVALID');
    expect(String(res.json?.message)).toMatch(VIETNAMESE);
    expect(await indexResults(2034)).toBe(0);
  });

  // Made while the tests are collected: deflating 100 MB blocks the event loop for seconds, and a
  // keep-alive connection the server closes meanwhile would fail the next request for no reason here.
  const hidden = zipArchive(
    [{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(100 * 1024 * 1024), claimedSize: 10 }],
    { before: Buffer.concat([Buffer.from('PK'), junk]) },
  );

  it('refuses a zip bomb hidden behind bytes placed before it', async () => {
    expect(hidden.length).toBeLessThan(300 * 1024);
    const res = await send('POST', '/api/registers/index-results/2034/import', {
      caller: office,
      type: 'application/octet-stream',
      body: hidden,
    });
    expect(res.status).toBe(422);
    expect(res.json?.code).toBe('FILE_ARCHIVE_INVALID');
  });

  it('still imports the same .xlsx without the junk', async () => {
    const res = await send('POST', '/api/registers/index-results/2034/import', {
      caller: office,
      type: 'application/octet-stream',
      body: await sipasXlsx(),
    });
    expect(res.status).toBe(200);
    expect(await indexResults(2034)).toBe(1);
  });
});

describe('unknown paths and methods answer JSON', () => {
  it.each([
    ['GET', '/api/khong-co'],
    ['GET', '/API/registers'],
    ['GET', '/api'],
    ['POST', '/api/khong-co'],
    ['GET', '/api/files/a/b/c'],
  ])('%s %s: 404 NOT_FOUND, not an HTML page or the app shell', async (method, route) => {
    const res = await send(method, route, {
      caller: office,
      accept: 'text/html,application/xhtml+xml',
      ...(method === 'POST' ? { type: 'application/octet-stream', body: Buffer.from('x') } : {}),
    });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(res.json).toMatchObject({ code: 'NOT_FOUND' });
    expect(String(res.json?.message)).toMatch(VIETNAMESE);
  });

  it.each([
    ['POST', '/api/rollup/2021.xlsx', 'GET, HEAD'],
    ['PUT', '/api/registers/index-results/2021/import', 'POST'],
    ['DELETE', `/api/files/${randomUUID()}`, 'GET, HEAD, PUT'],
    ['POST', '/api/visits/00000000-0000-4000-8000-000000000000/minutes.pdf', 'GET, HEAD'],
  ])('%s %s: 405 METHOD_NOT_ALLOWED with Allow', async (method, route, allow) => {
    const res = await send(method, route, { caller: office, type: 'application/octet-stream', body: Buffer.from('x') });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe(allow);
    expect(res.json).toMatchObject({ code: 'METHOD_NOT_ALLOWED' });
    expect(String(res.json?.message)).toMatch(VIETNAMESE);
  });

  it('still serves the app shell for the app own paths', async () => {
    const res = await send('GET', '/ke-hoach', { accept: 'text/html' });
    expect(res.status).toBe(200);
    expect(res.text).toContain('Kỷ cương');
  });
});
