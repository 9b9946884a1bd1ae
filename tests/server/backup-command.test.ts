import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/common/config.js';
import {
  attachPhotos,
  blobHashes,
  CLI,
  contents,
  expectPhotos,
  fingerprint,
  folderHashes,
  PhoneOutbox,
  plainItems,
  query,
  runCli,
  sendPhotos,
  VISIT,
} from '../helpers/database-copy.js';
import { type PostgresCluster, startPostgresCluster } from '../helpers/postgres-cluster.js';
import { GraphQLCaller, TEST_AUDIT_KEY, TEST_SECRET } from '../helpers/test-app.js';
import { TEST_SERVER_URL } from '../helpers/test-database.js';

/**
 * `pnpm cli backup` while the app answers a phone's syncs, then `pnpm cli restore` into an empty target:
 * the restored copy is the source as it was at one moment between two syncs (every table, row by row),
 * with every photo, an intact audit chain and the same visit for the inspector. A backup with one byte
 * changed, and a target that is not empty, are refused with nothing written.
 *
 * On PostgreSQL (TEST_DATABASE_URL) with the photos in a folder (FILE_STORAGE=folder): the CLI backs up
 * from a snapshot itself. On the embedded PGlite with the photos in the database: the CLI asks the
 * running server through its control socket in DATA_DIR. On PostgreSQL the same file is also restored into
 * an embedded PGlite folder; on PGlite, into a PostgreSQL server the test starts.
 */

const onPostgres = !!TEST_SERVER_URL;
/** Tables a request touches besides what it is about (sessions slide, devices are seen). */
const VOLATILE = ['user_session', 'device', 'sign_in_throttle'];

let work: string;
let sourceDir: string;
const databases: string[] = [];
const apps: App[] = [];
/** On PGlite: a PostgreSQL server of the test's own, for the restore from the embedded folder. */
let cluster: PostgresCluster | undefined;

