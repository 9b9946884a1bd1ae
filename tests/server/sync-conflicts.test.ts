import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_YEAR } from '../helpers/demo.js';
import { fakeJpeg, sha256 } from '../helpers/images.js';
import type { GraphQLCaller } from '../helpers/test-app.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const SYNC = `mutation ($i: SyncBatchInput!) { syncBatch(input: $i) {
  outcomes { operationId sequence status code message } device { id } } }`;
const CONFLICTS = `query ($id: ID!) { visit(id: $id) {
  status answers { itemId passFail note version }
  conflicts { kind itemCode operationId keptValue losingValue losingUserName losingEditedAt } } }`;

interface Outcome {
  operationId: string;
  status: 'APPLIED' | 'REFUSED' | 'HELD';
  code: string | null;
  message: string | null;
}
interface Conflict {
  kind: string;
  itemCode: string | null;
  operationId: string;
  keptValue: Record<string, unknown> | null;
  losingValue: Record<string, unknown>;
  losingUserName: string;
  losingEditedAt: string | null;
}
interface VisitView {
  status: string;
  answers: { itemId: string; passFail: string | null; note: string | null; version: number }[];
  conflicts: Conflict[];
}

let t: TestApp;
let an: GraphQLCaller;
let binh: GraphQLCaller;
const items = new Map<string, string>();
let sequence = 0;

const op = (kind: string, input: Record<string, unknown>) => ({
  operationId: randomUUID(),
  sequence: ++sequence,
  kind,
  input,
});
type Op = ReturnType<typeof op>;
const sync = async (caller: GraphQLCaller, deviceId: string, operations: Op[]): Promise<Outcome[]> => {
  const res = await caller.request<{ syncBatch: { outcomes: Outcome[] } }>(SYNC, { i: { deviceId, operations } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data?.syncBatch.outcomes ?? [];
};
const view = async (caller: GraphQLCaller, id: string): Promise<VisitView> => {
  const res = await caller.request<{ visit: VisitView }>(CONFLICTS, { id });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data?.visit as VisitView;
};
const visitOf = async (unit: string) =>
  (
    await t.sql<{ id: string }>(
      `select v.id from visit v join unit u on u.id = v.unit_id join plan_line l on l.id = v.plan_line_id
        join inspection_plan p on p.id = l.plan_id where p.year = ${DEMO_YEAR} and u.code = ?`,
      [unit],
    )
  )[0]?.id ?? '';

beforeAll(async () => {
  t = await startTestApp();
  an = await t.as('kiemtra');
  binh = await t.as('kiemtra2');
  // Both inspectors in the team of the demo plan under way, so that both work on the same visits.
  await t.sql(
    `insert into team_member (id, team_id, user_id, role)
     select gen_random_uuid(), tm.team_id, u.id, 'MEMBER' from team_member tm
       join inspection_team team on team.id = tm.team_id and team.year = ${DEMO_YEAR}
       join app_user u on u.username = 'kiemtra2'
      where tm.user_id = (select id from app_user where username = 'kiemtra')`,
  );
  const rows = await t.sql<{ id: string; code: string }>(
    `select i.id, i.code from checklist_item i join checklist_group g on g.id = i.group_id
      join checklist_version v on v.id = g.version_id where v.number = 1`,
  );
  for (const r of rows) items.set(r.code, r.id);
});
afterAll(() => t?.close());

describe('two inspectors answering the same item offline', () => {
  let visit: string;
  const phoneA = randomUUID();
  const phoneB = randomUUID();

  beforeAll(async () => {
    visit = await visitOf('HKL-CL');
    expect(await sync(an, phoneA, [op('START_VISIT', { visitId: visit })])).toMatchObject([{ status: 'APPLIED' }]);
  });

  it("the write that reaches the server last holds the answer, the other kept as a conflict, whatever the phones' clocks say", async () => {
    const item = items.get('1.1');
    // Bình answered at 09:00 and syncs first; An answered later, on a phone whose clock is a year behind.
    const fromB = op('ANSWER_ITEM', {
      visitId: visit,
      itemId: item,
      passFail: 'FAIL',
      note: 'Không đeo thẻ.',
      baseVersion: null,
      editedAt: '2026-11-20T09:00:00.000Z',
    });
    const fromA = op('ANSWER_ITEM', {
      visitId: visit,
      itemId: item,
      passFail: 'PASS',
      baseVersion: null,
      editedAt: '2025-11-20T09:30:00.000Z',
    });
    expect((await sync(binh, phoneB, [fromB]))[0]?.status).toBe('APPLIED');
    expect((await sync(an, phoneA, [fromA]))[0]?.status).toBe('APPLIED');
    const v = await view(an, visit);
    // The server's order decides, not the clock that says An's edit came a year earlier.
    expect(v.answers.find((a) => a.itemId === item)).toMatchObject({ passFail: 'PASS', note: null });
    expect(v.conflicts).toEqual([
      expect.objectContaining({
        kind: 'CONCURRENT_EDIT',
        itemCode: '1.1',
        operationId: fromA.operationId,
        keptValue: expect.objectContaining({ passFail: 'PASS' }),
        losingValue: expect.objectContaining({ passFail: 'FAIL', note: 'Không đeo thẻ.' }),
        losingEditedAt: '2026-11-20T09:00:00.000Z',
      }),
    ]);
    // Sending both again changes nothing and records nothing more (each operation is applied once).
    await sync(an, phoneA, [fromA]);
    await sync(binh, phoneB, [fromB]);
    const again = await view(an, visit);
    expect(again.conflicts).toHaveLength(1);
    expect(again.answers.find((a) => a.itemId === item)?.passFail).toBe('PASS');
    const audit = await t.sql<{ action: string }>(
      `select action from audit_entry where visit_id = ? and entity_type = 'VisitAnswer' order by id`,
      [visit],
    );
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'UPDATE_CONCURRENT']);
  });

  it('a later edit replacing a concurrent one keeps the replaced value', async () => {
    const item = items.get('1.2');
    const first = op('ANSWER_ITEM', {
      visitId: visit,
      itemId: item,
      passFail: 'PASS',
      baseVersion: null,
      editedAt: '2026-11-20T08:00:00.000Z',
    });
    const later = op('ANSWER_ITEM', {
      visitId: visit,
      itemId: item,
      passFail: 'NOT_APPLICABLE',
      baseVersion: null,
      editedAt: '2026-11-20T10:00:00.000Z',
    });
    await sync(an, phoneA, [first]);
    await sync(binh, phoneB, [later]);
    const v = await view(binh, visit);
    expect(v.answers.find((a) => a.itemId === item)?.passFail).toBe('NOT_APPLICABLE');
    const conflict = v.conflicts.find((c) => c.itemCode === '1.2');
    expect(conflict).toMatchObject({
      operationId: later.operationId,
      keptValue: expect.objectContaining({ passFail: 'NOT_APPLICABLE' }),
      losingValue: expect.objectContaining({ passFail: 'PASS' }),
    });
    expect(conflict?.losingUserName).not.toBe('');
  });

  it("one inspector's own edits in a row are not conflicts", async () => {
    const item = items.get('1.4');
    const writes = ['PASS', 'FAIL', 'PASS'].map((passFail, i) =>
      op('ANSWER_ITEM', {
        visitId: visit,
        itemId: item,
        passFail,
        baseVersion: null,
        editedAt: `2026-11-20T0${i + 1}:00:00.000Z`,
      }),
    );
    expect(await sync(an, phoneA, writes)).toMatchObject(writes.map(() => ({ status: 'APPLIED' })));
    const v = await view(an, visit);
    expect(v.answers.find((a) => a.itemId === item)?.passFail).toBe('PASS');
    expect(v.conflicts.filter((c) => c.itemCode === '1.4')).toEqual([]);
  });

  it("an edit on top of the phone's own earlier write applies, even if its clock is behind", async () => {
    const item = items.get('1.5');
    const first = op('ANSWER_ITEM', {
      visitId: visit,
      itemId: item,
      passFail: 'FAIL',
      baseVersion: null,
      editedAt: '2026-11-20T09:00:00.000Z',
    });
    const next = op('ANSWER_ITEM', {
      visitId: visit,
      itemId: item,
      passFail: 'PASS',
      baseVersion: null,
      baseOperationId: first.operationId,
      editedAt: '2026-11-20T08:59:00.000Z',
    });
    await sync(binh, phoneB, [first, next]);
    const v = await view(binh, visit);
    expect(v.answers.find((a) => a.itemId === item)?.passFail).toBe('PASS');
    expect(v.conflicts.filter((c) => c.itemCode === '1.5')).toEqual([]);
  });

  it('the same value from two inspectors is merged; if one changes it later, the other value is kept', async () => {
    const item = items.get('2.1');
    const fromA = op('ANSWER_ITEM', {
      visitId: visit,
      itemId: item,
      passFail: 'PASS',
      baseVersion: null,
      editedAt: '2026-11-20T08:00:00.000Z',
    });
    const fromB = op('ANSWER_ITEM', {
      visitId: visit,
      itemId: item,
      passFail: 'PASS',
      baseVersion: null,
      editedAt: '2026-11-20T08:30:00.000Z',
    });
    const aChanges = op('ANSWER_ITEM', {
      visitId: visit,
      itemId: item,
      passFail: 'NOT_APPLICABLE',
      baseVersion: null,
      baseOperationId: fromA.operationId,
      editedAt: '2026-11-20T09:00:00.000Z',
    });
    await sync(an, phoneA, [fromA]);
    await sync(binh, phoneB, [fromB]);
    await sync(an, phoneA, [aChanges]);
    const v = await view(an, visit);
    expect(v.answers.find((a) => a.itemId === item)?.passFail).toBe('NOT_APPLICABLE');
    expect(v.conflicts.filter((c) => c.itemCode === '2.1')).toEqual([
      expect.objectContaining({ losingValue: expect.objectContaining({ passFail: 'PASS' }) }),
    ]);
  });

  it('an edit made after seeing the other value applies without a conflict', async () => {
    const item = items.get('1.1');
    const current = (await view(an, visit)).answers.find((a) => a.itemId === item);
    const seen = op('ANSWER_ITEM', {
      visitId: visit,
      itemId: item,
      passFail: 'PASS',
      baseVersion: current?.version,
      editedAt: '2026-11-20T07:00:00.000Z',
    });
    await sync(an, phoneA, [seen]);
    const v = await view(an, visit);
    expect(v.answers.find((a) => a.itemId === item)?.passFail).toBe('PASS');
    expect(v.conflicts.filter((c) => c.itemCode === '1.1')).toHaveLength(1);
  });
});

describe('a visit closed on the server while a phone was offline', () => {
  it('refuses the late edits, keeps them as conflicts once each, and changes nothing in the visit', async () => {
    const visit = await visitOf('HKL-TD');
    const phone = randomUUID();
    await sync(an, phone, [
      op('START_VISIT', { visitId: visit }),
      op('ANSWER_ITEM', { visitId: visit, itemId: items.get('1.1'), passFail: 'PASS', baseVersion: null }),
    ]);
    // Approved by office staff meanwhile (the approval itself is tested in visits.test.ts).
    await t.sql(`update visit set status = 'APPROVED', approved_at = now() where id = ?`, [visit]);
    const late = [
      op('ANSWER_ITEM', {
        visitId: visit,
        itemId: items.get('1.1'),
        passFail: 'FAIL',
        note: 'Sửa khi mất mạng',
        baseVersion: 1,
        editedAt: '2026-11-21T08:00:00.000Z',
      }),
      op('SET_VISIT_CONCLUSION', { visitId: visit, conclusion: 'Kết luận viết sau.' }),
    ];
    for (let i = 0; i < 3; i++) {
      const outcomes = await sync(an, phone, late);
      expect(outcomes.map((o) => [o.status, o.code])).toEqual([
        ['REFUSED', 'VISIT_NOT_EDITABLE'],
        ['REFUSED', 'VISIT_NOT_EDITABLE'],
      ]);
      expect(outcomes[0]?.message).toMatch(/đã duyệt/);
    }
    const v = await view(an, visit);
    expect(v.status).toBe('APPROVED');
    expect(v.answers.map((a) => a.passFail)).toEqual(['PASS']);
    expect(v.conflicts).toEqual([
      expect.objectContaining({
        kind: 'VISIT_CLOSED',
        itemCode: '1.1',
        operationId: late[0]?.operationId,
        keptValue: null,
        losingValue: expect.objectContaining({ kind: 'ANSWER_ITEM', passFail: 'FAIL', note: 'Sửa khi mất mạng' }),
        losingEditedAt: '2026-11-21T08:00:00.000Z',
      }),
      expect.objectContaining({
        kind: 'VISIT_CLOSED',
        itemCode: null,
        operationId: late[1]?.operationId,
        losingValue: expect.objectContaining({ kind: 'SET_VISIT_CONCLUSION', conclusion: 'Kết luận viết sau.' }),
      }),
    ]);
    const office = await t.as('vanphong');
    expect((await view(office, visit)).conflicts).toHaveLength(2);
  });
});

describe('taking a planned visit offline', () => {
  it('names the checklist it will start on, and starts on the one the phone downloaded', async () => {
    const visit = await visitOf('CCTL');
    const res = await an.request<{ visit: { plannedTemplateVersion: { id: string; number: number } | null } }>(
      'query ($id: ID!) { visit(id: $id) { plannedTemplateVersion { id number groups { items { id } } } } }',
      { id: visit },
    );
    const downloaded = res.data?.visit.plannedTemplateVersion;
    expect(downloaded?.number).toBe(1);
    const outcomes = await sync(an, randomUUID(), [
      op('START_VISIT', { visitId: visit, templateVersionId: downloaded?.id }),
      op('ANSWER_ITEM', { visitId: visit, itemId: items.get('1.1'), passFail: 'PASS', baseVersion: null }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['APPLIED', 'APPLIED']);
    const started = await t.sql<{ template_version_id: string }>('select template_version_id from visit where id = ?', [
      visit,
    ]);
    expect(started[0]?.template_version_id).toBe(downloaded?.id);
    const after = await an.request<{ visit: { plannedTemplateVersion: unknown } }>(
      'query ($id: ID!) { visit(id: $id) { plannedTemplateVersion { id } } }',
      { id: visit },
    );
    expect(after.data?.visit.plannedTemplateVersion).toBeNull();
  });
});

describe('photos sent in pieces', () => {
  const put = (caller: GraphQLCaller, id: string, piece: Buffer, headers: Record<string, string>) =>
    fetch(`${t.url}/api/files/${id}`, {
      method: 'PUT',
      headers: { 'content-type': 'image/jpeg', cookie: caller.cookie ?? '', ...headers },
      body: new Uint8Array(piece),
    });
  const head = (caller: GraphQLCaller, id: string) =>
    fetch(`${t.url}/api/files/${id}`, { method: 'HEAD', headers: { cookie: caller.cookie ?? '' } });

  it('resumes where the server stopped, checks the hash, and stores the photo once', async () => {
    const photo = fakeJpeg(300_000, 7);
    const hash = sha256(photo);
    const id = randomUUID();
    const headers = (offset: number) => ({
      'x-content-sha256': hash,
      'upload-length': String(photo.length),
      'upload-offset': String(offset),
    });
    expect((await head(an, id)).status).toBe(404);

    const first = await put(an, id, photo.subarray(0, 131072), headers(0));
    expect(first.status).toBe(202);
    expect(await first.json()).toEqual({ id, offset: 131072 });

    // The connection dropped; the phone asks where to resume.
    const state = await head(an, id);
    expect(state.status).toBe(200);
    expect(state.headers.get('upload-offset')).toBe('131072');
    expect(state.headers.get('upload-length')).toBe(String(photo.length));
    // Another user learns nothing about it.
    expect((await head(binh, id)).status).toBe(404);

    // A piece sent twice (lost response) changes nothing and answers the offset to go on from.
    const repeated = await put(an, id, photo.subarray(0, 131072), headers(0));
    expect(repeated.status).toBe(202);
    expect(await repeated.json()).toEqual({ id, offset: 131072 });

    const second = await put(an, id, photo.subarray(131072, 262144), headers(131072));
    expect(second.status).toBe(202);
    const last = await put(an, id, photo.subarray(262144), headers(262144));
    expect(last.status).toBe(201);
    expect(await last.json()).toMatchObject({ id, sha256: hash, size: photo.length });

    const done = await head(an, id);
    expect(done.headers.get('upload-complete')).toBe('1');
    expect(done.headers.get('x-content-sha256')).toBe(hash);
    // The last piece again: the stored file, not a second one.
    expect((await put(an, id, photo.subarray(262144), headers(262144))).status).toBe(201);
    const stored = await t.sql<{ n: string }>('select count(*) as n from stored_file where id = ?', [id]);
    expect(Number(stored[0]?.n)).toBe(1);
    const pending = await t.sql<{ n: string }>('select count(*) as n from file_upload');
    expect(Number(pending[0]?.n)).toBe(0);
    const back = await an.download(id);
    expect(sha256(back.bytes)).toBe(hash);
  });

  it('drops a photo whose bytes do not match the announced hash, so the phone sends it again', async () => {
    const photo = fakeJpeg(200_000, 9);
    const id = randomUUID();
    const wrong = sha256(fakeJpeg(200_000, 10));
    const headers = (offset: number) => ({
      'x-content-sha256': wrong,
      'upload-length': String(photo.length),
      'upload-offset': String(offset),
    });
    expect((await put(an, id, photo.subarray(0, 100_000), headers(0))).status).toBe(202);
    const last = await put(an, id, photo.subarray(100_000), headers(100_000));
    expect(last.status).toBe(422);
    expect(await last.json()).toMatchObject({ code: 'FILE_HASH_MISMATCH' });
    expect((await head(an, id)).status).toBe(404);
    // Sent again with the right hash, from the start, it is stored.
    const right = await put(an, id, photo, {
      'x-content-sha256': sha256(photo),
      'upload-length': String(photo.length),
      'upload-offset': '0',
    });
    expect(right.status).toBe(201);
  });

  it('checks the hash of a whole-file upload too, and refuses bad piece headers', async () => {
    const photo = fakeJpeg(4096, 3);
    const mismatch = await put(an, randomUUID(), photo, { 'x-content-sha256': sha256(fakeJpeg(4096, 4)) });
    expect(mismatch.status).toBe(422);
    const ok = await put(an, randomUUID(), photo, { 'x-content-sha256': sha256(photo) });
    expect(ok.status).toBe(201);
    const badOffset = await put(an, randomUUID(), photo, {
      'x-content-sha256': sha256(photo),
      'upload-length': String(photo.length),
      'upload-offset': '-5',
    });
    expect(badOffset.status).toBe(400);
    expect(await badOffset.json()).toMatchObject({ code: 'FILE_PIECE_INVALID' });
    const notImage = await put(an, randomUUID(), Buffer.from('hello world, not a photo'), {
      'x-content-sha256': sha256(Buffer.from('hello world, not a photo')),
      'upload-length': '24',
      'upload-offset': '0',
    });
    expect(notImage.status).toBe(415);
  });
});
