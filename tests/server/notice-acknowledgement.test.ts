import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText } from '../helpers/documents.js';
import { GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

interface VisitRow {
  id: string;
  status: string;
  visitDate: string | null;
  approvedAt: string | null;
  unit: { code: string };
  findings: { id: string }[];
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
let withFindings: VisitRow;

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
    'query ($u: ID) { visits(unitId: $u, first: 50) { id status visitDate approvedAt unit { code } findings { id } } }',
    { u: unitCL },
  );
  const visits = res.data?.visits ?? [];
  const first = visits.find((v) => v.status === 'APPROVED');
  const other = visits.find((v) => v.status !== 'APPROVED');
  if (!first || !other) throw new Error(`HKL-CL needs an approved and another visit: ${JSON.stringify(res)}`);
  approved = first;
  notApproved = other;
  const all = await office.request<{ visits: VisitRow[] }>(
    '{ visits(first: 200) { id status visitDate approvedAt unit { code } findings { id } } }',
  );
  const found = all.data?.visits.find(
    (v) =>
      v.status === 'APPROVED' &&
      v.unit.code !== 'HKL-CL' &&
      v.findings.length > 0 &&
      v.approvedAt?.slice(0, 4) === first.approvedAt?.slice(0, 4),
  );
  if (!found) throw new Error('the demo needs an approved visit with findings in the same year');
  withFindings = found;
});

afterAll(() => t?.close());

const ISSUE = `mutation ($i: IssueConclusionNoticeInput!) {
  issueConclusionNotice(input: $i) { id number issuedOn strengths reportDueOn signerName }
}`;
const STRENGTHS = 'Đơn vị niêm yết đầy đủ thủ tục hành chính; cán bộ đeo thẻ công chức khi làm việc.';

/** A day after the approval (never after today), in Vietnam time, as YYYY-MM-DD. */
function dayAfterApproval(visit: VisitRow, days: number): string {
  const approved = Date.parse(visit.approvedAt ?? '');
  const day = new Date(Math.min(approved + days * 86_400_000, Date.now()) + 7 * 3_600_000);
  return day.toISOString().slice(0, 10);
}

async function noticeText(caller: GraphQLCaller, visit: VisitRow): Promise<string> {
  const res = await fetch(`${t.url}/api/visits/${visit.id}/conclusion.docx`, {
    headers: { cookie: caller.cookie ?? '' },
  });
  expect(res.status).toBe(200);
  return docxText(Buffer.from(await res.arrayBuffer())).text;
}

const noticeRows = async () =>
  Number((await t.sql<{ n: string }>('select count(*) as n from conclusion_notice'))[0]?.n);
const registerRows = async () =>
  Number((await t.sql<{ n: string }>('select count(*) as n from directive_document'))[0]?.n);

