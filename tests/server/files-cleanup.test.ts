import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeJpeg, sha256 } from '../helpers/images.js';
import { type GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

const KB = 1024;
let t: TestApp;
let inspector: GraphQLCaller;

beforeAll(async () => {
  t = await startTestApp({ UPLOAD_ABANDONED_HOURS: '48', UNATTACHED_FILE_DAYS: '30' });
  inspector = await t.as('kiemtra');
});
afterAll(() => t?.close());

async function put(id: string, body: Buffer, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}/api/files/${id}`, {
    method: 'PUT',
    headers: { 'content-type': 'image/jpeg', cookie: inspector.cookie ?? '', ...headers },
    body: new Uint8Array(body),
  });
  return res.status;
}

/** Starts a photo in pieces and leaves it unfinished. */
async function unfinished(seed: number): Promise<string> {
  const photo = fakeJpeg(200 * KB, seed);
  const id = randomUUID();
  const headers = { 'x-content-sha256': sha256(photo), 'upload-length': String(photo.length), 'upload-offset': '0' };
  expect(await put(id, photo.subarray(0, 100 * KB), headers)).toBe(202);
  return id;
}

async function stored(seed: number): Promise<string> {
  const id = randomUUID();
  expect(await put(id, fakeJpeg(20 * KB, seed))).toBe(201);
  return id;
}

const ids = async (table: string, column = 'id') =>
  (await t.sql<{ id: string }>(`select ${column}::text as id from ${table} order by 1`)).map((r) => r.id);

describe('files cleanup job', () => {
  it('removes abandoned uploads and long-unattached files through the job queue, and nothing else', async () => {
    const abandoned = await unfinished(1);
    const recentUpload = await unfinished(2);
    await t.sql(`update file_upload set updated_at = now() - interval '49 hours' where id = ?`, [abandoned]);
    await t.sql(`update file_upload set updated_at = now() - interval '47 hours' where id = ?`, [recentUpload]);

    const unattachedOld = await stored(3);
    const unattachedRecent = await stored(4);
    const attachedOld = await stored(5);
    const [visit] = await t.sql<{ id: string; user_id: string }>(
      `select v.id, (select id from app_user where username = 'kiemtra') as user_id from visit v limit 1`,
    );
    await t.sql(
      `insert into attachment (id, visit_id, file_id, kind, created_by_id, created_at) values (?, ?, ?, 'PHOTO', ?, now())`,
      [randomUUID(), visit?.id, attachedOld, visit?.user_id],
    );
    await t.sql(`update stored_file set created_at = now() - interval '31 days' where id in (?, ?)`, [
      unattachedOld,
      attachedOld,
    ]);
    await t.sql(`update stored_file set created_at = now() - interval '29 days' where id = ?`, [unattachedRecent]);

    const filesBefore = await ids('stored_file');
    const blobsBefore = await ids('file_blob', 'file_id');
    const uploadsBefore = await ids('file_upload');
    const piecesBefore = await ids('file_upload_piece', 'upload_id');

    await t.app.jobs.runNow('files-cleanup');

    expect(await ids('stored_file')).toEqual(filesBefore.filter((id) => id !== unattachedOld));
    expect(await ids('file_blob', 'file_id')).toEqual(blobsBefore.filter((id) => id !== unattachedOld));
    expect(await ids('file_upload')).toEqual(uploadsBefore.filter((id) => id !== abandoned));
    expect(await ids('file_upload_piece', 'upload_id')).toEqual(piecesBefore.filter((id) => id !== abandoned));
    expect((await inspector.download(unattachedOld)).status).toBe(404);
    expect((await inspector.download(unattachedRecent)).status).toBe(200);
    expect((await inspector.download(attachedOld)).status).toBe(200);

    // It ran as a pg-boss job, recorded as completed with what it removed.
    const [job] = await t.sql<{ state: string; output: unknown }>(
      `select state, output from pgboss.job where name = 'files-cleanup' order by created_on desc limit 1`,
    );
    expect(job).toEqual({ state: 'completed', output: { abandonedUploads: 1, unattachedFiles: 1 } });
    // The schedule is in place for every instance to share.
    expect(await t.sql(`select cron from pgboss.schedule where name = 'files-cleanup'`)).toEqual([
      { cron: '23 * * * *' },
    ]);
  });
});
