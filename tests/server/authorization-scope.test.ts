import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFingerprint } from '../helpers/db-fingerprint.js';
import { DEMO_YEAR } from '../helpers/demo.js';
import { fakeJpeg } from '../helpers/images.js';
import { type GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

/*
 * The own / other half of the authorization matrix (issue 6): every operation that takes the id of a
 * visit, finding, file or document, called by a role that may use it, on a record of its own scope
 * and on a real record outside it (a guessed id: IDOR). Outside its scope the call is refused as
 * "not found", so it does not even confirm the record exists, and writes nothing. Role × operation
 * is in authorization.test.ts.
 */

let t: TestApp;
let inspector: GraphQLCaller;
let otherInspector: GraphQLCaller;
let unitHead: GraphQLCaller;
let fingerprint: () => Promise<string>;

/** Records in and out of each caller's scope. */
const own = { visit: '', item: '', finding: '', photo: '', unitFinding: '', unitVisit: '' };
const other = { visit: '', item: '', finding: '', photo: '', unitFinding: '', unitVisit: '' };

const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (res.errors?.[0]?.extensions?.code as string | undefined) ?? null;

async function one<T>(sql: string, params: unknown[] = []): Promise<T> {
  const [row] = await t.sql<T>(sql, params);
  if (!row) throw new Error(`no row for ${sql}`);
  return row;
}

/** A visit of the demo plan under way, of a team the user is (or is not) a member of. */
const visitOf = (username: string, member: boolean) =>
  one<{ id: string }>(
    `select v.id from visit v
      where extract(year from coalesce(v.visit_date, v.created_at)) >= ${DEMO_YEAR} and v.status in ('PLANNED', 'IN_PROGRESS')
        and ${member ? '' : 'not'} exists (select 1 from team_member m join app_user u on u.id = m.user_id
                       where m.team_id = v.team_id and u.username = ?)
      order by v.id limit 1`,
    [username],
  );

const START = 'mutation ($i: StartVisitInput!) { startVisit(input: $i) { id } }';
const ATTACH = 'mutation ($i: AttachFileInput!) { attachVisitFile(input: $i) { id } }';

async function startAndAttach(caller: GraphQLCaller, visitId: string): Promise<string> {
  // Started on a day of its plan's year and not after today (the server refuses a start dated outside its
  // plan's year or in the future): mid-June, or now while the year is younger than that.
  const { year } = await one<{ year: number }>(
    'select tm.year from visit v join inspection_team tm on tm.id = v.team_id where v.id = ?',
    [visitId],
  );
  const startedAt = new Date(Math.min(Date.parse(`${year}-06-15T02:00:00.000Z`), Date.now())).toISOString();
  const started = await caller.request(START, { i: { operationId: randomUUID(), visitId, startedAt } });
  if (started.errors && code(started) !== 'VISIT_ALREADY_STARTED') throw new Error(JSON.stringify(started.errors));
  const photo = randomUUID();
  expect((await caller.upload(photo, fakeJpeg(4000, photo.charCodeAt(0)))).status).toBe(201);
  const attached = await caller.request(ATTACH, {
    i: { operationId: randomUUID(), visitId, attachmentId: randomUUID(), fileId: photo, kind: 'PHOTO' },
  });
  expect(attached.errors).toBeUndefined();
  return photo;
}

beforeAll(async () => {
  t = await startTestApp();
  inspector = await t.as('kiemtra');
  otherInspector = await t.as('kiemtra2');
  unitHead = await t.as('thutruong');
  own.visit = (await visitOf('kiemtra', true)).id;
  other.visit = (await visitOf('kiemtra', false)).id;
  own.item = (await one<{ id: string }>('select id from checklist_item order by id limit 1')).id;
  other.item = own.item;
  own.photo = await startAndAttach(inspector, own.visit);
  // saveFinding makes this finding on the own visit, and deleteFinding then deletes it.
  own.finding = randomUUID();
  other.finding = randomUUID();
  other.photo = await startAndAttach(otherInspector, other.visit);
  // A finding of another unit, and one of the unit head's unit (HKL-CL keeps a clean record in the demo
  // data, so the fixture copies the other one onto HKL-CL's approved 2021 visit). The other unit's is
  // one it still answers for itself: since the 2025 reform some open findings of ended stations are
  // followed by their successor (HKL-CL among them), and the copy must not carry a follower either.
  const theirs = await one<{ id: string; visit: string }>(
    `select f.id, f.visit_id as visit from finding f join unit u on u.id = f.responsible_unit_id
      where u.code <> 'HKL-CL' and f.followed_by_unit_id is null order by f.status = 'CLOSED', f.id limit 1`,
  );
  const mine = await one<{ unit: string; visit: string }>(
    `select u.id as unit, v.id as visit from visit v join unit u on u.id = v.unit_id
      where u.code = 'HKL-CL' and v.status = 'APPROVED' order by v.visit_date limit 1`,
  );
  const columns = (
    await t.sql<{ name: string }>(
      `select column_name as name from information_schema.columns where table_name = 'finding' and column_name
        not in ('id', 'visit_id', 'responsible_unit_id', 'item_id') order by ordinal_position`,
    )
  ).map((c) => `"${c.name}"`);
  own.unitFinding = randomUUID();
  await t.sql(
    `insert into finding (id, visit_id, responsible_unit_id, ${columns.join(', ')})
     select ?::uuid, ?::uuid, ?::uuid, ${columns.join(', ')} from finding where id = ?::uuid`,
    [own.unitFinding, mine.visit, mine.unit, theirs.id],
  );
  own.unitVisit = mine.visit;
  other.unitFinding = theirs.id;
  other.unitVisit = theirs.visit;
  fingerprint = await databaseFingerprint(t);
});
afterAll(() => t?.close());

type Scope = typeof own;
interface Row {
  who: () => GraphQLCaller;
  doc: string;
  variables: (s: Scope) => Record<string, unknown>;
  /** The code a call outside the scope gets. */
  refused: string;
}

const op = () => randomUUID();
const inspectorRow = (doc: string, variables: Row['variables']): Row => ({
  who: () => inspector,
  doc,
  variables,
  refused: 'VISIT_NOT_FOUND',
});

const MATRIX: Record<string, Row> = {
  visit: inspectorRow('query ($id: ID!) { visit(id: $id) { id } }', (s) => ({ id: s.visit })),
  startVisit: inspectorRow(START, (s) => ({ i: { operationId: op(), visitId: s.visit } })),
  answerItem: inspectorRow('mutation ($i: AnswerItemInput!) { answerItem(input: $i) { id } }', (s) => ({
    i: { operationId: op(), visitId: s.visit, itemId: s.item, passFail: 'PASS' },
  })),
  setVisitAttendees: inspectorRow('mutation ($i: SetAttendeesInput!) { setVisitAttendees(input: $i) { id } }', (s) => ({
    i: { operationId: op(), visitId: s.visit, attendees: [{ name: 'Hoàng Văn Nam', side: 'UNIT' }] },
  })),
  setVisitConclusion: inspectorRow(
    'mutation ($i: SetConclusionInput!) { setVisitConclusion(input: $i) { id } }',
    (s) => ({ i: { operationId: op(), visitId: s.visit, conclusion: 'Đơn vị chấp hành tốt.' } }),
  ),
  setVisitUnitComments: inspectorRow(
    'mutation ($i: SetUnitCommentsInput!) { setVisitUnitComments(input: $i) { id } }',
    (s) => ({ i: { operationId: op(), visitId: s.visit, unitComments: 'Đơn vị tiếp thu.' } }),
  ),
  attachVisitFile: inspectorRow(ATTACH, (s) => ({
    i: { operationId: op(), visitId: s.visit, attachmentId: op(), fileId: s.photo, kind: 'PHOTO' },
  })),
  removeVisitAttachment: inspectorRow(
    'mutation ($i: RemoveAttachmentInput!) { removeVisitAttachment(input: $i) { id } }',
    (s) => ({ i: { operationId: op(), visitId: s.visit, attachmentId: op() } }),
  ),
  saveFinding: inspectorRow('mutation ($i: SaveFindingInput!) { saveFinding(input: $i) { id } }', (s) => ({
    i: {
      operationId: op(),
      visitId: s.visit,
      findingId: s.finding,
      description: 'Chưa niêm yết TTHC',
      severity: 'LOW',
    },
  })),
  deleteFinding: inspectorRow('mutation ($i: DeleteFindingInput!) { deleteFinding(input: $i) { id } }', (s) => ({
    i: { operationId: op(), visitId: s.visit, findingId: s.finding },
  })),
  submitVisit: inspectorRow('mutation ($i: SubmitVisitInput!) { submitVisit(input: $i) { id } }', (s) => ({
    i: { operationId: op(), visitId: s.visit },
  })),
  'visit (unit head)': {
    who: () => unitHead,
    doc: 'query ($id: ID!) { visit(id: $id) { id } }',
    variables: (s) => ({ id: s.unitVisit }),
    refused: 'VISIT_NOT_FOUND',
  },
  'finding (unit head)': {
    who: () => unitHead,
    doc: 'query ($id: ID!) { finding(id: $id) { id } }',
    variables: (s) => ({ id: s.unitFinding }),
    refused: 'FINDING_NOT_FOUND',
  },
  'auditTrail (unit head)': {
    who: () => unitHead,
    doc: 'query ($id: ID!) { auditTrail(entityId: $id) { id } }',
    variables: (s) => ({ id: s.unitFinding }),
    refused: 'FINDING_NOT_FOUND',
  },
  'reportRemediation (unit head)': {
    who: () => unitHead,
    doc: 'mutation ($i: ReportRemediationInput!) { reportRemediation(input: $i) { id } }',
    variables: (s) => ({ i: { operationId: op(), findingId: s.unitFinding, text: 'Đã niêm yết đầy đủ.' } }),
    refused: 'FINDING_NOT_FOUND',
  },
};

describe('authorization scope matrix (own / other, with real ids of other records)', () => {
  const rows = Object.keys(MATRIX).flatMap((name) => [[name, 'own'] as const, [name, 'other'] as const]);

  it.each(rows)('%s on a record of %s scope', async (name, scope) => {
    const row = MATRIX[name];
    if (!row) throw new Error(name);
    const before = await fingerprint();
    const res = await row.who().request(row.doc, row.variables(scope === 'own' ? own : other));
    const got = code(res);
    if (scope === 'own') {
      // Past the scope check: it succeeds or stops on a domain rule (already started, incomplete...).
      expect([row.refused, 'FORBIDDEN', 'UNAUTHENTICATED', 'INTERNAL_SERVER_ERROR']).not.toContain(got);
    } else {
      expect(got).toBe(row.refused);
      expect(await fingerprint()).toBe(before);
    }
  });

  it('syncBatch refuses a queued write to another team’s visit as not found, and applies the own one', async () => {
    const before = await fingerprint();
    const res = await inspector.request<{ syncBatch: { outcomes: { status: string; code: string | null }[] } }>(
      `mutation ($i: SyncBatchInput!) { syncBatch(input: $i) { outcomes { status code } } }`,
      {
        i: {
          deviceId: randomUUID(),
          operations: [
            {
              operationId: op(),
              sequence: 1,
              kind: 'SET_VISIT_CONCLUSION',
              input: { visitId: other.visit, conclusion: 'Ghi đè của đoàn khác' },
            },
          ],
        },
      },
    );
    expect(res.data?.syncBatch.outcomes).toEqual([{ status: 'REFUSED', code: 'VISIT_NOT_FOUND' }]);
    const [conclusion] = await t.sql<{ c: string | null }>('select conclusion as c from visit where id = ?', [
      other.visit,
    ]);
    expect(conclusion?.c ?? null).not.toBe('Ghi đè của đoàn khác');
    // Only the device registration may have changed.
    expect(await fingerprint()).toBe(before);
  });

  it.each([
    ['a photo', () => `/api/files/${own.photo}`, () => `/api/files/${other.photo}`],
    [
      'the minutes (.docx)',
      () => `/api/visits/${own.visit}/minutes.docx`,
      () => `/api/visits/${other.visit}/minutes.docx`,
    ],
    [
      'the minutes (.pdf)',
      () => `/api/visits/${own.visit}/minutes.pdf`,
      () => `/api/visits/${other.visit}/minutes.pdf`,
    ],
  ])(
    'an inspector downloads %s of their own team’s visit but gets 404 for another team’s',
    async (_what, mine, theirs) => {
      const get = async (path: string) => {
        const res = await fetch(`${t.url}${path}`, { headers: { cookie: inspector.cookie ?? '' } });
        await res.arrayBuffer();
        return res.status;
      };
      expect(await get(mine())).toBe(200);
      expect(await get(theirs())).toBe(404);
    },
  );

  it('a unit head downloads the minutes of their own unit’s approved visit, not another unit’s', async () => {
    const get = async (visit: string) =>
      (await fetch(`${t.url}/api/visits/${visit}/minutes.pdf`, { headers: { cookie: unitHead.cookie ?? '' } })).status;
    expect(await get(own.unitVisit)).toBe(200);
    expect(await get(other.unitVisit)).toBe(404);
  });

  it('a unit head lists only their own unit’s approved visits, and their findings only', async () => {
    const res = await unitHead.request<{
      myUnitVisits: { id: string; status: string; unit: { code: string } }[];
      findings: { visitId: string }[];
    }>('{ myUnitVisits { id status unit { code } } findings { visitId } }');
    expect(res.errors).toBeUndefined();
    const visits = res.data?.myUnitVisits ?? [];
    expect(visits.map((v) => v.id)).toContain(own.unitVisit);
    expect(visits.map((v) => v.id)).not.toContain(other.unitVisit);
    expect(new Set(visits.map((v) => v.status))).toEqual(new Set(['APPROVED']));
    // Another unit's visit only when the head's unit follows one of its findings (an ended station's).
    for (const visit of visits.filter((v) => v.unit.code !== 'HKL-CL')) {
      const followed = await t.sql(
        `select 1 from finding f join unit u on u.id = f.followed_by_unit_id where f.visit_id = ? and u.code = 'HKL-CL'`,
        [visit.id],
      );
      expect(followed.length, visit.unit.code).toBeGreaterThan(0);
    }
    expect(res.data?.findings.map((f) => f.visitId)).not.toContain(other.unitVisit);
    expect(await inspector.code('{ myUnitVisits { id } }')).toBe('FORBIDDEN');
  });
});

/*
 * Ids of other entity types (issue 13): ids a phone chooses (a finding's, an attachment's) must not
 * take the id of a record of another type, and a query given an id of another type leaks nothing. A
 * finding that took a visit's id used to show that visit's whole history to a unit head who cannot
 * see the visit, and let an inspector write into the history of a visit he cannot see.
 */
describe('ids of other entity types', () => {
  const SAVE_FINDING = 'mutation ($i: SaveFindingInput!) { saveFinding(input: $i) { id } }';
  const TRAIL = 'query ($id: ID!) { auditTrail(entityId: $id) { id entityType entityId } }';

  /** Ids of records of every other type: visits in and out of scope, a unit, a user, a plan, a photo's attachment. */
  const foreignIds = async () => ({
    'own visit': own.visit,
    'another team’s visit': other.visit,
    unit: (await one<{ id: string }>(`select id from unit where code = 'SNNMT'`)).id,
    user: (await one<{ id: string }>(`select id from app_user where username = 'lanhdao'`)).id,
    plan: (await one<{ id: string }>('select id from inspection_plan order by id limit 1')).id,
    attachment: (await one<{ id: string }>('select id from attachment order by id limit 1')).id,
    finding: other.unitFinding,
  });

  it('saveFinding refuses a finding id used by a record of any other type, and writes nothing', async () => {
    for (const [what, id] of Object.entries(await foreignIds())) {
      const before = await fingerprint();
      const res = await inspector.request(SAVE_FINDING, {
        i: { operationId: op(), visitId: own.visit, findingId: id, description: `Mã của ${what}`, severity: 'LOW' },
      });
      expect([what, code(res)]).toEqual([what, 'FINDING_ID_TAKEN']);
      expect(await fingerprint()).toBe(before);
    }
  });

  it('attachVisitFile refuses an attachment id used by a record of any other type, and writes nothing', async () => {
    const photo = randomUUID();
    expect((await inspector.upload(photo, fakeJpeg(4000, 7))).status).toBe(201);
    for (const [what, id] of Object.entries(await foreignIds())) {
      const before = await fingerprint();
      const res = await inspector.request(ATTACH, {
        i: { operationId: op(), visitId: own.visit, attachmentId: id, fileId: photo, kind: 'PHOTO' },
      });
      expect([what, code(res)]).toEqual([what, 'ATTACHMENT_ID_TAKEN']);
      expect(await fingerprint()).toBe(before);
    }
  });

  it('reportRemediation refuses a photo whose attachment id is another record’s', async () => {
    const photo = randomUUID();
    expect((await unitHead.upload(photo, fakeJpeg(4000, 9))).status).toBe(201);
    const finding = randomUUID();
    await t.sql(
      `insert into finding (id, visit_id, responsible_unit_id, group_title, severity, found_text, status, from_failed_item, created_at)
       values (?::uuid, ?::uuid, (select unit_id from visit where id = ?::uuid), 'Khác', 'LOW', 'Chưa niêm yết', 'OPEN', false, now())`,
      [finding, own.unitVisit, own.unitVisit],
    );
    const before = await fingerprint();
    const res = await unitHead.request(
      'mutation ($i: ReportRemediationInput!) { reportRemediation(input: $i) { id } }',
      {
        i: {
          operationId: op(),
          findingId: finding,
          text: 'Đã niêm yết đầy đủ.',
          photos: [{ attachmentId: own.unitVisit, fileId: photo }],
        },
      },
    );
    expect(code(res)).toBe('ATTACHMENT_ID_TAKEN');
    expect(await fingerprint()).toBe(before);
  });

  it('the database refuses a record that takes an id of another type, whatever path writes it', async () => {
    await expect(
      t.sql(
        `insert into finding (id, visit_id, responsible_unit_id, group_title, severity, found_text, status, from_failed_item, created_at)
         select ?::uuid, id, unit_id, 'Khác', 'LOW', 'x', 'OPEN', false, now() from visit where id = ?::uuid`,
        [other.visit, own.visit],
      ),
    ).rejects.toThrow(/entity_id_registry_pkey/);
  });

  it.each([
    ['visit (inspector)', () => inspector, 'query ($id: ID!) { visit(id: $id) { id } }', 'VISIT_NOT_FOUND'],
    ['finding (unit head)', () => unitHead, 'query ($id: ID!) { finding(id: $id) { id } }', 'FINDING_NOT_FOUND'],
    ['auditTrail (unit head)', () => unitHead, TRAIL, 'FINDING_NOT_FOUND'],
  ])('%s given the id of a record of another type finds nothing', async (_name, who, doc, refused) => {
    const ids = await foreignIds();
    for (const [what, id] of Object.entries({ ...ids, 'own unit’s visit': own.unitVisit })) {
      if (doc.includes('visit(') && what.includes('visit')) continue;
      const res = await who().request(doc, { id });
      expect([what, code(res), res.data]).toEqual([what, refused, null]);
    }
  });

  it('a finding that shares a visit’s id (written before ids were unique) shows the unit head nothing of the visit', async () => {
    // Such a finding can no longer be made; one from before is put in place around the registry.
    const shared = other.visit;
    const [theirs] = await t.sql<{ n: number }>('select count(*)::int as n from audit_entry where visit_id = ?', [
      shared,
    ]);
    expect(theirs?.n).toBeGreaterThan(0);
    await t.sql('alter table finding disable trigger finding_register_id');
    try {
      await t.sql(
        `insert into finding (id, visit_id, responsible_unit_id, group_title, severity, found_text, status, from_failed_item, created_at)
         values (?::uuid, ?::uuid, (select unit_id from visit where id = ?::uuid), 'Khác', 'LOW', 'Trùng mã', 'OPEN', false, now())`,
        [shared, own.unitVisit, own.unitVisit],
      );
    } finally {
      await t.sql('alter table finding enable trigger finding_register_id');
    }
    const res = await unitHead.request(TRAIL, { id: shared });
    expect(code(res)).toBe('FINDING_NOT_FOUND');
    expect(res.data).toBeNull();
    // Office staff asking for that visit's history get the visit's, typed: never entries of another type under its id.
    const office = await t.as('vanphong');
    const trail = await office.request<{ auditTrail: { entityType: string; entityId: string }[] }>(TRAIL, {
      id: shared,
    });
    expect(trail.errors).toBeUndefined();
    expect(trail.data?.auditTrail.length).toBe(theirs?.n);
  });
});
