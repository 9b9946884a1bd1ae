import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/* GraphQL answers go gzip-compressed to a client that accepts it (a phone on a slow network). */

let t: TestApp;
let cookie: string;

/** A raw POST, so the test sees the bytes and headers as sent (fetch would decompress them itself). */
function post(
  body: string,
  headers: Record<string, string>,
): Promise<{ headers: Record<string, unknown>; bytes: Buffer }> {
  const url = new URL(`${t.url}/graphql`);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, bytes: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

beforeAll(async () => {
  t = await startTestApp();
  cookie = (await t.as('vanphong')).cookie ?? '';
});

afterAll(async () => {
  await t?.close();
});

describe('GraphQL response compression', () => {
  const LIST = JSON.stringify({ query: '{ visits(year: 2021) { id status unit { id name } team { id name } } }' });

  it('gzips a large answer for a client that accepts gzip, and it decodes to the plain answer', async () => {
    const plain = await post(LIST, { cookie });
    const gzipped = await post(LIST, { cookie, 'accept-encoding': 'gzip' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toMatch(/accept-encoding/i);
    expect(gzipped.bytes.length).toBeLessThan(plain.bytes.length / 3);
    const decoded = JSON.parse(gunzipSync(gzipped.bytes).toString('utf8'));
    expect(decoded).toEqual(JSON.parse(plain.bytes.toString('utf8')));
    expect(decoded.data.visits.length).toBeGreaterThan(10);
  });

  it('leaves a small answer as it is', async () => {
    const small = await post(JSON.stringify({ query: '{ me { id } }' }), { cookie, 'accept-encoding': 'gzip' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.bytes.toString('utf8')).data.me.id).toBeTruthy();
  });
});