async function newDatabase(): Promise<string> {
  const name = `kycuong_backup_${process.pid}_${databases.length}_${Date.now() % 100000}`;
  await query(TEST_SERVER_URL as string, `create database "${name}"`);
  databases.push(name);
  const url = new URL(TEST_SERVER_URL as string);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Where a copy lives: a database and a photo folder (PostgreSQL), or a data folder (PGlite). */
interface Place {
  env: Record<string, string>;
  dataDir: string;
  filesDir: string;
  databaseUrl?: string;
}

async function newPlace(name: string): Promise<Place> {
  const dataDir = onPostgres ? sourceDir : path.join(work, name);
  const filesDir = path.join(work, `${name}-files`);
  const databaseUrl = onPostgres ? await newDatabase() : undefined;
  return {
    dataDir,
    filesDir,
    databaseUrl,
    env: {
      DATA_DIR: dataDir,
      // The anchors stay with the source's data folder (kept apart from backups): the restore checks against them.
      AUDIT_ANCHOR_FILE: path.join(sourceDir, 'audit-anchors.jsonl'),
      ...(onPostgres
        ? { DATABASE_URL: databaseUrl as string, FILE_STORAGE: 'folder', FILE_STORAGE_DIR: filesDir }
        : { FILE_STORAGE_DIR: filesDir }),
    },
  };
}

/** The photos of a copy: in its folder (FILE_STORAGE=folder) and in the database. */
async function photos(place: Place, databaseUrl: string) {
  return {
    folder: existsSync(place.filesDir) ? folderHashes(place.filesDir) : {},
    blobs: await blobHashes(databaseUrl),
  };
}

async function startApp(place: Place): Promise<{ app: App; url: string; databaseUrl: string }> {
  const config = loadConfig({
    NODE_ENV: 'test',
    SESSION_SECRET: TEST_SECRET,
    AUDIT_KEY: TEST_AUDIT_KEY,
    CLIENT_DIST: '',
    SEED_DEMO: 'true',
    DATABASE_POOL_SIZE: '4',
    ...place.env,
  });
  const app = await createApp(config);
  apps.push(app);
  return { app, url: await app.listen(0, '127.0.0.1'), databaseUrl: app.database.url };
}

beforeAll(() => {
  if (!existsSync(CLI))
    throw new Error(`${CLI} is missing: build the server first (pnpm --filter @kycuong/server build)`);
  work = mkdtempSync(path.join(tmpdir(), 'kycuong-backup-cmd-'));
  sourceDir = path.join(work, 'source');
});

afterAll(async () => {
  try {
    for (const app of apps) await app.close().catch(() => undefined);
  } finally {
    await cluster?.destroy().catch(() => undefined);
    for (const name of databases) {
      await query(TEST_SERVER_URL as string, `drop database if exists "${name}" with (force)`).catch(() => undefined);
    }
    if (work) rmSync(work, { recursive: true, force: true });
  }
}, 120_000);

describe(`pnpm cli backup / restore (${onPostgres ? 'PostgreSQL, photos in a folder' : 'embedded PGlite'})`, () => {
  it('backs up while the app syncs, restores an exact copy, and refuses a damaged file or a used target', async () => {
    const sourcePlace = await newPlace('source');
    const source = await startApp(sourcePlace);
    expect(source.app.database.kind).toBe(onPostgres ? 'postgresql' : 'pglite');
    const sourceUrl = source.databaseUrl;

    // Two planned visits of the inspector: one photographed and answered, one the phone keeps syncing.
    const phone = await new GraphQLCaller(source.url).signIn('kiemtra');
    const visits = await query<{ id: string }>(
      sourceUrl,
      `select v.id from visit v join team_member tm on tm.team_id = v.team_id join app_user u on u.id = tm.user_id
        where u.username = 'kiemtra' and v.status = 'PLANNED' order by v.id limit 2`,
    );
    expect(visits).toHaveLength(2);
    const [photographed, busy] = visits.map((v) => v.id) as [string, string];
    const items = await plainItems(sourceUrl);
    const sent = await sendPhotos(source.url, phone, 30_000, 555);
    const outbox = new PhoneOutbox(phone);
    const op = outbox.op.bind(outbox);
    const sync = outbox.send.bind(outbox);
    const first = [
      op('START_VISIT', { visitId: photographed }),
      op('ANSWER_ITEM', { visitId: photographed, itemId: items[0]?.id, passFail: 'PASS' }),
      op('ANSWER_ITEM', { visitId: photographed, itemId: items[1]?.id, passFail: 'FAIL', note: 'Chưa niêm yết.' }),
      ...attachPhotos(outbox, photographed, items[1]?.id, sent),
      op('START_VISIT', { visitId: busy }),
    ];
    expect(await sync(first)).toEqual(first.map(() => 'APPLIED'));
    const seenVisit = await phone.request(VISIT, { id: photographed });
    expect(seenVisit.errors).toBeUndefined();
    const photosBefore = await photos(sourcePlace, sourceUrl);
    const [{ n: storedFiles } = { n: 0 }] = await query<{ n: number }>(
      sourceUrl,
      'select count(*)::int as n from stored_file',
    );
    expect(storedFiles).toBeGreaterThanOrEqual(2);
    expect(Object.keys(photosBefore.folder).length + photosBefore.blobs.length).toBe(storedFiles);
    if (onPostgres) expect(Object.keys(photosBefore.folder)).toHaveLength(2);

    // The phone keeps answering the other visit, one operation a request, while the backup runs; the
    // source's state is recorded after each answer, so the copy can be matched to one of them.
    const states = [await fingerprint(sourceUrl, { skip: VOLATILE })];
    let backupRunning = true;
    let answeredDuringBackup = 0;
    const syncing = (async () => {
      for (let n = 0; backupRunning; n++) {
        const passFail = ['PASS', 'FAIL', 'NOT_APPLICABLE'][n % 3];
        const answer = op('ANSWER_ITEM', {
          visitId: busy,
          itemId: items[n % 3]?.id,
          passFail,
          note: passFail === 'FAIL' ? `Lần ${n}` : null,
          editedAt: new Date(Date.UTC(2026, 10, 20, 8, 0, n)).toISOString(),
        });
        await sync([answer]);
        states.push(await fingerprint(sourceUrl, { skip: VOLATILE }));
        if (backupRunning) answeredDuringBackup++;
      }
    })();
    const file = path.join(work, 'kycuong-backup.tar');
    const backup = await runCli(['backup', '--out', file], sourcePlace.env);
    backupRunning = false;
    await syncing;
    expect(backup.code, backup.stderr).toBe(0);
    expect(answeredDuringBackup).toBeGreaterThan(0);
    expect(backup.stdout).toMatch(
      onPostgres ? /Sao lưu PostgreSQL/ : /Máy chủ đang chạy đã tạo bản sao lưu \/ the running server made the backup/,
    );
    expect(backup.stdout).toMatch(/^public\.visit_answer\s+\d+$/m);
    expect(backup.stdout).toMatch(/Đã ghi \/ wrote .* \(SHA-256 [0-9a-f]{64}/);
    expect(readdirSync(work).filter((name) => name.includes('.partial-'))).toEqual([]);

    // Restored into an empty target, checked by the command itself.
    const restoredPlace = await newPlace('restored');
    const restore = await runCli(['restore', '--from', file], restoredPlace.env);
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(new RegExp(`Ảnh / photos: ${storedFiles} tệp đúng SHA-256`));
    expect(restore.stdout).toMatch(/Nhật ký \/ audit chain intact: \d+ entries/);

    // The copy is the source at one moment between two of the phone's answers: every table, row by row.
    const restored = await startApp(restoredPlace);
    expect(restored.app.seeded).toBe(false);
    const copy = await fingerprint(restored.databaseUrl, { skip: VOLATILE });
    const moment = states.find((state) => JSON.stringify(state.rows) === JSON.stringify(copy.rows));
    expect(moment, 'the copy matches the source after one of the answers').toBeDefined();
    // Sequences are not transactional: pg_dump reads them when it reaches them, so on PostgreSQL they may
    // be ahead of the snapshot (ids skipped, never reused); under PGlite's held lock they are exact.
    const sequences = (state: Record<string, unknown>) =>
      new Map(
        (state.sequences as { sequencename: string; last_value: string }[]).map((q) => [
          q.sequencename,
          Number(q.last_value),
        ]),
      );
    const atMoment = sequences(moment ?? {});
    for (const [name, value] of sequences(copy)) {
      if (onPostgres) expect(value, name).toBeGreaterThanOrEqual(atMoment.get(name) ?? 0);
      else expect(value, name).toBe(atMoment.get(name));
    }
    expect((copy.rows as Record<string, { n: number }>).stored_file?.n).toBe(storedFiles);
    expect(await photos(restoredPlace, restored.databaseUrl)).toEqual(photosBefore);

    // The inspector sees the same visit and gets the same photos.
    const again = await new GraphQLCaller(restored.url).signIn('kiemtra');
    expect(await again.request(VISIT, { id: photographed })).toEqual(seenVisit);
    await expectPhotos(again, sent);

    // The same file restored into the other kind of database: the same rows (row by row), photos and the
    // inspector's same visit. On PostgreSQL, into an embedded PGlite folder (a department going back to one
    // machine); on PGlite, into a PostgreSQL server of the test's own (a department growing out of one
    // machine by restore rather than `db move`).
    const other = path.join(work, 'other');
    let otherUrl: string | undefined;
    if (!onPostgres) {
      cluster = await startPostgresCluster();
      await query(cluster.url(), 'create database other');
      otherUrl = cluster.url('other');
    }
    const otherPlace: Place = {
      dataDir: other,
      filesDir: `${other}-files`,
      databaseUrl: otherUrl,
      env: {
        DATA_DIR: other,
        AUDIT_ANCHOR_FILE: path.join(sourceDir, 'audit-anchors.jsonl'),
        FILE_STORAGE_DIR: `${other}-files`,
        ...(otherUrl ? { DATABASE_URL: otherUrl } : { FILE_STORAGE: 'folder' }),
      },
    };
    const intoOther = await runCli(['restore', '--from', file], otherPlace.env);
    expect(intoOther.code, intoOther.stderr).toBe(0);
    expect(intoOther.stdout).toMatch(new RegExp(`Ảnh / photos: ${storedFiles} tệp đúng SHA-256`));
    expect(intoOther.stdout).toMatch(/Nhật ký \/ audit chain intact: \d+ entries/);
    const onOther = await startApp(otherPlace);
    expect(onOther.app.database.kind).toBe(onPostgres ? 'pglite' : 'postgresql');
    expect((await fingerprint(onOther.databaseUrl, { skip: VOLATILE })).rows).toEqual(copy.rows);
    expect(await photos(otherPlace, onOther.databaseUrl)).toEqual(photosBefore);
    const inspector = await new GraphQLCaller(onOther.url).signIn('kiemtra');
    expect(await inspector.request(VISIT, { id: photographed })).toEqual(seenVisit);
    await expectPhotos(inspector, sent);

    // One byte changed: refused before anything is written.
    const damaged = path.join(work, 'damaged.tar');
    copyFileSync(file, damaged);
    const bytes = readFileSync(damaged);
    const at = Math.floor(statSync(damaged).size / 2);
    bytes[at] = (bytes[at] as number) ^ 0x01;
    writeFileSync(damaged, bytes);
    const emptyPlace = await newPlace('empty');
    const refused = await runCli(['restore', '--from', damaged], emptyPlace.env);
    expect(refused.code, refused.stderr).toBe(3);
    expect(refused.stderr).toMatch(/RESTORE_REFUSED: Tệp sao lưu hỏng hoặc không đầy đủ/);
    expect(existsSync(emptyPlace.filesDir)).toBe(false);
    if (onPostgres) expect(await contents(emptyPlace.databaseUrl as string)).toBe(0);
    else expect(existsSync(path.join(emptyPlace.dataDir, 'pglite'))).toBe(false);

    // A target that holds data (the source itself): refused, not a row changed.
    const before = await fingerprint(sourceUrl, { skip: VOLATILE });
    const used = await runCli(['restore', '--from', file], {
      ...sourcePlace.env,
      ...(onPostgres ? { FILE_STORAGE_DIR: path.join(work, 'unused-files') } : {}),
    });
    expect(used.code, used.stderr).toBe(3);
    expect(used.stderr).toMatch(onPostgres ? /Cơ sở dữ liệu đích không trống/ : /Thư mục đích không trống/);
    expect(await fingerprint(sourceUrl, { skip: VOLATILE })).toEqual(before);
  }, 480_000);
});
