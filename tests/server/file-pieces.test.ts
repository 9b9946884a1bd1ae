import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeJpeg, sha256 } from '../helpers/images.js';
import { type GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

const KB = 1024;
let t: TestApp;
let inspector: GraphQLCaller;

beforeAll(async () => {
  // A small quota (1 MB) and minimum piece (64 KB) so both can be reached with small photos.
  t = await startTestApp({ UPLOAD_QUOTA_MB: '1', UPLOAD_MIN_PIECE_KB: '64' });
  inspector = await t.as('kiemtra');
});
afterAll(() => t?.close());

async function put(caller: GraphQLCaller, id: string, body: Buffer, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}/api/files/${id}`, {
    method: 'PUT',
    headers: { 'content-type': 'image/jpeg', cookie: caller.cookie ?? '', ...headers },
    body: new Uint8Array(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const pieceHeaders = (photo: Buffer, offset: number) => ({
  'x-content-sha256': sha256(photo),
  'upload-length': String(photo.length),
  'upload-offset': String(offset),
});

/** The stored pieces of an upload, with the transaction that wrote each row version (xmin). */
const pieces = (id: string) =>
  t.sql<{ offset: number; size: number; xmin: string }>(
    'select "offset", length(data)::int as size, xmin::text as xmin from file_upload_piece where upload_id = ? order by "offset"',
    [id],
  );

describe('photo pieces', () => {
  it('stores each piece as it arrived, never rewriting the pieces before it, and hashes the whole once at the end', async () => {
    const photo = fakeJpeg(600 * KB, 21);
    const id = randomUUID();
    const size = 128 * KB;
    const seen: { offset: number; size: number; xmin: string }[] = [];
    for (let offset = 0; offset < photo.length - size; offset += size) {
      const res = await put(inspector, id, photo.subarray(offset, offset + size), pieceHeaders(photo, offset));
      expect(res).toEqual({ status: 202, body: { id, offset: offset + size } });
      const now = await pieces(id);
      // The rows written before are the same row versions: not one byte of them was written again.
      expect(now.slice(0, seen.length)).toEqual(seen);
      expect(now).toHaveLength(seen.length + 1);
      expect(now.at(-1)).toMatchObject({ offset, size });
      seen.splice(0, seen.length, ...now);
    }
    const lastOffset = seen.length * size;
    const last = await put(inspector, id, photo.subarray(lastOffset), pieceHeaders(photo, lastOffset));
    expect(last.status).toBe(201);
    expect(last.body).toMatchObject({ id, sha256: sha256(photo), size: photo.length });
    expect(await pieces(id)).toEqual([]);
    expect(await t.sql('select 1 from file_upload where id = ?', [id])).toEqual([]);
    const download = await inspector.download(id);
    expect(download.bytes.equals(photo)).toBe(true);
  });

  it('refuses pieces under the minimum size except the last one', async () => {
    const uploader = await t.as('vanphong');
    const photo = fakeJpeg(200 * KB, 22);
    const id = randomUUID();
    const tiny = await put(uploader, id, photo.subarray(0, 1), pieceHeaders(photo, 0));
    expect(tiny.status).toBe(400);
    expect(tiny.body).toMatchObject({ code: 'FILE_PIECE_TOO_SMALL' });
    expect(String(tiny.body.message)).toMatch(/ít nhất 64 KB/);
    expect(await t.sql('select 1 from file_upload where id = ?', [id])).toEqual([]);
    expect((await put(uploader, id, photo.subarray(0, 199 * KB), pieceHeaders(photo, 0))).status).toBe(202);
    // The last piece may be as small as it is.
    const last = await put(uploader, id, photo.subarray(199 * KB), pieceHeaders(photo, 199 * KB));
    expect(last.status).toBe(201);
  });

  it('a piece sent twice changes nothing, an overlapping piece adds only its new bytes, a gap is refused', async () => {
    const uploader = await t.as('admin');
    const photo = fakeJpeg(300 * KB, 23);
    const id = randomUUID();
    expect((await put(uploader, id, photo.subarray(0, 100 * KB), pieceHeaders(photo, 0))).status).toBe(202);
    const before = await pieces(id);
    // The answer was lost and the phone sends the same piece again.
    const again = await put(uploader, id, photo.subarray(0, 100 * KB), pieceHeaders(photo, 0));
    expect(again).toEqual({ status: 202, body: { id, offset: 100 * KB } });
    expect(await pieces(id)).toEqual(before);
    // Out of order: a piece after a gap is refused with where to go on from; nothing is stored.
    const gap = await put(uploader, id, photo.subarray(200 * KB), pieceHeaders(photo, 200 * KB));
    expect(gap).toMatchObject({ status: 409, body: { code: 'FILE_UPLOAD_OFFSET', offset: 100 * KB } });
    expect(await pieces(id)).toEqual(before);
    // A piece starting inside what arrived (the phone kept only part of an answer): its new bytes count.
    const overlap = await put(uploader, id, photo.subarray(64 * KB, 200 * KB), pieceHeaders(photo, 64 * KB));
    expect(overlap).toEqual({ status: 202, body: { id, offset: 200 * KB } });
    expect((await pieces(id)).map((p) => [p.offset, p.size])).toEqual([
      [0, 100 * KB],
      [100 * KB, 100 * KB],
    ]);
    const last = await put(uploader, id, photo.subarray(200 * KB), pieceHeaders(photo, 200 * KB));
    expect(last.status).toBe(201);
    expect((await uploader.download(id)).bytes.equals(photo)).toBe(true);
  });
});

describe('a piece cut mid-body', () => {
  /** Sends the head and the first `sent` bytes of a piece over a raw connection, then drops the link. */
  async function cutPiece(
    caller: GraphQLCaller,
    id: string,
    photo: Buffer,
    offset: number,
    piece: number,
    sent: number,
  ) {
    const { port } = new URL(t.url);
    const socket = net.connect(Number(port), '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const requestHead = [
      `PUT /api/files/${id} HTTP/1.1`,
      'Host: 127.0.0.1',
      'Content-Type: image/jpeg',
      `Content-Length: ${piece}`,
      `Cookie: ${caller.cookie ?? ''}`,
      ...Object.entries(pieceHeaders(photo, offset)).map(([name, value]) => `${name}: ${value}`),
      '',
      '',
    ].join('\r\n');
    await new Promise<void>((resolve) => socket.write(requestHead, () => resolve()));
    await new Promise<void>((resolve) => socket.write(photo.subarray(offset, offset + sent), () => resolve()));
    socket.resetAndDestroy();
  }

  const where = async (caller: GraphQLCaller, id: string) => {
    const res = await fetch(`${t.url}/api/files/${id}`, { method: 'HEAD', headers: { cookie: caller.cookie ?? '' } });
    return res.status === 200 ? Number(res.headers.get('upload-offset')) : res.status;
  };

  it('keeps what arrived, and the phone goes on from there to a whole photo', async () => {
    const head = await t.as('thutruong');
    const photo = fakeJpeg(400 * KB, 24);
    const id = randomUUID();
    await cutPiece(head, id, photo, 0, 256 * KB, 100 * KB);
    await expect.poll(() => where(head, id), { timeout: 10_000 }).toBe(100 * KB);
    // The next piece, cut again: still kept.
    await cutPiece(head, id, photo, 100 * KB, 256 * KB, 80 * KB);
    await expect.poll(() => where(head, id), { timeout: 10_000 }).toBe(180 * KB);
    expect((await pieces(id)).map((p) => [p.offset, p.size])).toEqual([
      [0, 100 * KB],
      [100 * KB, 80 * KB],
    ]);
    const last = await put(head, id, photo.subarray(180 * KB), pieceHeaders(photo, 180 * KB));
    expect(last.status).toBe(201);
    expect((await head.download(id)).bytes.equals(photo)).toBe(true);
  });

  it("keeps nothing smaller than the smallest piece, nor a stranger's bytes", async () => {
    const head = await t.as('thutruong');
    const photo = fakeJpeg(400 * KB, 25);
    const id = randomUUID();
    await cutPiece(head, id, photo, 0, 256 * KB, 10 * KB);
    const stranger = { cookie: 'kc_session=not-a-session' } as GraphQLCaller;
    const other = randomUUID();
    await cutPiece(stranger, other, photo, 0, 256 * KB, 100 * KB);
    // A cut piece sent after both is kept: the two before it have been dealt with by then.
    const control = randomUUID();
    await cutPiece(head, control, photo, 0, 256 * KB, 100 * KB);
    await expect.poll(() => where(head, control), { timeout: 10_000 }).toBe(100 * KB);
    expect(await where(head, id)).toBe(404);
    expect(await t.sql('select 1 from file_upload where id in (?, ?)', [id, other])).toEqual([]);
  });
});

describe('upload quota', () => {
  it('counts unfinished uploads and files attached to nothing, refuses past it with FILE_QUOTA_EXCEEDED, and frees what gets attached', async () => {
    const user = await t.as('kiemtra2');
    const [{ id: userId }] = await t.sql<{ id: string }>('select id from app_user where username = ?', ['kiemtra2']);
    await t.sql('delete from file_upload where uploaded_by_id = ?', [userId]);
    // 400 KB stored, attached to nothing yet.
    const first = fakeJpeg(400 * KB, 31);
    const firstId = randomUUID();
    expect((await put(user, firstId, first)).status).toBe(201);
    // A 500 KB photo started in pieces: its whole announced size is held.
    const second = fakeJpeg(500 * KB, 32);
    const secondId = randomUUID();
    expect((await put(user, secondId, second.subarray(0, 100 * KB), pieceHeaders(second, 0))).status).toBe(202);
    // 400 + 500 + 200 KB > 1 MB: refused, as a whole file and as a first piece alike.
    const third = fakeJpeg(200 * KB, 33);
    const whole = await put(user, randomUUID(), third);
    expect(whole.status).toBe(507);
    expect(whole.body).toMatchObject({ code: 'FILE_QUOTA_EXCEEDED' });
    expect(String(whole.body.message)).toMatch(/chưa gắn vào hồ sơ \(tối đa 1 MB\)/);
    const thirdId = randomUUID();
    const piece = await put(user, thirdId, third.subarray(0, 100 * KB), pieceHeaders(third, 0));
    expect(piece).toMatchObject({ status: 507, body: { code: 'FILE_QUOTA_EXCEEDED' } });
    expect(await t.sql('select 1 from file_upload where id = ?', [thirdId])).toEqual([]);
    // The upload already started goes on: its bytes were counted when it started.
    expect((await put(user, secondId, second.subarray(100 * KB), pieceHeaders(second, 100 * KB))).status).toBe(201);
    // Another user has a quota of their own.
    expect((await put(inspector, randomUUID(), third)).status).toBe(201);

    // Once the first photo is attached to a record it no longer counts.
    const [visit] = await t.sql<{ id: string }>(`select v.id from visit v where v.status = 'APPROVED' limit 1`);
    await t.sql(
      `insert into attachment (id, visit_id, file_id, kind, created_by_id, created_at) values (?, ?, ?, 'PHOTO', ?, now())`,
      [randomUUID(), visit?.id, firstId, userId],
    );
    expect((await put(user, randomUUID(), third)).status).toBe(201);
  });
});

describe('the smallest piece', () => {
  it("of the server's default is no larger than the smallest piece the phone sends on a bad link", async () => {
    // The client module is read by vitest, not by this project's type check (it uses bundler imports).
    const clientModule = '../../client/src/offline/file-upload.ts';
    const { MIN_PIECE_BYTES } = (await import(clientModule)) as { MIN_PIECE_BYTES: number };
    const { loadConfig } = await import('../../server/src/common/config.js');
    const defaults = loadConfig({ NODE_ENV: 'test', SESSION_SECRET: 'x'.repeat(40) }, () => undefined);
    expect(defaults.uploadMinPieceBytes).toBeLessThanOrEqual(MIN_PIECE_BYTES);
  });
});