describe('the office issues the conclusion notice', () => {
  it('before it is issued the unit head gets the minutes but not the notice, and cannot acknowledge it', async () => {
    expect((await status(headCL, `/api/visits/${approved.id}/minutes.pdf`)).status).toBe(200);
    for (const path of ['conclusion.docx', 'conclusion.pdf']) {
      const res = await status(headCL, `/api/visits/${approved.id}/${path}`);
      expect(res.status, path).toBe(409);
      expect(res.code, path).toBe('NOTICE_NOT_ISSUED');
    }
    // The office and leadership still read the draft, with its blanks.
    const draft = await fetch(`${t.url}/api/visits/${approved.id}/conclusion.docx`, {
      headers: { cookie: office.cookie ?? '' },
    });
    expect(draft.status).toBe(200);
    expect(docxText(Buffer.from(await draft.arrayBuffer())).text).toContain('Số:      /TB-SNN');
    expect(code(await headCL.request(ACK, { id: approved.id }))).toBe('NOTICE_NOT_ISSUED');
    expect(await receipts(approved.id)).toBe(0);
  });

  it('refuses bad input with its own code and saves nothing', async () => {
    expect(approved.findings).toHaveLength(0);
    expect(withFindings.findings.length).toBeGreaterThan(0);
    const good = (visit: VisitRow) => ({
      visitId: visit.id,
      number: '25/TB-SNN',
      issuedOn: dayAfterApproval(visit, 3),
      strengths: STRENGTHS,
      reportDueOn: visit.findings.length ? dayAfterApproval(visit, 40) : null,
      signerName: 'Hoàng Văn Minh',
    });
    const before = await registerRows();
    const cases: [VisitRow, Record<string, unknown>, string][] = [
      [approved, { number: '25/KH-SNN' }, 'NOTICE_NUMBER_INVALID'],
      [approved, { issuedOn: '2000-01-03' }, 'NOTICE_ISSUED_BEFORE_APPROVAL'],
      [approved, { issuedOn: '2099-01-03' }, 'NOTICE_ISSUED_IN_FUTURE'],
      [approved, { strengths: '   ' }, 'NOTICE_STRENGTHS_REQUIRED'],
      [approved, { signerName: '' }, 'NOTICE_SIGNER_REQUIRED'],
      [approved, { reportDueOn: dayAfterApproval(approved, 40) }, 'NOTICE_REPORT_DUE_WITHOUT_FINDINGS'],
      [withFindings, { reportDueOn: null }, 'NOTICE_REPORT_DUE_REQUIRED'],
      [withFindings, { reportDueOn: dayAfterApproval(withFindings, 3) }, 'NOTICE_REPORT_DUE_NOT_AFTER_ISSUE'],
      [approved, { visitId: notApproved.id }, 'NOTICE_VISIT_NOT_APPROVED'],
    ];
    for (const [visit, change, expected] of cases) {
      const res = await office.request(ISSUE, { i: { ...good(visit), ...change } });
      expect(code(res), expected).toBe(expected);
      expect(res.errors?.[0]?.message, expected).toMatch(/[ăâđêôơư]/u);
    }
    expect(code(await headCL.request(ISSUE, { i: good(approved) }))).toBe('FORBIDDEN');
    expect(await noticeRows()).toBe(0);
    expect(await registerRows()).toBe(before);
  });

  it('issues it with number, date, strengths and signer, in the register and the audit trail', async () => {
    const issuedOn = dayAfterApproval(approved, 3);
    const res = await office.request<{ issueConclusionNotice: Record<string, unknown> }>(ISSUE, {
      i: {
        visitId: approved.id,
        number: ' 25 / TB-SNN',
        issuedOn,
        strengths: STRENGTHS,
        reportDueOn: null,
        signerName: 'Hoàng Văn Minh',
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.issueConclusionNotice).toMatchObject({
      number: '25/TB-SNN',
      issuedOn,
      reportDueOn: null,
      signerName: 'Hoàng Văn Minh',
    });

    const year = Number(issuedOn.slice(0, 4));
    const register = await office.request<{
      directiveDocuments: { id: string; number: string; type: string; issuedOn: string }[];
    }>('query ($y: Int!) { directiveDocuments(year: $y) { id number type issuedOn } }', { y: year });
    const entry = register.data?.directiveDocuments.find((d) => d.number === '25/TB-SNN');
    expect(entry).toMatchObject({ type: 'THONG_BAO', issuedOn });

    // The register entry is the notice's: changed from the visit, never edited or deleted in the register.
    const del = await office.request(`mutation { deleteDirectiveDocument(id: "${entry?.id}") }`);
    expect(code(del)).toBe('DOCUMENT_IS_CONCLUSION_NOTICE');

    const text = await noticeText(headCL, approved);
    const [y, m, d] = issuedOn.split('-');
    expect(text).toContain('Số: 25/TB-SNN');
    expect(text).toContain(`ngày ${d} tháng ${m} năm ${y}`);
    expect(text).toContain('II. ƯU ĐIỂM');
    expect(text).toContain(STRENGTHS);
    expect(text).toContain('Hoàng Văn Minh');

    const trail = await office.request<{ auditTrail: { action: string; after: Record<string, unknown> }[] }>(TRAIL, {
      id: approved.id,
    });
    const issued = (trail.data?.auditTrail ?? []).filter((e) => e.action === 'ISSUE_NOTICE');
    expect(issued).toHaveLength(1);
    expect(issued[0]?.after).toMatchObject({ number: '25/TB-SNN', issuedOn, signerName: 'Hoàng Văn Minh' });
  });

  it('a visit with findings: the date the unit reports its remediation by', async () => {
    const reportDueOn = dayAfterApproval(withFindings, 40);
    const res = await office.request(ISSUE, {
      i: {
        visitId: withFindings.id,
        number: '30/TB-SNN',
        issuedOn: dayAfterApproval(withFindings, 3),
        strengths: STRENGTHS,
        reportDueOn,
        signerName: 'Hoàng Văn Minh',
      },
    });
    expect(res.errors).toBeUndefined();
    const [ry, rm, rd] = reportDueOn.split('-');
    expect(await noticeText(office, withFindings)).toContain(
      `báo cáo kết quả khắc phục, kèm tài liệu, hình ảnh minh chứng, về Sở Nông nghiệp và Phát triển nông thôn (qua Văn phòng Sở) trước ngày ${rd}/${rm}/${ry} để theo dõi, tổng hợp.`,
    );
  });

  it('may be corrected until the unit acknowledges it, audited with before and after', async () => {
    const res = await office.request<{ issueConclusionNotice: { number: string } }>(ISSUE, {
      i: {
        visitId: approved.id,
        number: '26/TB-SNN',
        issuedOn: dayAfterApproval(approved, 3),
        strengths: STRENGTHS,
        signerName: 'Hoàng Văn Minh',
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.issueConclusionNotice.number).toBe('26/TB-SNN');
    expect(await noticeRows()).toBe(2);
    const trail = await office.request<{ auditTrail: { action: string; before: Record<string, unknown> | null }[] }>(
      'query ($id: ID!) { auditTrail(entityId: $id) { action before } }',
      { id: approved.id },
    );
    const corrected = (trail.data?.auditTrail ?? []).filter((e) => e.action === 'CORRECT_NOTICE');
    expect(corrected).toHaveLength(1);
    expect(corrected[0]?.before).toMatchObject({ number: '25/TB-SNN' });

    // Another visit cannot take the same number in the same year.
    expect(dayAfterApproval(withFindings, 3).slice(0, 4)).toBe(dayAfterApproval(approved, 3).slice(0, 4));
    const taken = await office.request(ISSUE, {
      i: {
        visitId: withFindings.id,
        number: '26/TB-SNN',
        issuedOn: dayAfterApproval(withFindings, 3),
        strengths: STRENGTHS,
        reportDueOn: dayAfterApproval(withFindings, 40),
        signerName: 'Hoàng Văn Minh',
      },
    });
    expect(code(taken)).toBe('DOCUMENT_NUMBER_TAKEN');
    const kept = await office.request<{ visit: { conclusionNotice: { number: string } } }>(
      'query ($id: ID!) { visit(id: $id) { conclusionNotice { number } } }',
      { id: withFindings.id },
    );
    expect(kept.data?.visit.conclusionNotice.number).toBe('30/TB-SNN');
  });
});

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
    // Their own unit's, and those of a station it took over whose open findings it follows now.
    const followed = await t.sql<{ visit_id: string }>(
      `select f.visit_id from finding f join unit u on u.id = f.followed_by_unit_id where u.code = 'HKL-CL'`,
    );
    const followedVisits = followed.map((f) => f.visit_id);
    expect(
      mine.data?.myUnitVisits.every(
        (v) => v.status === 'APPROVED' && (v.unit.code === 'HKL-CL' || followedVisits.includes(v.id)),
      ),
    ).toBe(true);
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
  it('refuses the head of another unit with its own code and saves nothing', async () => {
    const res = await headDL.request(ACK, { id: approved.id });
    expect(code(res)).toBe('NOTICE_NOT_YOUR_UNIT');
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

  it('once acknowledged, the notice is the record the unit received: the office cannot change it', async () => {
    const res = await office.request(ISSUE, {
      i: {
        visitId: approved.id,
        number: '27/TB-SNN',
        issuedOn: dayAfterApproval(approved, 3),
        strengths: 'Khác.',
        signerName: 'Hoàng Văn Minh',
      },
    });
    expect(code(res)).toBe('NOTICE_ALREADY_RECEIVED');
    const kept = await office.request<{ visit: { conclusionNotice: { number: string; strengths: string } } }>(
      'query ($id: ID!) { visit(id: $id) { conclusionNotice { number strengths } } }',
      { id: approved.id },
    );
    expect(kept.data?.visit.conclusionNotice).toEqual({ number: '26/TB-SNN', strengths: STRENGTHS });
  });
});
