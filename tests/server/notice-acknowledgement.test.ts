import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

interface VisitRow {
  id: string;
  status: string;
  visitDate: string | null;
  unit: { code: string };
}
interface Receipt {
  id: string;
  acknowledgedAt: string;
  acknowledgedByName: string;
}

const ACK = `mutation ($id: ID!) { acknowledgeConclusionNotice(visitId: $id) { id acknowledgedAt acknowledgedByName } }`;
const SEEN = `query ($id: ID!) { visit(id: $id) { id noticeAcknowledgement { acknowledgedAt acknowledgedByName } } }`;
const TRAIL = 'query ($id: ID!) { auditTrail(entityId: $id) { action actorName after } }';
const DOCUMENTS = ['minutes.docx', 'minutes.pdf', 'conclusion.docx', 'conclusion.pdf'];

let t: TestApp;
let office: GraphQLCaller;
let headCL: GraphQLCaller;
let headDL: GraphQLCaller;
let approved: VisitRow;
let notApproved: VisitRow;

const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  res.errors?.[0]?.extensions?.code ?? null;

async function status(caller: GraphQLCaller, url: string) {
  const res = await fetch(`${t.url}${url}`, { headers: caller.cookie ? { cookie: caller.cookie } : {} });
  const bytes = Buffer.from(await res.arrayBuffer());
  const json = res.headers.get('content-type')?.startsWith('application/json')
    ? (JSON.parse(bytes.toString('utf8')) as { code: string })
    : null;
  return { status: res.status, code: json?.code ?? null, size: bytes.length };
}

const receipts = async (visitId: string) =>
  Number(
    (await t.sql<{ n: string }>('select count(*) as n from notice_acknowledgement where visit_id = ?', [visitId]))[0]
      ?.n,
  );

beforeAll(async () => {
  t = await startTestApp();
  office = await t.as('vanphong');
  headCL = await t.as('thutruong');
  const admin = await t.as('admin');
  const units = await office.request<{ units: { id: string; code: string }[] }>('{ units { id code } }');
  const unitCL = units.data?.units.find((u) => u.code === 'HKL-CL')?.id;
  await admin.request('mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }', {
    i: {
      username: 'truong.hkldl',
      fullName: 'Trưởng Hạt Kiểm lâm Đình Lập',
      role: 'UNIT_HEAD',
      unitId: units.data?.units.find((u) => u.code === 'HKL-DL')?.id,
      password: 'TamThoi2026',
    },
  });
  await t.sql(`update app_user set must_change_password = false where username = 'truong.hkldl'`);
  headDL = await new GraphQLCaller(t.url).signIn('truong.hkldl', 'TamThoi2026');

  const res = await office.request<{ visits: VisitRow[] }>(
    'query ($u: ID) { visits(unitId: $u, first: 50) { id status visitDate unit { code } } }',
    { u: unitCL },
  );
  const visits = res.data?.visits ?? [];
  const first = visits.find((v) => v.status === 'APPROVED');
  const other = visits.find((v) => v.status !== 'APPROVED');
  if (!first || !other) throw new Error(`HKL-CL needs an approved and another visit: ${JSON.stringify(res)}`);
  approved = first;
  notApproved = other;
});

afterAll(() => t?.close());

describe('the unit head reads their unit’s minutes and notice', () => {
  it('downloads both documents, .docx and .pdf, of an approved visit of their own unit', async () => {
    for (const path of DOCUMENTS) {
      const res = await status(headCL, `/api/visits/${approved.id}/${path}`);
      expect(res.status, path).toBe(200);
      expect(res.size, path).toBeGreaterThan(1000);
    }
  });

  it('lists the approved visits of their own unit, and only those', async () => {
    const mine = await headCL.request<{ myUnitVisits: VisitRow[] }>('{ myUnitVisits { id status unit { code } } }');
    expect(mine.errors).toBeUndefined();
    const ids = (mine.data?.myUnitVisits ?? []).map((v) => v.id);
    expect(ids).toContain(approved.id);
    expect(ids).not.toContain(notApproved.id);
    expect(mine.data?.myUnitVisits.every((v) => v.status === 'APPROVED' && v.unit.code === 'HKL-CL')).toBe(true);
    const theirs = await headDL.request<{ myUnitVisits: VisitRow[] }>('{ myUnitVisits { id } }');
    expect((theirs.data?.myUnitVisits ?? []).map((v) => v.id)).not.toContain(approved.id);
  });

  it('refuses the head of another unit, as it refuses anyone who may not see the visit', async () => {
    for (const path of DOCUMENTS) {
      const res = await status(headDL, `/api/visits/${approved.id}/${path}`);
      expect(res.status, path).toBe(404);
      expect(res.code, path).toBe('VISIT_NOT_FOUND');
    }
    // A visit of one's own unit not yet approved is not the unit's to read either.
    expect((await status(headCL, `/api/visits/${notApproved.id}/conclusion.pdf`)).status).toBe(404);
    expect((await status(office, `/api/visits/${approved.id}/conclusion.docx`)).status).toBe(200);
  });
});

describe('acknowledging receipt of the conclusion notice', () => {
  it('refuses the head of another unit and saves nothing', async () => {
    const res = await headDL.request(ACK, { id: approved.id });
    expect(code(res)).toBe('FORBIDDEN');
    expect(await receipts(approved.id)).toBe(0);
  });

  it('refuses a visit not approved with its own code and a Vietnamese message', async () => {
    const res = await headCL.request(ACK, { id: notApproved.id });
    expect(code(res)).toBe('NOTICE_VISIT_NOT_APPROVED');
    expect(res.errors?.[0]?.message).toBe(
      'Cuộc kiểm tra chưa được phê duyệt nên chưa có thông báo kết luận để xác nhận.',
    );
    expect(await receipts(notApproved.id)).toBe(0);
    expect(code(await office.request(ACK, { id: approved.id }))).toBe('FORBIDDEN');
  });

  it('records who and when, audits it, and keeps the first receipt when acknowledged again', async () => {
    const first = await headCL.request<{ acknowledgeConclusionNotice: Receipt }>(ACK, { id: approved.id });
    expect(first.errors).toBeUndefined();
    const receipt = first.data?.acknowledgeConclusionNotice;
    expect(receipt?.acknowledgedByName).toBe('Vi Thị Lan');
    expect(Date.now() - Date.parse(receipt?.acknowledgedAt ?? '')).toBeLessThan(60_000);

    const again = await headCL.request<{ acknowledgeConclusionNotice: Receipt }>(ACK, { id: approved.id });
    expect(again.errors).toBeUndefined();
    expect(again.data?.acknowledgeConclusionNotice).toEqual(receipt);
    expect(await receipts(approved.id)).toBe(1);

    const seen = await office.request<{ visit: { noticeAcknowledgement: Omit<Receipt, 'id'> | null } }>(SEEN, {
      id: approved.id,
    });
    expect(seen.data?.visit.noticeAcknowledgement).toEqual({
      acknowledgedAt: receipt?.acknowledgedAt,
      acknowledgedByName: 'Vi Thị Lan',
    });

    const trail = await office.request<{ auditTrail: { action: string; actorName: string | null }[] }>(TRAIL, {
      id: approved.id,
    });
    const entries = (trail.data?.auditTrail ?? []).filter((e) => e.action === 'ACKNOWLEDGE_NOTICE');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.actorName).toBe('Vi Thị Lan');
  });
});
