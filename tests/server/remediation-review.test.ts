import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayLocalDate } from '../../server/src/common/local-date.js';
import { GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

/** A local day some days after another, for deadlines relative to today. */
const dayAfter = (date: string, days: number) => {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

const FIELDS = `id status reopenCount deadline visitDate remediationText rejectionReason rejectedAt rejectedByName closeReason
  deadlineExtensions { previousDeadline newDeadline reason extendedByName extendedAt }`;
interface FindingView {
  id: string;
  status: string;
  reopenCount: number;
  deadline: string | null;
  visitDate: string | null;
  remediationText: string | null;
  rejectionReason: string | null;
  rejectedAt: string | null;
  rejectedByName: string | null;
  closeReason: string | null;
  deadlineExtensions: {
    previousDeadline: string | null;
    newDeadline: string;
    reason: string;
    extendedByName: string;
    extendedAt: string;
  }[];
}
interface AuditView {
  action: string;
  reason: string | null;
  actorName: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const FINDING = `query ($id: ID!) { finding(id: $id) { ${FIELDS} } }`;
const REJECT = `mutation ($i: RejectRemediationInput!) { rejectRemediation(input: $i) { ${FIELDS} } }`;
const CLOSE = `mutation ($i: CloseFindingInput!) { closeFinding(input: $i) { ${FIELDS} } }`;
const CLOSE_WITHOUT_REPORT = `mutation ($i: CloseWithoutReportInput!) { closeFindingWithoutReport(input: $i) { ${FIELDS} } }`;
const EXTEND = `mutation ($i: ExtendDeadlineInput!) { extendFindingDeadline(input: $i) { ${FIELDS} } }`;
const REPORT = `mutation ($i: ReportRemediationInput!) { reportRemediation(input: $i) { ${FIELDS} } }`;
const TRAIL = 'query ($id: ID!) { auditTrail(entityId: $id) { action reason actorName before after } }';

let t: TestApp;
let office: GraphQLCaller;
let headDL: GraphQLCaller;
let headCL: GraphQLCaller;

const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  res.errors?.[0]?.extensions?.code ?? null;

/** The demo's 2021 finding of a unit (one per unit). */
async function findingOf(unit: string): Promise<FindingView> {
  const res = await office.request<{ findings: { id: string; responsibleUnit: { code: string } }[] }>(
    '{ findings(filter: { year: 2021 }) { id responsibleUnit { code } } }',
  );
  const id = res.data?.findings.find((f) => f.responsibleUnit.code === unit)?.id;
  const read = await office.request<{ finding: FindingView }>(FINDING, { id });
  if (!read.data?.finding) throw new Error(`no finding for ${unit}: ${JSON.stringify(res.errors ?? read.errors)}`);
  return read.data.finding;
}

async function trail(id: string, action: string): Promise<AuditView[]> {
  const res = await office.request<{ auditTrail: AuditView[] }>(TRAIL, { id });
  return (res.data?.auditTrail ?? []).filter((e) => e.action === action);
}

beforeAll(async () => {
  t = await startTestApp();
  office = await t.as('vanphong');
  headCL = await t.as('thutruong');
  const admin = await t.as('admin');
  const units = await office.request<{ units: { id: string; code: string }[] }>('{ units { id code } }');
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
});
afterAll(() => t?.close());

describe("the office reviews a unit's remediation report", () => {
  it('refuses a rejection without a reason, with its own code, and changes nothing', async () => {
    const finding = await findingOf('HKL-DL');
    expect(finding.status).toBe('REMEDIATION_REPORTED');
    expect(code(await office.request(REJECT, { i: { findingId: finding.id, reason: '   ' } }))).toBe(
      'REMEDIATION_REJECTION_REASON_REQUIRED',
    );
    const after = await office.request<{ finding: FindingView }>(FINDING, { id: finding.id });
    expect(after.data?.finding).toMatchObject({ status: 'REMEDIATION_REPORTED', rejectionReason: null });
    expect(await trail(finding.id, 'REJECT_REMEDIATION')).toEqual([]);
  });

  it('a unit head can do none of the office actions, even on their own finding', async () => {
    const finding = await findingOf('HKL-DL');
    const tomorrow = dayAfter(todayLocalDate(), 1);
    expect(code(await headDL.request(REJECT, { i: { findingId: finding.id, reason: 'Tự từ chối' } }))).toBe(
      'FORBIDDEN',
    );
    expect(code(await headDL.request(CLOSE, { i: { findingId: finding.id } }))).toBe('FORBIDDEN');
    expect(code(await headDL.request(CLOSE_WITHOUT_REPORT, { i: { findingId: finding.id, reason: 'Tự đóng' } }))).toBe(
      'FORBIDDEN',
    );
    expect(
      code(await headDL.request(EXTEND, { i: { findingId: finding.id, newDeadline: tomorrow, reason: 'Tự gia hạn' } })),
    ).toBe('FORBIDDEN');
    const after = await office.request<{ finding: FindingView }>(FINDING, { id: finding.id });
    expect(after.data?.finding).toMatchObject({ status: 'REMEDIATION_REPORTED', deadline: finding.deadline });
  });

  it('a rejection with a reason sends it back to the unit, which sees why, who and when, and reports again', async () => {
    const finding = await findingOf('HKL-DL');
    const reason = 'Ảnh chụp chưa thể hiện kho hồ sơ đã sắp xếp.';
    const rejected = await office.request<{ rejectRemediation: FindingView }>(REJECT, {
      i: { findingId: finding.id, reason: `  ${reason} ` },
    });
    expect(rejected.data?.rejectRemediation).toMatchObject({
      status: 'OPEN',
      reopenCount: finding.reopenCount + 1,
      rejectionReason: reason,
      rejectedByName: 'Nguyễn Thị Hoa',
    });
    expect(rejected.data?.rejectRemediation.rejectedAt).toEqual(expect.any(String));
    const [entry, ...more] = await trail(finding.id, 'REJECT_REMEDIATION');
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ reason, actorName: 'Nguyễn Thị Hoa' });
    expect(entry?.before).toMatchObject({ status: 'REMEDIATION_REPORTED', remediationText: finding.remediationText });
    expect(entry?.after).toMatchObject({ status: 'OPEN', rejectionReason: reason });
    // Accepting a report that is no longer there is refused.
    expect(code(await office.request(CLOSE, { i: { findingId: finding.id } }))).toBe('FINDING_WRONG_STATUS');

    const seen = await headDL.request<{ finding: FindingView }>(FINDING, { id: finding.id });
    expect(seen.data?.finding).toMatchObject({
      status: 'OPEN',
      rejectionReason: reason,
      rejectedByName: 'Nguyễn Thị Hoa',
    });
    const again = await headDL.request<{ reportRemediation: FindingView }>(REPORT, {
      i: { operationId: randomUUID(), findingId: finding.id, text: 'Đã sắp xếp lại toàn bộ kho, có ảnh mới.' },
    });
    expect(again.data?.reportRemediation).toMatchObject({
      status: 'REMEDIATION_REPORTED',
      remediationText: 'Đã sắp xếp lại toàn bộ kho, có ảnh mới.',
      rejectionReason: reason,
    });
    const accepted = await office.request<{ closeFinding: FindingView }>(CLOSE, { i: { findingId: finding.id } });
    expect(accepted.data?.closeFinding.status).toBe('CLOSED');
    expect(code(await office.request(REJECT, { i: { findingId: finding.id, reason: 'Muộn' } }))).toBe(
      'FINDING_WRONG_STATUS',
    );
  });
});

describe('deadline extension (gia hạn)', () => {
  it('refuses a missing reason, a day before the visit, a day already passed and the same day', async () => {
    const finding = await findingOf('TTKN');
    expect(finding.status).toBe('OPEN');
    const visitDate = finding.visitDate ?? '';
    const extend = (newDeadline: string, reason = 'Đơn vị xin thêm thời gian.') =>
      office.request(EXTEND, { i: { findingId: finding.id, newDeadline, reason } });
    expect(code(await extend(dayAfter(todayLocalDate(), 30), ' '))).toBe('DEADLINE_EXTENSION_REASON_REQUIRED');
    expect(code(await extend(dayAfter(visitDate, -1)))).toBe('FINDING_DEADLINE_BEFORE_VISIT');
    expect(code(await extend(dayAfter(todayLocalDate(), -1)))).toBe('FINDING_DEADLINE_IN_PAST');
    expect(code(await extend('2026-02-30'))).toBe('BAD_USER_INPUT');
    const after = await office.request<{ finding: FindingView }>(FINDING, { id: finding.id });
    expect(after.data?.finding).toMatchObject({ deadline: finding.deadline, deadlineExtensions: [] });
    expect(await trail(finding.id, 'EXTEND_DEADLINE')).toEqual([]);
  });

  it('moves the deadline with a reason, keeping old and new day in the history and the audit trail', async () => {
    const finding = await findingOf('TTKN');
    const first = dayAfter(todayLocalDate(), 30);
    const second = dayAfter(todayLocalDate(), 45);
    const once = await office.request<{ extendFindingDeadline: FindingView }>(EXTEND, {
      i: { findingId: finding.id, newDeadline: first, reason: 'Chờ kinh phí mua tủ hồ sơ.' },
    });
    expect(once.data?.extendFindingDeadline).toMatchObject({ status: 'OPEN', deadline: first });
    expect(
      code(await office.request(EXTEND, { i: { findingId: finding.id, newDeadline: first, reason: 'Lại' } })),
    ).toBe('FINDING_DEADLINE_UNCHANGED');
    await office.request(EXTEND, {
      i: { findingId: finding.id, newDeadline: second, reason: 'Nhà cung cấp giao chậm.' },
    });
    const read = await office.request<{ finding: FindingView }>(FINDING, { id: finding.id });
    expect(read.data?.finding.deadline).toBe(second);
    expect(read.data?.finding.deadlineExtensions).toEqual([
      {
        previousDeadline: finding.deadline,
        newDeadline: first,
        reason: 'Chờ kinh phí mua tủ hồ sơ.',
        extendedByName: 'Nguyễn Thị Hoa',
        extendedAt: expect.any(String),
      },
      {
        previousDeadline: first,
        newDeadline: second,
        reason: 'Nhà cung cấp giao chậm.',
        extendedByName: 'Nguyễn Thị Hoa',
        extendedAt: expect.any(String),
      },
    ]);
    const entries = await trail(finding.id, 'EXTEND_DEADLINE');
    expect(entries.map((e) => [e.reason, e.before?.deadline, e.after?.deadline])).toEqual([
      ['Chờ kinh phí mua tủ hồ sơ.', finding.deadline, first],
      ['Nhà cung cấp giao chậm.', first, second],
    ]);
  });
});

describe('closing a finding the unit has not reported on', () => {
  it('needs a reason: without one it is refused with its own code and stays open', async () => {
    const finding = await findingOf('TTKN');
    expect(code(await office.request(CLOSE_WITHOUT_REPORT, { i: { findingId: finding.id, reason: '' } }))).toBe(
      'FINDING_CLOSE_REASON_REQUIRED',
    );
    // Accepting a report the unit never sent is not the way either.
    expect(code(await office.request(CLOSE, { i: { findingId: finding.id } }))).toBe('FINDING_WRONG_STATUS');
    const after = await office.request<{ finding: FindingView }>(FINDING, { id: finding.id });
    expect(after.data?.finding).toMatchObject({ status: 'OPEN', closeReason: null });
    expect(await trail(finding.id, 'CLOSE_WITHOUT_REPORT')).toEqual([]);
  });

  it('with a reason it closes, and the reason is on the finding and in its audit entry', async () => {
    const finding = await findingOf('TTKN');
    const reason = 'Đơn vị đã giải thể bộ phận này; không còn đối tượng khắc phục.';
    const closed = await office.request<{ closeFindingWithoutReport: FindingView }>(CLOSE_WITHOUT_REPORT, {
      i: { findingId: finding.id, reason },
    });
    expect(closed.data?.closeFindingWithoutReport).toMatchObject({ status: 'CLOSED', closeReason: reason });
    const [entry] = await trail(finding.id, 'CLOSE_WITHOUT_REPORT');
    expect(entry).toMatchObject({
      reason,
      before: { status: 'OPEN' },
      after: { status: 'CLOSED', closeReason: reason },
    });
    expect(
      code(
        await office.request(EXTEND, {
          i: { findingId: finding.id, newDeadline: dayAfter(todayLocalDate(), 90), reason: 'x' },
        }),
      ),
    ).toBe('FINDING_WRONG_STATUS');
  });
});

describe('a finding made by a revision of an approved visit', () => {
  it('gets its deadline from the day of the revision, not from the visit', async () => {
    const [visit] = await t.sql<{ id: string }>(
      `select v.id from visit v join unit u on u.id = v.unit_id join plan_line l on l.id = v.plan_line_id
        join inspection_plan p on p.id = l.plan_id where p.year = 2021 and u.code = 'HKL-CL'`,
    );
    const read = await office.request<{
      visit: { visitDate: string; answers: { itemId: string; passFail: string | null }[]; findings: { id: string }[] };
    }>('query ($id: ID!) { visit(id: $id) { visitDate answers { itemId passFail } findings { id } } }', {
      id: visit?.id,
    });
    expect(read.data?.visit.findings).toEqual([]);
    const passed = read.data?.visit.answers.find((a) => a.passFail === 'PASS');
    const revised = await office.request<{
      reviseVisit: { findings: { id: string; deadline: string; overdue: boolean; itemId: string }[] };
    }>('mutation ($i: ReviseVisitInput!) { reviseVisit(input: $i) { findings { id deadline overdue itemId } } }', {
      i: {
        visitId: visit?.id,
        reason: 'Đối chiếu biên bản giấy: tiêu chí này không đạt.',
        answers: [
          {
            itemId: passed?.itemId,
            passFail: 'FAIL',
            note: 'Thiếu sổ theo dõi.',
            foundText: 'Không có sổ theo dõi hồ sơ TTHC năm 2021 tại bộ phận một cửa.',
          },
        ],
      },
    });
    const [made] = revised.data?.reviseVisit.findings ?? [];
    // The default of failed-item-finding.ts (30 days), counted from the revision's day.
    expect(made).toMatchObject({ itemId: passed?.itemId, deadline: dayAfter(todayLocalDate(), 30), overdue: false });
    expect(made?.deadline).not.toBe(dayAfter(read.data?.visit.visitDate ?? '', 30));
    const [entry] = await trail(made?.id ?? '', 'CREATE_FROM_FAILED_ITEM');
    expect(entry?.after).toMatchObject({ deadline: made?.deadline });
    // The unit head of that unit can now report on it, and sees the deadline.
    const own = await headCL.request<{ finding: FindingView }>(FINDING, { id: made?.id });
    expect(own.data?.finding.deadline).toBe(made?.deadline);
  });
});
