import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/common/config.js';
import { createLogger } from '../../server/src/common/logger.js';
import { openDatabase } from '../../server/src/db/database.js';
import { migrationsList } from '../../server/src/db/migrations/index.js';
import {
  attachPhotos,
  blobHashes,
  CLI,
  contents,
  expectPhotos,
  fingerprint,
  folderHashes,
  jpeg,
  PhoneOutbox,
  PIECE,
  plainItems,
  putPiece,
  query,
  run,
  SYNC,
  sendPhotos,
  VISIT,
} from '../helpers/database-copy.js';
import { DEMO_YEAR } from '../helpers/demo.js';
import { type PostgresCluster, startPostgresCluster } from '../helpers/postgres-cluster.js';
import { GraphQLCaller, TEST_AUDIT_KEY, TEST_SECRET } from '../helpers/test-app.js';

/**
 * `pnpm cli db move --to <url>` (docs/operations.md): a department's embedded PGlite folder, with the demo
 * data and a visit recorded through the API (photos whole and in pieces, a phone's outbox), moved into
 * a new PostgreSQL database of a throwaway cluster. The app started there holds the same rows, photos,
 * audit chain and inspector's view; the phone's outbox replayed after the move applies nothing twice.
 * A running app, a non-empty target, a target the move cannot write and a source of another version are
 * refused or stopped with a message, and the source stays as it was.
 *
 * Slow: the CLI opens the PGlite folder four times (each open takes 10-30 s here, more under load; the
 * first test took 806 s on a machine with a load average of 30), hence the long timeouts.
 */

const MY_VISITS = `{ myVisits { id status version conclusion } }`;

let cluster: PostgresCluster;
let work: string;
let dataDir: string;
const apps: App[] = [];

const env = (extra: Record<string, string> = {}) => ({
  PATH: process.env.PATH ?? '',
  NODE_ENV: 'test',
  SESSION_SECRET: TEST_SECRET,
  AUDIT_KEY: TEST_AUDIT_KEY,
  DATA_DIR: dataDir,
  LOG_LEVEL: 'silent',
  ...extra,
});

/** `pnpm cli db move --to <url>` as the office runs it: its exit code and what it printed. */
const move = (to: string, folder = dataDir) =>
  run(process.execPath, [CLI, 'db', 'move', '--to', to], { env: env({ DATA_DIR: folder }), timeout: 900_000 });

async function startApp(databaseUrl?: string): Promise<{ app: App; url: string }> {
  const config = loadConfig({
    ...env(),
    CLIENT_DIST: '',
    SEED_DEMO: 'true',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: '4' } : {}),
  });
  const app = await createApp(config);
  apps.push(app);
  return { app, url: await app.listen(0, '127.0.0.1') };
}

beforeAll(async () => {
  if (!existsSync(CLI))
    throw new Error(`${CLI} is missing: build the server first (pnpm --filter @kycuong/server build)`);
  work = mkdtempSync(path.join(tmpdir(), 'kycuong-move-'));
  dataDir = path.join(work, 'data');
  cluster = await startPostgresCluster();
  for (const name of ['moved', 'used', 'locked', 'newer']) await query(cluster.url(), `create database ${name}`);
  await query(cluster.url('used'), 'create table keep_me (x int)');
  // A role that may connect to `locked` but create nothing there: the move stops at its first statement.
  await query(cluster.url(), 'create role mover login');
}, 120_000);

afterAll(async () => {
  try {
    for (const app of apps) await app.close().catch(() => undefined);
  } finally {
    await cluster?.destroy();
    if (work) rmSync(work, { recursive: true, force: true });
  }
}, 60_000);

