import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_YEAR } from '../helpers/demo.js';
import { TINY_PNG } from '../helpers/images.js';
import { type AppInstance, GraphQLCaller, SIGN_IN, startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The scale-out path: two server instances on one database, phones syncing through both, alternating.
 * Sessions, sign-in throttling and idempotency live in PostgreSQL, so it must not matter which instance
 * a request reaches: a batch delivered to both at the same time, a response lost, a photo sent half
 * through one instance and finished through the other, all still apply every write exactly once.
 *
 * Runs on the real PostgreSQL (TEST_DATABASE_URL) and on the embedded PGlite, where both instances share
 * the one socket (`startSecondInstance` splits its connections between them).
 */

const SYNC = `mutation ($i: SyncBatchInput!) { syncBatch(input: $i) { outcomes { operationId status code message } } }`;
const ME = '{ me { username } }';
const PIECE = 256 * 1024;
const PHONES = ['kiemtra', 'kiemtra2', 'kiemtra3'];
const KIEMTRA3_PASSWORD = 'Lo-Thi-Ba kiem tra 2026';

interface Item {
  id: string;
  code: string;
  answerType: 'PASS_FAIL' | 'NUMBER' | 'TEXT';
  photoRequiredOnFail: boolean;
}

interface QueuedOp {
  operationId: string;
  sequence: number;
  kind: string;
  input: Record<string, unknown>;
}

interface Photo {
  id: string;
  bytes: Buffer;
  sha256: string;
}

type Outcome = { operationId: string; status: string; code: string | null; message: string | null };

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Random bytes behind a JPEG header: type sniffing reads the first bytes, and no two photos share a hash. */
function photo(size: number): Photo {
  const bytes = randomBytes(size);
  bytes.set([0xff, 0xd8, 0xff, 0xe0], 0);
  return { id: randomUUID(), bytes, sha256: sha256(bytes) };
}

/** A small seeded random source, so a failing run can be repeated with TWO_INSTANCES_SEED. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

const SEED = Number(process.env.TWO_INSTANCES_SEED ?? Date.now() % 2_147_483_647);
const rand = random(SEED);
const pick = <T>(values: readonly T[]): T => values[Math.floor(rand() * values.length)] as T;

let t: TestApp;
let b: AppInstance;
let urls: [string, string];
const faults = { alternating: 0, both: 0, lostResponse: 0, dropped: 0, piecesRaced: 0, piecesResumedElsewhere: 0 };

/**
 * A phone: one session cookie, used on both instances. It queues writes in an outbox and sends whatever
 * is still waiting, oldest first, to whichever instance the proxy picks.
 */
class Phone {
  readonly deviceId = randomUUID();
  readonly callers: [GraphQLCaller, GraphQLCaller];
  outbox: QueuedOp[] = [];
  readonly sent: QueuedOp[] = [];
  private sequence = 0;
  private turn = 0;

  constructor(readonly user: string) {
    this.callers = [new GraphQLCaller(urls[0]), new GraphQLCaller(urls[1])];
  }

  /** Signs in through one instance; the other gets the same cookie, as behind a proxy. */
  async signIn(through: 0 | 1): Promise<void> {
    await this.callers[through].signIn(this.user, this.user === 'kiemtra3' ? KIEMTRA3_PASSWORD : undefined);
    this.callers[1 - through] = Object.assign(new GraphQLCaller(urls[1 - through] as string), {
      cookie: this.callers[through].cookie,
    });
  }

  /** The instance the next request goes to: the proxy alternates. */
  next(): GraphQLCaller {
    this.turn += 1;
    return this.callers[this.turn % 2] as GraphQLCaller;
  }

  enqueue(kind: string, input: Record<string, unknown>): QueuedOp {
    const operationId = randomUUID();
    const op = { operationId, sequence: ++this.sequence, kind, input };
    this.outbox.push(op);
    this.sent.push(op);
    return op;
  }

  async send(caller: GraphQLCaller, ops: QueuedOp[]): Promise<Outcome[]> {
    const res = await caller.request<{ syncBatch: { outcomes: Outcome[] } }>(SYNC, {
      i: {
        deviceId: this.deviceId,
        operations: ops,
        pending: { count: ops.length, operationIds: ops.map((op) => op.operationId) },
      },
    });
    if (res.errors) throw new Error(`syncBatch through ${caller.url} failed: ${JSON.stringify(res.errors)}`);
    return res.data?.syncBatch.outcomes ?? [];
  }

  acknowledge(outcomes: Outcome[]): void {
    // Valid writes to the phone's own open visit are never refused: a refusal here is a server bug.
    for (const o of outcomes) expect(o, `${this.user}: ${o.message}`).toMatchObject({ status: 'APPLIED' });
    const applied = new Set(outcomes.map((o) => o.operationId));
    this.outbox = this.outbox.filter((op) => !applied.has(op.operationId));
  }

  /** One attempt to sync over a bad network: delivered, delivered to both instances at once, answer lost, or dropped. */
  async syncOnce(): Promise<void> {
    const ops = [...this.outbox];
    if (ops.length === 0) return;
    const fate = pick(['alternating', 'alternating', 'both', 'both', 'lostResponse', 'dropped'] as const);
    faults[fate] += 1;
    if (fate === 'alternating') this.acknowledge(await this.send(this.next(), ops));
    else if (fate === 'both') {
      const [first, second] = await Promise.all([this.send(this.callers[0], ops), this.send(this.callers[1], ops)]);
      // One instance applied the writes, the other replayed the stored results: both report them applied.
      expect(second.map((o) => o.status)).toEqual(first.map((o) => o.status));
      this.acknowledge(first);
    } else if (fate === 'lostResponse') await this.send(this.next(), ops);
  }

  /** Back in coverage: sends until the outbox is empty. */
  async flush(): Promise<void> {
    for (let round = 0; round < 4 && this.outbox.length > 0; round++) {
      this.acknowledge(await this.send(this.next(), [...this.outbox]));
    }
    expect(this.outbox).toEqual([]);
  }

  async putPiece(
    caller: GraphQLCaller,
    file: Photo,
    offset: number,
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const piece = file.bytes.subarray(offset, Math.min(offset + PIECE, file.bytes.length));
    const res = await fetch(`${caller.url}/api/files/${file.id}`, {
      method: 'PUT',
      headers: {
        cookie: caller.cookie ?? '',
        'content-type': 'application/octet-stream',
        'upload-offset': String(offset),
        'upload-length': String(file.bytes.length),
        'x-content-sha256': file.sha256,
      },
      body: new Uint8Array(piece),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  /**
   * Uploads a photo in pieces as the phone does: the first piece through one instance; the connection
   * drops, the phone asks the other instance where the upload stands and sends the next piece to both
   * instances at the same time (a retry racing the original); then it finishes alternating, and sends
   * the last piece once more (its answer was lost).
   */
  async uploadPhoto(file: Photo): Promise<void> {
    expect(file.bytes.length).toBeGreaterThan(2 * PIECE);
    const [first, other] = [this.next(), this.next()];
    expect((await this.putPiece(first, file, 0)).status).toBe(202);

    const head = await fetch(`${other.url}/api/files/${file.id}`, {
      method: 'HEAD',
      headers: { cookie: other.cookie ?? '' },
    });
    expect(head.status).toBe(200);
    expect(head.headers.get('upload-offset')).toBe(String(PIECE));
    faults.piecesResumedElsewhere += 1;

    faults.piecesRaced += 1;
    const raced = await Promise.all([this.putPiece(first, file, PIECE), this.putPiece(other, file, PIECE)]);
    // One instance stored the piece; the other found it already there: both say where to go on from.
    expect(raced.map((r) => r.status)).toEqual([202, 202]);
    for (const r of raced) expect(r.body.offset).toBe(2 * PIECE);

    let offset = 2 * PIECE;
    let last: { status: number; body: Record<string, unknown> } | null = null;
    while (offset < file.bytes.length) {
      last = await this.putPiece(this.next(), file, offset);
      if (last.status === 201) break;
      expect(last.status).toBe(202);
      offset = Number(last.body.offset);
    }
    expect(last?.status).toBe(201);
    expect(last?.body.sha256).toBe(file.sha256);
    const lastOffset = Math.floor((file.bytes.length - 1) / PIECE) * PIECE;
    const again = await this.putPiece(this.next(), file, lastOffset);
    expect(again.status).toBe(201);
    expect(again.body.sha256).toBe(file.sha256);
  }
}

interface VisitModel {
  visitId: string;
  phone: Phone;
  items: Item[];
  /** The phone's last value for each item, in the order it made them. */
  answers: Map<string, { passFail: string | null; numberValue: number | null; textValue: string | null }>;
  photos: Photo[];
  signatures: Photo[];
  attachments: { attachmentId: string; fileId: string; kind: string }[];
}

/** A whole visit on one phone: start, every item (some edited again), photos, signatures, attendees, conclusion, submit. */
async function conductVisit(phone: Phone, visitId: string): Promise<VisitModel> {
  const caller = phone.next();
  const planned = await caller.request<{
    visit: { plannedTemplateVersion: { id: string; groups: { items: Item[] }[] } };
  }>(
    'query ($id: ID!) { visit(id: $id) { plannedTemplateVersion { id groups { items { id code answerType photoRequiredOnFail } } } } }',
    { id: visitId },
  );
  const version = planned.data?.visit.plannedTemplateVersion;
  if (!version) throw new Error(`visit ${visitId} has no checklist: ${JSON.stringify(planned)}`);
  const items = version.groups.flatMap((g) => g.items);
  const model: VisitModel = {
    visitId,
    phone,
    items,
    answers: new Map(),
    photos: [],
    signatures: [],
    attachments: [],
  };
  const lastOpOfItem = new Map<string, string>();
  let tick = 0;
  const maybeSync = async () => {
    if (rand() < 0.3) await phone.syncOnce();
  };

  phone.enqueue('START_VISIT', { visitId, templateVersionId: version.id });
  const answer = (item: Item) => {
    const value = {
      passFail:
        item.answerType !== 'PASS_FAIL'
          ? null
          : item.photoRequiredOnFail
            ? pick(['PASS', 'NOT_APPLICABLE'])
            : pick(['PASS', 'PASS', 'FAIL', 'NOT_APPLICABLE']),
      numberValue: item.answerType === 'NUMBER' ? 0 : null,
      textValue:
        item.answerType === 'TEXT' ? pick(['Không có.', 'Đã niêm yết đầy đủ.', 'Có 2 ý kiến phản ánh.']) : null,
    };
    const op = phone.enqueue('ANSWER_ITEM', {
      visitId,
      itemId: item.id,
      ...value,
      note: value.passFail === 'FAIL' ? 'Chưa niêm yết công khai.' : null,
      // A Không đạt answer says what was found (a visit cannot be submitted without it).
      foundText: value.passFail === 'FAIL' ? 'Bảng niêm yết TTHC tại bộ phận một cửa chưa có quy trình mới.' : null,
      baseVersion: null,
      baseOperationId: lastOpOfItem.get(item.id) ?? null,
      editedAt: new Date(Date.UTC(2026, 10, 20, 8, 0, ++tick)).toISOString(),
    });
    lastOpOfItem.set(item.id, op.operationId);
    model.answers.set(item.id, value);
  };
  for (const item of items) {
    answer(item);
    await maybeSync();
  }
  // The inspector goes back over a few items and changes them.
  for (const item of items.filter(() => rand() < 0.25)) {
    answer(item);
    await maybeSync();
  }

  for (let i = 0; i < 2; i++) {
    const file = photo(2 * PIECE + 1 + Math.floor(rand() * PIECE * 1.5));
    await phone.uploadPhoto(file);
    model.photos.push(file);
    const attachmentId = randomUUID();
    phone.enqueue('ATTACH_VISIT_FILE', {
      visitId,
      attachmentId,
      fileId: file.id,
      kind: 'PHOTO',
      itemId: pick(items).id,
      caption: `Ảnh ${i + 1}`,
    });
    model.attachments.push({ attachmentId, fileId: file.id, kind: 'PHOTO' });
    await maybeSync();
  }
  for (const kind of ['SIGNATURE_TEAM_LEAD', 'SIGNATURE_UNIT_REPRESENTATIVE']) {
    const signature = { id: randomUUID(), bytes: TINY_PNG, sha256: sha256(TINY_PNG) };
    const upload = await phone.next().upload(signature.id, signature.bytes, 'image/png');
    expect(upload.status).toBe(201);
    model.signatures.push(signature);
    const attachmentId = randomUUID();
    phone.enqueue('ATTACH_VISIT_FILE', { visitId, attachmentId, fileId: signature.id, kind });
    model.attachments.push({ attachmentId, fileId: signature.id, kind });
  }
  phone.enqueue('SET_VISIT_ATTENDEES', {
    visitId,
    attendees: [{ name: 'Lê Văn Tâm', position: 'Chánh Văn phòng', side: 'UNIT' }],
  });
  await maybeSync();
  phone.enqueue('SET_VISIT_CONCLUSION', { visitId, conclusion: 'Đơn vị chấp hành cơ bản tốt.' });
  phone.enqueue('SUBMIT_VISIT', { visitId });
  await phone.syncOnce();
  await phone.flush();
  return model;
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const rows = await t.sql<{ n: string }>(sql, params);
  return Number(rows[0]?.n);
}

/** The server holds exactly what the phone did: every write once, one history entry each, whole files. */
async function checkVisit(model: VisitModel): Promise<void> {
  const { visitId, phone } = model;
  const ops = phone.sent.filter((op) => op.input.visitId === visitId);
  const ids = `{${ops.map((op) => op.operationId).join(',')}}`;
  expect(await count('select count(*) as n from applied_operation where id = any(?::uuid[])', [ids])).toBe(ops.length);

  const history = await t.sql<{ entity_type: string; n: string }>(
    `select entity_type, count(*) as n from audit_entry where visit_id = ? and entity_type <> 'Finding'
      group by entity_type order by entity_type`,
    [visitId],
  );
  const byKind = (...kinds: string[]) => ops.filter((op) => kinds.includes(op.kind)).length;
  expect(Object.fromEntries(history.map((h) => [h.entity_type, Number(h.n)]))).toEqual({
    Attachment: byKind('ATTACH_VISIT_FILE'),
    Visit: byKind('START_VISIT', 'SET_VISIT_ATTENDEES', 'SET_VISIT_CONCLUSION', 'SUBMIT_VISIT'),
    VisitAnswer: byKind('ANSWER_ITEM'),
  });

  const answers = await t.sql<{
    item_id: string;
    pass_fail: string | null;
    number_value: string | null;
    text_value: string | null;
  }>('select item_id, pass_fail, number_value, text_value from visit_answer where visit_id = ? order by item_id', [
    visitId,
  ]);
  expect(
    answers.map((a) => ({
      itemId: a.item_id,
      passFail: a.pass_fail,
      numberValue: a.number_value === null ? null : Number(a.number_value),
      textValue: a.text_value,
    })),
  ).toEqual(
    [...model.answers.entries()]
      .map(([itemId, value]) => ({ itemId, ...value }))
      .sort((x, y) => x.itemId.localeCompare(y.itemId)),
  );
  const failed = [...model.answers.entries()].filter(([, v]) => v.passFail === 'FAIL').map(([id]) => id);
  const findings = await t.sql<{ item_id: string }>(
    'select item_id from finding where visit_id = ? and from_failed_item order by item_id',
    [visitId],
  );
  expect(findings.map((f) => f.item_id)).toEqual(failed.sort());

  const visit = await t.sql<{ status: string; conclusion: string }>(
    'select status, conclusion from visit where id = ?',
    [visitId],
  );
  expect(visit[0]).toEqual({ status: 'SUBMITTED', conclusion: 'Đơn vị chấp hành cơ bản tốt.' });
  const attachments = await t.sql<{ id: string; file_id: string; kind: string }>(
    'select id, file_id, kind from attachment where visit_id = ? order by id',
    [visitId],
  );
  expect(attachments.map((a) => ({ attachmentId: a.id, fileId: a.file_id, kind: a.kind }))).toEqual(
    [...model.attachments].sort((x, y) => x.attachmentId.localeCompare(y.attachmentId)),
  );

  // Every file whole, with its hash, readable through either instance; no upload left half done.
  for (const file of [...model.photos, ...model.signatures]) {
    const stored = await t.sql<{ sha256: string; size: number }>('select sha256, size from stored_file where id = ?', [
      file.id,
    ]);
    expect(stored).toEqual([{ sha256: file.sha256, size: file.bytes.length }]);
    for (const caller of phone.callers) {
      const download = await caller.download(file.id);
      expect(download.status).toBe(200);
      expect(sha256(download.bytes)).toBe(file.sha256);
    }
  }
  const fileIds = `{${[...model.photos, ...model.signatures].map((f) => f.id).join(',')}}`;
  expect(await count('select count(*) as n from file_upload where id = any(?::uuid[])', [fileIds])).toBe(0);

  const device = await t.sql<{ last_sequence: number }>('select last_sequence from device where id = ?', [
    phone.deviceId,
  ]);
  expect(Number(device[0]?.last_sequence)).toBe(phone.sent.at(-1)?.sequence);
}

beforeAll(async () => {
  t = await startTestApp();
  b = await t.startSecondInstance();
  urls = [t.url, b.url];
  const admin = await t.as('admin');
  const created = await admin.request('mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }', {
    i: { username: 'kiemtra3', fullName: 'Lò Thị Ba', password: KIEMTRA3_PASSWORD, role: 'INSPECTOR' },
  });
  expect(created.errors).toBeUndefined();
  // As if she had chosen the password herself (the first change is covered by password-change-required.test.ts).
  await t.sql(`update app_user set must_change_password = false where username = 'kiemtra3'`);
}, 120_000);

afterAll(async () => {
  console.info(`two instances (seed ${SEED}): ${JSON.stringify(faults)}`);
  await t?.close();
});

describe('two server instances on one database', () => {
  it('share sessions: signed in on one, the cookie works on the other, and signing out on it ends it on both', async () => {
    const onA = await t.as('vanphong');
    const onB = Object.assign(b.caller(), { cookie: onA.cookie });
    expect((await onB.request<{ me: { username: string } }>(ME)).data?.me?.username).toBe('vanphong');
    expect((await onB.request('mutation { signOut }')).errors).toBeUndefined();
    const stale = Object.assign(t.caller(), { cookie: onA.cookie });
    expect((await stale.request<{ me: null }>(ME)).data?.me).toBeNull();
  });

  it('count failed sign-ins together: the lock comes after the limit, whichever instance got each attempt', async () => {
    const limit = t.config.signInMaxFailures;
    const instances = [t.caller(), b.caller()];
    for (let attempt = 0; attempt < limit; attempt++) {
      const code = await instances[attempt % 2]?.code(SIGN_IN, {
        input: { username: 'lanhdao', password: 'sai-mat-khau' },
      });
      expect(code, `attempt ${attempt + 1}`).toBe('INVALID_CREDENTIALS');
    }
    for (const caller of instances) {
      expect(await caller.code(SIGN_IN, { input: { username: 'lanhdao', password: 'kycuong@2026' } })).toBe(
        'SIGN_IN_THROTTLED',
      );
    }
  });

  it(
    'apply every write of phones syncing through both instances exactly once',
    async () => {
      // Each phone gets its own planned visit in the demo plan under way, on a team it belongs to.
      const office = await b.as('vanphong');
      const [team] = await t.sql<{ team_id: string; plan_id: string }>(
        `select l.team_id, l.plan_id from plan_line l join inspection_plan p on p.id = l.plan_id where p.year = ${DEMO_YEAR} limit 1`,
      );
      if (!team) throw new Error(`no ${DEMO_YEAR} plan in the demo data`);
      for (const username of PHONES.slice(1)) {
        await t.sql(
          `insert into team_member (id, team_id, user_id, role)
           select gen_random_uuid(), ?, id, 'MEMBER' from app_user where username = ?`,
          [team.team_id, username],
        );
      }
      const free = await t.sql<{ id: string }>(
        `select u.id from unit u where u.active_to is null
            and not exists (select 1 from plan_line l where l.plan_id = ? and l.unit_id = u.id)
          order by u.code`,
        [team.plan_id],
      );
      const visitIds: string[] = [];
      for (const unit of free) {
        if (visitIds.length === PHONES.length) break;
        const res = await office.request<{ addPlanLine: { visit: { id: string } } }>(
          'mutation ($i: PlanLineInput!) { addPlanLine(input: $i) { visit { id } } }',
          { i: { planId: team.plan_id, unitId: unit.id, plannedMonth: 11, teamId: team.team_id } },
        );
        if (res.data) visitIds.push(res.data.addPlanLine.visit.id);
      }
      expect(visitIds).toHaveLength(PHONES.length);

      const phones = PHONES.map((user) => new Phone(user));
      for (const [i, phone] of phones.entries()) await phone.signIn((i % 2) as 0 | 1);
      for (const phone of phones) {
        for (const caller of phone.callers) {
          expect((await caller.request<{ me: { username: string } }>(ME)).data?.me?.username).toBe(phone.user);
        }
      }

      const models = await Promise.all(phones.map((phone, i) => conductVisit(phone, visitIds[i] as string)));
      for (const model of models) await checkVisit(model);
      expect(faults.both).toBeGreaterThan(0);
    },
    10 * 60_000,
  );
});
