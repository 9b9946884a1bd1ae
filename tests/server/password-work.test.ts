import { execFileSync } from 'node:child_process';
import { closeSync, promises as fsp, mkdtempSync, openSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../server/src/common/app-error.js';
import { hashPassword, verifyPassword } from '../../server/src/features/auth/password.js';
import { PasswordWorkPool, passwordWork } from '../../server/src/features/auth/password-work.js';
import { SIGN_IN, startTestApp, type TestApp } from '../helpers/test-app.js';

/*
 * Password hashing runs on threads of its own, never on libuv's pool (which gzip and file work share),
 * with a bounded queue. Proved by order and counts, never by timing.
 */

/**
 * Holds every thread of libuv's pool in a blocking open() of a FIFO, until `release` opens the writing
 * ends. A stat queued behind them (`probeDone`) shows that the pool really was held meanwhile.
 */
function holdLibuvPool() {
  const size = Number(process.env.UV_THREADPOOL_SIZE ?? 4);
  const dir = mkdtempSync(path.join(tmpdir(), 'kycuong-uv-'));
  const fifos = Array.from({ length: size }, (_, i) => path.join(dir, `fifo-${i}`));
  for (const fifo of fifos) execFileSync('mkfifo', [fifo]);
  const readers = fifos.map((fifo) => fsp.open(fifo, 'r'));
  let probeDone = false;
  const probe = fsp.stat(dir).then(() => {
    probeDone = true;
  });
  return {
    probeDone: () => probeDone,
    async release() {
      for (const fifo of fifos) closeSync(openSync(fifo, 'w'));
      for (const reader of await Promise.all(readers)) await reader.close();
      await probe;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A sign-in from a given client address (the app trusts X-Forwarded-For). */
async function signIn(url: string, username: string, password: string, address: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: SIGN_IN, variables: { input: { username, password } } }),
  });
  const body = (await res.json()) as { errors?: { message: string; extensions: Record<string, unknown> }[] };
  return {
    code: (body.errors?.[0]?.extensions.code as string | undefined) ?? null,
    message: body.errors?.[0]?.message ?? null,
    retryAfter: res.headers.get('retry-after'),
  };
}

/** A raw POST accepting gzip (fetch would decompress by itself). */
function postGzip(url: string, body: string, cookie: string): Promise<{ encoding: unknown; bytes: Buffer }> {
  const target = new URL(`${url}/graphql`);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip', cookie },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('password work', () => {
  it('hashes and checks passwords while every thread of the libuv pool is held', async () => {
    const pool = holdLibuvPool();
    try {
      const hash = await hashPassword('Một câu mật khẩu dài 2026');
      expect(await verifyPassword('Một câu mật khẩu dài 2026', hash)).toBe(true);
      expect(await verifyPassword('sai mật khẩu', hash)).toBe(false);
      // All three derivations finished while the pool was still held: none of them ran on it.
      expect(pool.probeDone()).toBe(false);
    } finally {
      await pool.release();
    }
    expect(pool.probeDone()).toBe(true);
    const { threadIds } = passwordWork.stats();
    expect(threadIds.size).toBeGreaterThan(0);
    expect(threadIds.has(0)).toBe(false);
  });

  it('refuses at once with SIGN_IN_BUSY when every thread is busy and the queue is full', async () => {
    const pool = new PasswordWorkPool({ threads: 1, queue: 2 });
    const light = { N: 1024, r: 8, p: 1 };
    try {
      const taken = [1, 2, 3].map((i) => pool.derive(`mat-khau-${i}`, Buffer.alloc(16, i), 32, light));
      expect(pool.stats()).toMatchObject({ running: 1, queued: 2 });
      expect(pool.hasRoom()).toBe(false);
      // Asked in the same turn of the event loop: no job can have finished, so the answer is certain.
      const refused = await pool.derive('mat-khau-4', Buffer.alloc(16, 4), 32, light).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(AppError);
      expect((refused as AppError).code).toBe('SIGN_IN_BUSY');
      expect((refused as AppError).message).toBe(
        'Máy chủ đang xử lý quá nhiều lượt đăng nhập cùng lúc. Vui lòng thử lại sau ít giây.',
      );
      const keys = await Promise.all(taken);
      expect(keys.map((k) => k.length)).toEqual([32, 32, 32]);
      expect(pool.stats()).toMatchObject({ running: 0, queued: 0, completed: 3 });
      // Room again once the queue has drained.
      await expect(pool.derive('mat-khau-5', Buffer.alloc(16, 5), 32, light)).resolves.toHaveLength(32);
    } finally {
      await pool.close();
    }
  });
});

describe('sign-ins with the password threads saturated', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      TRUST_PROXY: 'true',
      PASSWORD_HASH_THREADS: '1',
      PASSWORD_HASH_QUEUE: '3',
      SIGN_IN_ACCOUNT_SLOWDOWN_AFTER: '100',
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a gzipped list is answered while sign-ins wait, and one more sign-in is refused at once', async () => {
    const office = await t.as('vanphong');
    const settled: string[] = [];
    const waiting = [1, 2, 3, 4].map((i) =>
      signIn(t.url, 'kiemtra2', 'sai-mat-khau-1', `10.0.9.${i}`).then((res) => {
        settled.push(String(res.code));
        return res;
      }),
    );
    await until(() => passwordWork.stats().running === 1 && passwordWork.stats().queued === 3);

    const busy = await signIn(t.url, 'kiemtra2', 'sai-mat-khau-1', '10.0.9.5');
    expect(busy.code).toBe('SIGN_IN_BUSY');
    expect(busy.message).toMatch(/thử lại sau ít giây/);
    expect(busy.retryAfter).toBe('5');

    const list = await postGzip(
      t.url,
      JSON.stringify({ query: '{ visits(year: 2021) { id status unit { id name } team { id name } } }' }),
      office.cookie ?? '',
    );
    // Answered, compressed, before the queued sign-ins were through.
    expect(settled.length).toBeLessThan(4);
    expect(list.encoding).toBe('gzip');
    expect(JSON.parse(gunzipSync(list.bytes).toString('utf8')).data.visits.length).toBeGreaterThan(10);

    expect((await Promise.all(waiting)).map((r) => r.code)).toEqual(Array(4).fill('INVALID_CREDENTIALS'));
    // The refused attempt was not counted against its address.
    const rows = await t.sql<{ failures: number }>(`select failures from sign_in_throttle where key = 'addr:10.0.9.5'`);
    expect(rows.every((r) => r.failures === 0)).toBe(true);
  });
});