describe('pnpm cli db move', () => {
  it('moves the embedded database into PostgreSQL: rows, photos, audit chain, sessions and the outbox', async () => {
    const source = await startApp();
    expect(source.app.database.kind).toBe('pglite');
    const sourceUrl = source.app.database.url;

    // The inspector's phone: a planned visit started, answered and photographed offline, then synced.
    const phone = await new GraphQLCaller(source.url).signIn('kiemtra');
    const [visit] = await query<{ id: string }>(
      sourceUrl,
      `select v.id from visit v join unit u on u.id = v.unit_id join plan_line l on l.id = v.plan_line_id
        join inspection_plan p on p.id = l.plan_id where p.year = ${DEMO_YEAR} and u.code = 'HKL-CL'`,
    );
    const visitId = visit?.id as string;
    const items = await plainItems(sourceUrl);
    const sent = await sendPhotos(source.url, phone, 40_000, 321);
    // A photo still arriving when the move happens: its first piece is kept and finished afterwards.
    const unfinished = jpeg(PIECE + 999);
    const unfinishedId = randomUUID();
    expect((await putPiece(source.url, phone, unfinishedId, unfinished, 0)).status).toBe(202);

    const phoneOutbox = new PhoneOutbox(phone);
    const op = phoneOutbox.op.bind(phoneOutbox);
    const outbox = [
      op('START_VISIT', { visitId }),
      op('ANSWER_ITEM', { visitId, itemId: items[0]?.id, passFail: 'PASS' }),
      op('ANSWER_ITEM', { visitId, itemId: items[1]?.id, passFail: 'FAIL', note: 'Chưa niêm yết công khai.' }),
      ...attachPhotos(phoneOutbox, visitId, items[1]?.id, sent),
    ];
    expect(await phoneOutbox.send(outbox)).toEqual(outbox.map(() => 'APPLIED'));
    const seenVisit = await phone.request(VISIT, { id: visitId });
    expect(seenVisit.errors).toBeUndefined();
    const seenList = await phone.request(MY_VISITS);
    expect((seenList.data as { myVisits: unknown[] }).myVisits.length).toBeGreaterThan(0);

    const before = await fingerprint(sourceUrl);
    const photosBefore = await blobHashes(sourceUrl);
    const rowsBefore = before.rows as Record<string, { n: number }>;
    expect(rowsBefore.stored_file?.n).toBeGreaterThanOrEqual(3);
    expect(rowsBefore.file_upload_piece?.n).toBe(1);
    expect(rowsBefore.applied_operation?.n).toBeGreaterThanOrEqual(outbox.length);
    expect(rowsBefore.device?.n).toBe(1);
    expect(photosBefore.length).toBe(rowsBefore.stored_file?.n);

    // While the app holds the data folder, the move is refused and writes nothing.
    const busy = await move(cluster.url('moved'));
    expect(busy.code, busy.stderr).toBe(3);
    expect(busy.stderr).toMatch(/DB_MOVE_REFUSED: Thư mục dữ liệu PGlite đang được một tiến trình khác dùng/);
    expect(await contents(cluster.url('moved'))).toBe(0);
    await source.app.close();

    // A target that holds anything is refused before the source is even opened: not a byte changes.
    const files = folderHashes(path.join(dataDir, 'pglite'));
    const used = await move(cluster.url('used'));
    expect(used.code, used.stderr).toBe(3);
    expect(used.stderr).toMatch(/Cơ sở dữ liệu đích không trống \(table public\.keep_me\)/);
    expect(used.stderr).toMatch(/The target database is not empty/);
    expect(folderHashes(path.join(dataDir, 'pglite'))).toEqual(files);
    expect(await query(cluster.url('used'), 'select * from keep_me')).toEqual([]);

    // A move stopped part way (here: the target refuses to create anything): it says how to retry,
    // the target is left empty (one transaction) and the source as it was (checked by the real move below).
    const locked = new URL(cluster.url('locked'));
    locked.username = 'mover';
    const stopped = await move(locked.toString());
    expect(stopped.code, stopped.stderr).toBe(1);
    expect(stopped.stderr).toMatch(/DB_MOVE_INTERRUPTED: Chuyển dữ liệu bị dừng giữa chừng: psql exited/);
    expect(stopped.stderr).toMatch(/Dữ liệu nguồn \(thư mục DATA_DIR\) không bị thay đổi/);
    expect(stopped.stderr).toMatch(/dropdb "locked" && createdb "locked"/);
    expect(await contents(cluster.url('locked'))).toBe(0);

    // The move itself.
    const moved = await move(cluster.url('moved'));
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.stdout).toMatch(/^public\.visit_answer\s+\d+$/m);
    expect(moved.stdout).toMatch(new RegExp(`^public\\.stored_file\\s+${rowsBefore.stored_file?.n}$`, 'm'));
    expect(moved.stdout).toMatch(/Ảnh \/ photos: \d+ tệp đúng SHA-256/);
    expect(moved.stdout).toMatch(/Nhật ký \/ audit chain intact: \d+ entries/);

    // Table by table, row by row (sessions, devices and applied operations included), and the photos.
    const movedUrl = cluster.url('moved');
    expect(await fingerprint(movedUrl)).toEqual(before);
    expect(await blobHashes(movedUrl)).toEqual(photosBefore);
    const verify = await run(process.execPath, [CLI, 'audit', 'verify'], {
      env: env({ DATABASE_URL: movedUrl }),
      timeout: 120_000,
    });
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/audit chain intact: \d+ entries/);

    // The app on PostgreSQL: the phone still signed in sees the same visit, list and photos.
    const target = await startApp(movedUrl);
    expect(target.app.seeded).toBe(false);
    const samePhone = new GraphQLCaller(target.url);
    samePhone.cookie = phone.cookie;
    expect(await samePhone.request(VISIT, { id: visitId })).toEqual(seenVisit);
    expect(await samePhone.request(MY_VISITS)).toEqual(seenList);
    await expectPhotos(samePhone, sent);
    // The upload under way goes on from where it was.
    expect((await putPiece(target.url, samePhone, unfinishedId, unfinished, PIECE)).status).toBe(201);

    // The outbox sent again (the phone never heard back) applies nothing twice; its next write applies once.
    const counted = `select (select count(*) from audit_entry)::int as audit, (select count(*) from attachment)::int as attachments,
      (select count(*) from applied_operation)::int as applied, (select count(*) from finding)::int as findings`;
    const countsBefore = await query(movedUrl, counted);
    const replay = await samePhone.request<{ syncBatch: { outcomes: { status: string }[] } }>(SYNC, {
      i: { deviceId: phoneOutbox.deviceId, operations: outbox },
    });
    expect(replay.errors).toBeUndefined();
    expect(replay.data?.syncBatch.outcomes.map((o) => o.status)).toEqual(outbox.map(() => 'APPLIED'));
    expect(await query(movedUrl, counted)).toEqual(countsBefore);
    expect(await samePhone.request(VISIT, { id: visitId })).toEqual(seenVisit);
    const next = op('ANSWER_ITEM', { visitId, itemId: items[2]?.id, passFail: 'NOT_APPLICABLE' });
    for (let i = 0; i < 2; i++) {
      const res = await samePhone.request<{ syncBatch: { outcomes: { status: string }[] } }>(SYNC, {
        i: { deviceId: phoneOutbox.deviceId, operations: [...outbox, next] },
      });
      expect(res.data?.syncBatch.outcomes.map((o) => o.status)).toEqual([...outbox, next].map(() => 'APPLIED'));
    }
    const [after] = await query<{ applied: number }>(movedUrl, counted);
    expect(after?.applied).toBe((countsBefore[0] as { applied: number }).applied + 1);
  }, 1_800_000);

  it('refuses a source written by a newer version, and leaves it as it was', async () => {
    const newer = path.join(work, 'newer');
    const known = migrationsList.map((m) => m.name);
    const open = () => openDatabase(undefined, newer, createLogger({ logLevel: 'silent' }));
    let db = await open();
    await query(
      db.url,
      'create table mikro_orm_migrations (id serial primary key, name varchar(255), executed_at timestamptz)',
    );
    for (const name of [...known, 'Migration29990101000000']) {
      await query(db.url, 'insert into mikro_orm_migrations (name, executed_at) values ($1, now())', [name]);
    }
    const rows = await query(db.url, 'select * from mikro_orm_migrations order by id');
    await db.close();

    const refused = await move(cluster.url('newer'), newer);
    expect(refused.code, refused.stderr).toBe(3);
    expect(refused.stderr).toMatch(
      /DB_MOVE_REFUSED: Dữ liệu nguồn do một phiên bản Kỷ cương mới hơn ghi \(migration Migration29990101000000\)/,
    );
    expect(await contents(cluster.url('newer'))).toBe(0);

    db = await open();
    try {
      expect(await query(db.url, 'select * from mikro_orm_migrations order by id')).toEqual(rows);
    } finally {
      await db.close();
    }
  }, 900_000);
});
