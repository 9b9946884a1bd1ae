import { execFileSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLCaller } from '../helpers/test-app.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The photo folder (FILE_STORAGE=folder) full, then read-only, under a running server: a 2 MB tmpfs
 * mounted on FILE_STORAGE_DIR, filled up, then remounted read-only. Each upload is refused with a code,
 * a Vietnamese message and 507 (full) or 503 (unwritable); nothing half-saved stays in the database or
 * the folder; the server keeps serving; once space is back the same upload is retried and succeeds with
 * its hash. Needs root for mount(8): it fails (never skips) without it.
 */

const PIECE = 256 * 1024;
let t: TestApp;
let phone: GraphQLCaller;
let dir: string;
let mounted = false;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function jpeg(size: number): Buffer {
  const bytes = randomBytes(size);
  bytes.set([0xff, 0xd8, 0xff, 0xe0], 0);
  return bytes;
}

function mount(...args: string[]): void {
  execFileSync('mount', args, { stdio: 'pipe' });
}

async function putPiece(id: string, bytes: Buffer, offset: number) {
  const res = await fetch(`${t.url}/api/files/${id}`, {
    method: 'PUT',
    headers: {
      cookie: phone.cookie ?? '',
      'content-type': 'application/octet-stream',
      'upload-offset': String(offset),
      'upload-length': String(bytes.length),
      'x-content-sha256': sha256(bytes),
    },
    body: new Uint8Array(bytes.subarray(offset, Math.min(offset + PIECE, bytes.length))),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Where the server stands with an upload (HEAD), as the phone asks before resuming. */
async function uploadState(id: string): Promise<{ status: number; offset: string | null; complete: string | null }> {
  const res = await fetch(`${t.url}/api/files/${id}`, { method: 'HEAD', headers: { cookie: phone.cookie ?? '' } });
  return { status: res.status, offset: res.headers.get('upload-offset'), complete: res.headers.get('upload-complete') };
}

/** Files in the storage folder (the filler excepted): a refused upload must leave none, not even a partial one. */
function storedFiles(): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== 'filler')
    .map((entry) => entry.name);
}

async function serverStillServes(): Promise<void> {
  expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  expect((await phone.request('{ me { username } }')).data).toEqual({ me: { username: 'kiemtra' } });
}

async function nothingSaved(id: string): Promise<void> {
  expect(await t.sql('select id from stored_file where id = ?', [id])).toEqual([]);
  expect(storedFiles().filter((name) => name.startsWith(id))).toEqual([]);
}

beforeAll(async () => {
  if (process.getuid?.() !== 0) {
    throw new Error('the storage fault test mounts a tmpfs and must run as root (CI does)');
  }
  dir = mkdtempSync(path.join(tmpdir(), 'kycuong-files-full-'));
  mount('-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir);
  mounted = true;
  t = await startTestApp({ FILE_STORAGE: 'folder', FILE_STORAGE_DIR: dir });
  phone = await t.as('kiemtra');
}, 120_000);

afterAll(async () => {
  try {
    await t?.close();
  } finally {
    if (mounted) execFileSync('umount', ['-l', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('photo storage full or unwritable', () => {
  it('full: 507 FILE_STORAGE_FULL, nothing half-saved, and the same upload succeeds once space is freed', async () => {
    const photo = jpeg(2 * PIECE + 40_000);
    const id = randomUUID();
    // Fill the tmpfs so that the photo no longer fits (the pieces wait in the database, not the folder).
    const { bavail, bsize } = statfsSync(dir);
    writeFileSync(path.join(dir, 'filler'), Buffer.alloc(bavail * bsize - 200 * 1024));

    expect((await putPiece(id, photo, 0)).status).toBe(202);
    expect((await putPiece(id, photo, PIECE)).status).toBe(202);
    const last = await putPiece(id, photo, 2 * PIECE);
    expect(last.status).toBe(507);
    expect(last.body.code).toBe('FILE_STORAGE_FULL');
    expect(last.body.message).toMatch(/đã đầy.*vẫn còn trên máy/);
    expect(JSON.stringify(last.body)).not.toMatch(/ENOSPC|no space/i);
    await nothingSaved(id);
    // The pieces already received stay, so the phone resumes with the last piece only.
    expect(await uploadState(id)).toEqual({ status: 200, offset: String(2 * PIECE), complete: null });

    // A photo sent whole is refused alike.
    const small = jpeg(340 * 1024);
    const smallId = randomUUID();
    const whole = await phone.upload(smallId, small);
    expect(whole).toMatchObject({ status: 507, body: { code: 'FILE_STORAGE_FULL' } });
    await nothingSaved(smallId);
    await serverStillServes();

    rmSync(path.join(dir, 'filler'));
    const retried = await putPiece(id, photo, 2 * PIECE);
    expect(retried).toMatchObject({ status: 201, body: { id, sha256: sha256(photo), size: photo.length } });
    expect(await uploadState(id)).toMatchObject({ status: 200, complete: '1' });
    expect(await t.sql('select id from file_upload where id = ?', [id])).toEqual([]);
    const download = await phone.download(id);
    expect(sha256(download.bytes)).toBe(sha256(photo));
    expect(await phone.upload(smallId, small)).toMatchObject({ status: 201, body: { sha256: sha256(small) } });
  });

  it('read-only: 503 FILE_STORAGE_FAILED, nothing half-saved, and the retry succeeds once writable again', async () => {
    const photo = jpeg(PIECE + 1000);
    const id = randomUUID();
    mount('-o', 'remount,ro', dir);
    try {
      expect((await putPiece(id, photo, 0)).status).toBe(202);
      const last = await putPiece(id, photo, PIECE);
      expect(last.status).toBe(503);
      expect(last.body.code).toBe('FILE_STORAGE_FAILED');
      expect(last.body.message).toMatch(/không lưu được ảnh.*vẫn còn trên máy/);
      expect(JSON.stringify(last.body)).not.toMatch(/EROFS|read-only/i);
      await nothingSaved(id);
      expect(await uploadState(id)).toEqual({ status: 200, offset: String(PIECE), complete: null });
      await serverStillServes();
    } finally {
      mount('-o', 'remount,rw', dir);
    }
    const retried = await putPiece(id, photo, PIECE);
    expect(retried).toMatchObject({ status: 201, body: { sha256: sha256(photo) } });
    expect(sha256((await phone.download(id)).bytes)).toBe(sha256(photo));
  });

  it('the folder replaced by a plain file: 503 FILE_STORAGE_FAILED, then the upload succeeds when it is a folder again', async () => {
    const photo = jpeg(10_000);
    const id = randomUUID();
    // Where this photo's sub-folder should be, a file: the write cannot even start.
    const sub = path.join(dir, id.slice(0, 2));
    rmSync(sub, { recursive: true, force: true });
    writeFileSync(sub, 'not a folder');
    const refused = await phone.upload(id, photo);
    expect(refused).toMatchObject({ status: 503, body: { code: 'FILE_STORAGE_FAILED' } });
    expect(await t.sql('select id from stored_file where id = ?', [id])).toEqual([]);
    rmSync(sub);
    expect(await phone.upload(id, photo)).toMatchObject({ status: 201, body: { sha256: sha256(photo) } });
  });
});
