import { createHash, randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/common/config.js';
import { DATABASE_UNAVAILABLE } from '../../server/src/common/connection-errors.js';
import { DEMO_YEAR } from '../helpers/demo.js';
import { type PostgresCluster, startPostgresCluster } from '../helpers/postgres-cluster.js';
import { GraphQLCaller, TEST_SECRET } from '../helpers/test-app.js';

/**
 * PostgreSQL restarted under the server while phones sync: `pg_ctl restart -m fast` (sessions ended
 * cleanly) and `-m immediate` (the server killed, crash recovery at start), each while batches and photo
 * pieces are in flight. The app is not restarted: its pool must reconnect by itself. While the database
 * is away, every request is answered at once with 503 DATABASE_UNAVAILABLE and a Vietnamese message; the
 * phones retry with backoff as the real client does, and in the end the server holds each write once.
 *
 * Runs on a throwaway PostgreSQL cluster of its own (initdb into a temp folder, fsync off), never the
 * shared server, so it runs the same with or without TEST_DATABASE_URL; it fails if initdb is missing.
 */

const SYNC = `mutation ($i: SyncBatchInput!) { syncBatch(input: $i) { outcomes { operationId status code message } } }`;
const PIECE = 256 * 1024;
const ITEMS = 6;
const EDITS_PER_PHONE = 24;
const PASSWORD = 'Lo-Thi-Ba kiem tra 2026';
/**
 * Any answer slower than this counts as a hang: a loaded 2-CPU machine answers within a few seconds,
 * while a request stuck waiting for the pool would sit out knex's 60 s acquire timeout.
 */
const MAX_ANSWER_MS = 15_000;

let cluster: PostgresCluster;
let app: App;
let url: string;
let itemIds: string[];
let unitId: string;
let teamId: string;
let versionId: string;

type Outcome = { operationId: string; status: string; code: string | null; message: string | null };
interface QueuedOp {
  operationId: string;
  sequence: number;
  kind: string;
  input: Record<string, unknown>;
}

const seen = {
  requests: 0,
  unavailable: 0,
  networkErrors: 0,
  retries: 0,
  slowestMs: 0,
  restartsWhileInFlight: 0,
};
/** Answers that are neither a success nor the clean retryable error: each one fails the test. */
const badAnswers: string[] = [];

async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: cluster.url('kycuong') });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One HTTP exchange, timed; a refused or reset connection is `null` (the phone sees no answer). */
async function exchange(
  input: string,
  init: RequestInit,
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers } | null> {
  seen.requests++;
  const started = Date.now();
  try {
    const res = await fetch(input, { ...init, signal: AbortSignal.timeout(MAX_ANSWER_MS * 3) });
    const text = await res.text();
    const ms = Date.now() - started;
    seen.slowestMs = Math.max(seen.slowestMs, ms);
    if (ms > MAX_ANSWER_MS) badAnswers.push(`${init.method} ${input} took ${ms} ms`);
    let body: Record<string, unknown> = {};
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      badAnswers.push(`${init.method} ${input}: ${res.status} not JSON: ${text.slice(0, 200)}`);
    }
    return { status: res.status, body, headers: res.headers };
  } catch (err) {
    seen.networkErrors++;
    if ((err as Error).name === 'TimeoutError') badAnswers.push(`${init.method} ${input} hung`);
    return null;
  }
}

/** Whether an answer is the clean "database away, try again" error (and records it if it is neither that nor success). */
function isUnavailable(
  res: { status: number; body: Record<string, unknown> },
  code: string | undefined,
  message: unknown,
): boolean {
  if (
    res.status === 503 &&
    code === DATABASE_UNAVAILABLE &&
    typeof message === 'string' &&
    /cơ sở dữ liệu/.test(message)
  ) {
    seen.unavailable++;
    return true;
  }
  return false;
}

/** A phone with its outbox: sends what is waiting, oldest first, and retries with backoff like the app. */
class Phone {
  readonly deviceId = randomUUID();
  readonly caller: GraphQLCaller;
  outbox: QueuedOp[] = [];
  readonly sent: QueuedOp[] = [];
  private sequence = 0;

  constructor(readonly user: string) {
    this.caller = new GraphQLCaller(url);
  }

  enqueue(kind: string, input: Record<string, unknown>): QueuedOp {
    const op = { operationId: randomUUID(), sequence: ++this.sequence, kind, input };
    this.outbox.push(op);
    this.sent.push(op);
    return op;
  }

  /** Equal-jitter backoff as in the client's sync engine, scaled down from 1 s to 50 ms. */
  private async backoff(failures: number): Promise<void> {
    seen.retries++;
    const ceiling = Math.min(2000, 50 * 2 ** failures);
    await sleep(ceiling / 2 + Math.random() * (ceiling / 2));
  }

  /** Sends the outbox until the server has answered for every write. */
  async sync(): Promise<void> {
    let failures = 0;
    while (this.outbox.length > 0) {
      const ops = [...this.outbox];
      const res = await exchange(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: this.caller.cookie ?? '' },
        body: JSON.stringify({
          query: SYNC,
          variables: {
            i: {
              deviceId: this.deviceId,
              operations: ops,
              pending: { count: ops.length, operationIds: ops.map((o) => o.operationId) },
            },
          },
        }),
      });
      if (res) {
        const errors = res.body.errors as { message: string; extensions?: { code?: string } }[] | undefined;
        if (res.status === 200 && !errors) {
          const outcomes = (res.body.data as { syncBatch: { outcomes: Outcome[] } }).syncBatch.outcomes;
          for (const o of outcomes) {
            if (o.status !== 'APPLIED') badAnswers.push(`${this.user}: ${o.status} ${o.code} ${o.message}`);
          }
          const applied = new Set(outcomes.map((o) => o.operationId));
          this.outbox = this.outbox.filter((op) => !applied.has(op.operationId));
          failures = 0;
          continue;
        }
        if (!isUnavailable(res, errors?.[0]?.extensions?.code, errors?.[0]?.message)) {
          badAnswers.push(`${this.user} syncBatch: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
        }
      }
      await this.backoff(++failures);
    }
  }

  /** PUT of one piece, retried until the server answers for it; resumes from the server's offset (HEAD). */
  async uploadPhoto(bytes: Buffer, id: string): Promise<void> {
    const hash = sha256(bytes);
    let offset = 0;
    let failures = 0;
    for (;;) {
      const piece = bytes.subarray(offset, Math.min(offset + PIECE, bytes.length));
      const res = await exchange(`${url}/api/files/${id}`, {
        method: 'PUT',
        headers: {
          cookie: this.caller.cookie ?? '',
          'content-type': 'application/octet-stream',
          'upload-offset': String(offset),
          'upload-length': String(bytes.length),
          'x-content-sha256': hash,
        },
        body: new Uint8Array(piece),
      });
      if (res?.status === 201) {
        expect(res.body.sha256).toBe(hash);
        return;
      }
      if (res?.status === 202 || (res?.status === 409 && res.body.code === 'FILE_UPLOAD_OFFSET')) {
        offset = Number(res.body.offset);
        failures = 0;
        continue;
      }
      if (res && !isUnavailable(res, res.body.code as string | undefined, res.body.message)) {
        badAnswers.push(`${this.user} PUT piece at ${offset}: ${res.status} ${JSON.stringify(res.body)}`);
      }
      await this.backoff(++failures);
      // Where does the server stand? (The piece may have been stored before the answer was lost.)
      const head = await exchange(`${url}/api/files/${id}`, {
        method: 'HEAD',
        headers: { cookie: this.caller.cookie ?? '' },
      });
      if (head?.status === 200 && head.headers.get('upload-complete') === '1') return;
      if (head?.status === 200) offset = Number(head.headers.get('upload-offset'));
      else if (head?.status === 404) offset = 0;
    }
  }
}

interface Edit {
  visitId: string;
  itemId: string;
  passFail: 'PASS' | 'FAIL' | 'NOT_APPLICABLE';
}

beforeAll(async () => {
  cluster = await startPostgresCluster();
  const admin = new pg.Client({ connectionString: cluster.url() });
  await admin.connect();
  await admin.query('create database kycuong');
  await admin.end();
  const config = loadConfig({
    NODE_ENV: 'test',
    SESSION_SECRET: TEST_SECRET,
    CLIENT_DIST: '',
    SEED_DEMO: 'true',
    DATABASE_URL: cluster.url('kycuong'),
    DATABASE_POOL_SIZE: '5',
  });
  app = await createApp(config);
  url = await app.listen(0, '127.0.0.1');

  const adminCaller = await new GraphQLCaller(url).signIn('admin');
  const created = await adminCaller.request('mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }', {
    i: { username: 'kiemtra3', fullName: 'Lò Thị Ba', password: PASSWORD, role: 'INSPECTOR' },
  });
  expect(created.errors).toBeUndefined();
  // As if she had chosen the password herself (the first change is covered by password-change-required.test.ts).
  await sql(`update app_user set must_change_password = false where username = 'kiemtra3'`);
  const team = await sql<{ team_id: string }>(
    `select tm.team_id from team_member tm join inspection_team team on team.id = tm.team_id
      join app_user u on u.id = tm.user_id where team.year = ${DEMO_YEAR} and u.username = 'kiemtra'`,
  );
  teamId = team[0]?.team_id ?? '';
  await sql(
    `insert into team_member (id, team_id, user_id, role)
     select gen_random_uuid(), $1, u.id, 'MEMBER' from app_user u
      where u.username in ('kiemtra2', 'kiemtra3')
        and not exists (select 1 from team_member m where m.team_id = $1 and m.user_id = u.id)`,
    [teamId],
  );
  unitId = (await sql<{ id: string }>(`select id from unit where code = 'CCTL'`))[0]?.id ?? '';
  const items = await sql<{ id: string; version_id: string }>(
    `select i.id, g.version_id from checklist_item i join checklist_group g on g.id = i.group_id
      join checklist_version v on v.id = g.version_id
     where v.number = 1 and i.answer_type = 'PASS_FAIL' and not i.photo_required_on_fail
     order by g.position, i.position limit $1`,
    [ITEMS],
  );
  expect(items).toHaveLength(ITEMS);
  itemIds = items.map((i) => i.id);
  versionId = items[0]?.version_id ?? '';
}, 180_000);

afterAll(async () => {
  console.info(`postgres restart: ${JSON.stringify(seen)}`);
  try {
    await app?.close();
  } finally {
    await cluster?.destroy();
  }
}, 60_000);

/** A visit in progress on the team's checklist, one per phone, so that the phones' edits do not meet. */
async function newVisit(): Promise<string> {
  const id = randomUUID();
  await sql(
    `insert into visit (id, unit_id, team_id, status, template_version_id, started_at, visit_date, attendees, version, created_at, updated_at)
     values ($1, $2, $3, 'IN_PROGRESS', $4, now(), current_date, '[]', 1, now(), now())`,
    [id, unitId, teamId, versionId],
  );
  return id;
}

/** Waits until some session of the app is inside a transaction (a batch being applied), or gives up. */
async function batchInFlight(timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await sql<{ n: string }>(
      `select count(*) as n from pg_stat_activity
        where datname = 'kycuong' and pid <> pg_backend_pid() and xact_start is not null`,
    ).catch(() => [{ n: '0' }]);
    if (Number(open[0]?.n) > 0) return true;
    await sleep(2);
  }
  return false;
}

/** Polls /readyz until the app says the database is back (the app itself is never restarted). */
async function readyAgain(timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const res = await fetch(`${url}/readyz`).catch(() => null);
    if (res?.status === 200) return Date.now() - started;
    await sleep(100);
  }
  throw new Error(`the app did not report ready within ${timeoutMs} ms of PostgreSQL starting again`);
}

describe('PostgreSQL restarted while phones sync', () => {
  it('answers 503 DATABASE_UNAVAILABLE at once while the database is down, and is ready again by itself', async () => {
    const phone = new Phone('kiemtra');
    await phone.caller.signIn('kiemtra');
    await cluster.stop('fast');
    try {
      const started = Date.now();
      const gql = await exchange(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: phone.caller.cookie ?? '' },
        body: JSON.stringify({ query: SYNC, variables: { i: { deviceId: phone.deviceId, operations: [] } } }),
      });
      expect(gql?.status).toBe(503);
      const error = (gql?.body.errors as { message: string; extensions: Record<string, unknown> }[] | undefined)?.[0];
      expect(error?.extensions.code).toBe(DATABASE_UNAVAILABLE);
      expect(error?.message).toMatch(/cơ sở dữ liệu/);
      // No driver text, no stack: only the code and the message.
      expect(JSON.stringify(gql?.body)).not.toMatch(/ECONNREFUSED|connect|terminat/i);

      const put = await exchange(`${url}/api/files/${randomUUID()}`, {
        method: 'PUT',
        headers: { cookie: phone.caller.cookie ?? '', 'content-type': 'image/jpeg' },
        body: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]),
      });
      expect(put?.status).toBe(503);
      expect(put?.body).toMatchObject({ code: DATABASE_UNAVAILABLE });
      expect(put?.body.message).toMatch(/cơ sở dữ liệu/);

      const ready = await fetch(`${url}/readyz`);
      expect(ready.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(MAX_ANSWER_MS);
    } finally {
      await cluster.start();
    }
    await readyAgain(30_000);
    const me = await phone.caller.request('{ me { username } }');
    expect(me.data).toEqual({ me: { username: 'kiemtra' } });
  }, 120_000);

  it('restarted fast and killed (immediate) mid-batch: after retries every write is applied once, the photo is whole', async () => {
    const phones = [new Phone('kiemtra'), new Phone('kiemtra2'), new Phone('kiemtra3')];
    for (const phone of phones) await phone.caller.signIn(phone.user, phone.user === 'kiemtra3' ? PASSWORD : undefined);
    const visits = await Promise.all(phones.map(() => newVisit()));
    const edits = new Map<string, Edit>();
    const photo = randomBytes(2 * PIECE + 12_345);
    photo.set([0xff, 0xd8, 0xff, 0xe0], 0);
    const photoId = randomUUID();
    const attachmentId = randomUUID();

    // Each phone answers items of its own visit, a few at a time, and syncs after each few taps,
    // until PostgreSQL has been restarted twice (and at least EDITS_PER_PHONE times).
    let faultsDone = false;
    const work = phones.map(async (phone, p) => {
      const visitId = visits[p] as string;
      const lastOp = new Map<string, string>();
      for (let n = 0; n < EDITS_PER_PHONE || !faultsDone; n++) {
        const itemId = itemIds[(n * 5 + p) % ITEMS] as string;
        const passFail = (['PASS', 'FAIL', 'NOT_APPLICABLE'] as const)[(n + p) % 3] as Edit['passFail'];
        const op = phone.enqueue('ANSWER_ITEM', {
          visitId,
          itemId,
          passFail,
          note: passFail === 'FAIL' ? `Lần ${n + 1}: chưa niêm yết.` : null,
          baseVersion: null,
          baseOperationId: lastOp.get(itemId) ?? null,
          editedAt: new Date(Date.UTC(2026, 10, 20, 8, p, n)).toISOString(),
        });
        lastOp.set(itemId, op.operationId);
        edits.set(`${visitId}:${itemId}`, { visitId, itemId, passFail });
        if (p === 0 && n === 4) {
          await phone.uploadPhoto(photo, photoId);
          phone.enqueue('ATTACH_VISIT_FILE', {
            visitId,
            attachmentId,
            fileId: photoId,
            kind: 'PHOTO',
            itemId,
            caption: 'Bảng niêm yết',
          });
        }
        if (n % 3 === 2) await phone.sync();
      }
      await phone.sync();
    });

    // Meanwhile PostgreSQL goes away twice, each time while a batch is being applied.
    const faults = (async () => {
      for (const mode of ['fast', 'immediate'] as const) {
        if (await batchInFlight(60_000)) seen.restartsWhileInFlight++;
        await cluster.restart(mode);
        await readyAgain(30_000);
      }
      faultsDone = true;
    })().finally(() => {
      faultsDone = true;
    });
    await Promise.all([...work, faults]);
    expect(seen.restartsWhileInFlight).toBe(2);
    expect(badAnswers).toEqual([]);
    expect(seen.unavailable + seen.networkErrors).toBeGreaterThan(0);

    // Exactly once, against the model: every operation recorded once and one history entry for each.
    const all = phones.flatMap((phone) => phone.sent);
    const ids = `{${all.map((op) => op.operationId).join(',')}}`;
    const applied = await sql<{ n: string }>('select count(*) as n from applied_operation where id = any($1::uuid[])', [
      ids,
    ]);
    expect(Number(applied[0]?.n)).toBe(all.length);
    const history = await sql<{ entity_type: string; n: string }>(
      `select entity_type, count(*) as n from audit_entry where visit_id = any($1::uuid[]) and entity_type <> 'Finding'
          group by entity_type order by entity_type`,
      [`{${visits.join(',')}}`],
    );
    expect(Object.fromEntries(history.map((h) => [h.entity_type, Number(h.n)]))).toEqual({
      Attachment: 1,
      VisitAnswer: all.filter((op) => op.kind === 'ANSWER_ITEM').length,
    });
    const answers = await sql<Edit>(
      `select visit_id as "visitId", item_id as "itemId", pass_fail as "passFail" from visit_answer
          where visit_id = any($1::uuid[]) order by visit_id, item_id`,
      [`{${visits.join(',')}}`],
    );
    const expected = [...edits.values()].sort(
      (a, b) => a.visitId.localeCompare(b.visitId) || a.itemId.localeCompare(b.itemId),
    );
    expect(answers).toEqual(expected);
    // One finding per item whose last answer is Không đạt, no duplicates.
    const findings = await sql<{ visitId: string; itemId: string }>(
      `select visit_id as "visitId", item_id as "itemId" from finding
          where visit_id = any($1::uuid[]) and from_failed_item order by visit_id, item_id`,
      [`{${visits.join(',')}}`],
    );
    expect(findings).toEqual(
      expected.filter((e) => e.passFail === 'FAIL').map(({ visitId, itemId }) => ({ visitId, itemId })),
    );
    for (const [p, phone] of phones.entries()) {
      const device = await sql<{ last_sequence: number }>('select last_sequence from device where id = $1', [
        phone.deviceId,
      ]);
      expect(Number(device[0]?.last_sequence), `phone ${p}`).toBe(phone.sent.at(-1)?.sequence);
    }

    // The photo whole: stored once with its hash, no upload left half done, the same bytes back.
    expect(await sql('select sha256, size from stored_file where id = $1', [photoId])).toEqual([
      { sha256: sha256(photo), size: photo.length },
    ]);
    expect(await sql('select id from file_upload where id = $1', [photoId])).toEqual([]);
    expect(await sql('select file_id from attachment where id = $1', [attachmentId])).toEqual([{ file_id: photoId }]);
    const download = await (phones[0] as Phone).caller.download(photoId);
    expect(download.status).toBe(200);
    expect(sha256(download.bytes)).toBe(sha256(photo));
  }, 240_000);
});
