import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayLocalDate } from '../../server/src/common/local-date.js';
import { complianceTrend } from '../../server/src/features/rollup/rollup-trend.js';
import { type GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The roll-up against an independent calculation: a seeded random dataset is written with SQL, then
 * every figure of `rollup(year)` is recomputed here in plain TypeScript over the generated arrays.
 */

let t: TestApp;
let office: GraphQLCaller;
beforeAll(async () => {
  t = await startTestApp();
  office = await t.as('vanphong');
});
afterAll(() => t?.close());

/** mulberry32: a tiny seeded PRNG, so a failing seed can be replayed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

interface GenUnit {
  id: string;
  code: string;
  name: string;
  parentId: string;
  activeFrom: string;
  activeTo: string | null;
}
interface GenItem {
  id: string;
  code: string;
  groupCode: string;
  groupTitle: string;
  points: number;
  passFail: boolean;
}
interface GenVisit {
  id: string;
  unitId: string;
  status: string;
  visitDate: string | null;
  items: GenItem[];
}
interface GenAnswer {
  id: string;
  visitId: string;
  item: GenItem;
  passFail: 'PASS' | 'FAIL' | 'NOT_APPLICABLE' | null;
}
interface GenFinding {
  id: string;
  visitId: string;
  item: GenItem | null;
  responsibleUnitId: string;
  groupTitle: string;
  severity: 'LOW' | 'MEDIUM' | 'HIGH';
  deadline: string | null;
  status: 'OPEN' | 'REMEDIATION_REPORTED' | 'CLOSED';
  closedAt: Date | null;
}
interface GenDocument {
  id: string;
  type: string;
  number: string;
  issuedOn: string;
  year: number;
  issuingUnitId: string;
}
interface GenProcedure {
  year: number;
  code: string;
  level: string;
  mechanism: string;
  onlineService: string;
  publicPostal: boolean;
  legalDays: number | null;
  daysCut: number | null;
}
interface GenIndex {
  year: number;
  index: string;
  totalScore: number;
  rank: number | null;
}

const DOC_TYPES = ['KE_HOACH', 'CONG_VAN', 'QUYET_DINH', 'BAO_CAO', 'THONG_BAO', 'KHAC'];
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (day: string, n: number) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000));

async function insertRows(table: string, columns: string, rows: Record<string, unknown>[]) {
  if (rows.length === 0) return;
  const names = columns
    .split(',')
    .map((c) => c.trim().split(' ')[0])
    .join(', ');
  await t.sql(`insert into ${table} (${names}) select ${names} from json_to_recordset(?::json) as x(${columns})`, [
    JSON.stringify(rows),
  ]);
}

/** Writes a random dataset under a new department and returns it with the year to roll up. */
async function generate(seed: number, year: number) {
  const rnd = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const dayIn = (y: number) => addDays(`${y}-01-01`, int(0, 364));
  const now = new Date().toISOString();

  const [team] = await t.sql<{ id: string }>('select id from inspection_team limit 1');
  const [user] = await t.sql<{ id: string }>(`select id from app_user where username = 'vanphong'`);
  const [outsider] = await t.sql<{ id: string }>(`select id from unit where code = 'VP'`);
  const [v1] = await t.sql<{ id: string; template_id: string }>(
    `select cv.id, cv.template_id from checklist_version cv join checklist_template ct on ct.id = cv.template_id
      where ct.code = 'KLKC' order by cv.number limit 1`,
  );
  if (!team || !user || !outsider || !v1) throw new Error('demo data missing');

  // Checklist: the demo version, plus a new version with the same codes and random points.
  const v1Items = (
    await t.sql<{
      id: string;
      code: string;
      group_code: string;
      group_title: string;
      points: number;
      answer_type: string;
    }>(
      `select i.id, i.code, g.code as group_code, g.title as group_title, i.points, i.answer_type
         from checklist_item i join checklist_group g on g.id = i.group_id where g.version_id = ?`,
      [v1.id],
    )
  ).map((r) => ({
    id: r.id,
    code: r.code,
    groupCode: r.group_code,
    groupTitle: r.group_title,
    points: Number(r.points),
    passFail: r.answer_type === 'PASS_FAIL',
  }));
  const v2 = randomUUID();
  await t.sql(
    `insert into checklist_version (id, template_id, number, status, published_at, created_at)
     select ?, ?, max(number) + 1, 'PUBLISHED', now(), now() from checklist_version where template_id = ?`,
    [v2, v1.template_id, v1.template_id],
  );
  const groupIds = new Map<string, string>();
  const groupRows = [...new Set(v1Items.map((i) => i.groupCode))].map((code, position) => {
    const id = randomUUID();
    groupIds.set(code, id);
    const title = v1Items.find((i) => i.groupCode === code)?.groupTitle ?? code;
    return { id, version_id: v2, position, code, title };
  });
  await insertRows('checklist_group', 'id uuid, version_id uuid, position int, code text, title text', groupRows);
  const v2Items: GenItem[] = v1Items.map((i) => ({ ...i, id: randomUUID(), points: int(0, 10) / 2 }));
  await insertRows(
    'checklist_item',
    'id uuid, group_id uuid, position int, code text, text text, answer_type text, points float8, photo_required_on_fail bool, required bool',
    v2Items.map((i, position) => ({
      id: i.id,
      group_id: groupIds.get(i.groupCode),
      position,
      code: i.code,
      text: `Tiêu chí ${i.code} (bản mới)`,
      answer_type: i.passFail ? 'PASS_FAIL' : 'NUMBER',
      points: i.points,
      photo_required_on_fail: false,
      required: false,
    })),
  );

  // Units: a new department with a random tree, some opened or closed during the two years.
  const root = { id: randomUUID(), code: `R${seed}` };
  await insertRows(
    'unit',
    'id uuid, code text, name text, search_name text, kind text, parent_id uuid, active_from date, active_to date, version int, created_at timestamptz, updated_at timestamptz',
    [
      {
        id: root.id,
        code: root.code,
        name: `Sở thử ${seed}`,
        search_name: `so thu ${seed}`,
        kind: 'DEPARTMENT',
        parent_id: null,
        active_from: '2000-01-01',
        active_to: null,
        version: 1,
        created_at: now,
        updated_at: now,
      },
    ],
  );
  const units: GenUnit[] = [];
  for (let n = 0; n < int(12, 20); n++) {
    const parentId = units.length > 0 && rnd() < 0.35 ? pick(units).id : root.id;
    const activeFrom = rnd() < 0.3 ? dayIn(pick([year - 1, year])) : '2010-01-01';
    const closes = rnd() < 0.3;
    const activeTo = closes
      ? addDays(activeFrom > `${year - 1}-01-01` ? activeFrom : `${year - 1}-01-01`, int(0, 500))
      : null;
    units.push({
      id: randomUUID(),
      code: `R${seed}-${n}`,
      name: `Đơn vị ${seed}-${n}`,
      parentId,
      activeFrom,
      activeTo,
    });
  }
  // Parents are inserted before their children: the list is in creation order.
  await insertRows(
    'unit',
    'id uuid, code text, name text, search_name text, kind text, parent_id uuid, active_from date, active_to date, version int, created_at timestamptz, updated_at timestamptz',
    units.map((u) => ({
      id: u.id,
      code: u.code,
      name: u.name,
      search_name: u.name.toLowerCase(),
      kind: 'OTHER',
      parent_id: u.parentId,
      active_from: u.activeFrom,
      active_to: u.activeTo,
      version: 1,
      created_at: now,
      updated_at: now,
    })),
  );

  // Visits, answers and findings over the two years; a small item pool makes repeats likely.
  const visits: GenVisit[] = [];
  const answers: GenAnswer[] = [];
  const findings: GenFinding[] = [];
  const statuses = [
    'APPROVED',
    'APPROVED',
    'APPROVED',
    'APPROVED',
    'APPROVED',
    'SUBMITTED',
    'IN_PROGRESS',
    'RETURNED',
    'PLANNED',
  ];
  for (const unit of units) {
    for (let n = int(0, 5); n > 0; n--) {
      const status = pick(statuses);
      // Most visits in the two years rolled up; some in earlier years (none in year - 4), for the trend.
      const visitDate =
        status === 'PLANNED' && rnd() < 0.5
          ? null
          : dayIn(rnd() < 0.8 ? pick([year - 1, year]) : pick([year - 6, year - 5, year - 3, year - 2]));
      const items = rnd() < 0.5 ? v1Items : v2Items;
      const visit: GenVisit = { id: randomUUID(), unitId: unit.id, status, visitDate, items };
      visits.push(visit);
      for (const item of items) {
        const r = rnd();
        if (r < 0.05) continue;
        const passFail = !item.passFail || r < 0.15 ? null : r < 0.6 ? 'PASS' : r < 0.8 ? 'FAIL' : 'NOT_APPLICABLE';
        answers.push({ id: randomUUID(), visitId: visit.id, item, passFail });
      }
      for (let f = int(0, 4); f > 0; f--) {
        const item = rnd() < 0.8 ? pick(items.slice(0, 3)) : null;
        const deadline = rnd() < 0.1 ? null : addDays(visitDate ?? `${year}-06-01`, int(-30, 300));
        const status = pick(['OPEN', 'REMEDIATION_REPORTED', 'CLOSED', 'CLOSED'] as const);
        // Closed in the hours around midnight in Vietnam (17:00 UTC) near the deadline, so that the
        // local day of closedAt decides between on time and late.
        const closedOn = addDays(deadline ?? `${year}-06-01`, int(-2, 1));
        const closedAt =
          status === 'CLOSED' ? new Date(Date.parse(`${closedOn}T12:00:00Z`) + int(0, 10) * 3_600_000) : null;
        findings.push({
          id: randomUUID(),
          visitId: visit.id,
          item,
          responsibleUnitId: rnd() < 0.85 ? unit.id : pick(units).id,
          groupTitle: item ? item.groupTitle : pick(['Khác', 'Kỷ luật lao động']),
          severity: pick(['LOW', 'MEDIUM', 'HIGH'] as const),
          deadline,
          status,
          closedAt,
        });
      }
    }
  }
  await insertRows(
    'visit',
    'id uuid, unit_id uuid, team_id uuid, status text, template_version_id uuid, visit_date date, attendees jsonb, version int, created_at timestamptz, updated_at timestamptz',
    visits.map((v) => ({
      id: v.id,
      unit_id: v.unitId,
      team_id: team.id,
      status: v.status,
      template_version_id: v.items === v1Items ? v1.id : v2,
      visit_date: v.visitDate,
      attendees: [],
      version: 1,
      created_at: now,
      updated_at: now,
    })),
  );
  await insertRows(
    'visit_answer',
    'id uuid, visit_id uuid, item_id uuid, pass_fail text, updated_by_id uuid, updated_at timestamptz, edited_at timestamptz, also_for jsonb, version int',
    answers.map((a) => ({
      id: a.id,
      visit_id: a.visitId,
      item_id: a.item.id,
      pass_fail: a.passFail,
      updated_by_id: user.id,
      updated_at: now,
      edited_at: now,
      also_for: [],
      version: 1,
    })),
  );
  await insertRows(
    'finding',
    'id uuid, visit_id uuid, item_id uuid, from_failed_item bool, responsible_unit_id uuid, group_title text, severity text, found_text text, deadline date, status text, closed_at timestamptz, reopen_count int, created_at timestamptz, version int',
    findings.map((f, n) => ({
      id: f.id,
      visit_id: f.visitId,
      item_id: f.item?.id ?? null,
      from_failed_item: false,
      responsible_unit_id: f.responsibleUnitId,
      group_title: f.groupTitle,
      severity: f.severity,
      found_text: `Tồn tại ${n}`,
      deadline: f.deadline,
      status: f.status,
      closed_at: f.closedAt?.toISOString() ?? null,
      reopen_count: 0,
      created_at: now,
      version: 1,
    })),
  );

  // Registers: replaced as a whole, since TTHC and indices belong to the whole department.
  await t.sql('delete from directive_document');
  await t.sql('delete from administrative_procedure');
  await t.sql('delete from index_result');
  const issuers = [root.id, outsider.id, ...units.map((u) => u.id)];
  const documents: GenDocument[] = Array.from({ length: int(10, 40) }, (_, n) => {
    const issuedOn = dayIn(pick([year - 1, year]));
    return {
      id: randomUUID(),
      type: pick(DOC_TYPES),
      number: `${n + 1}/KH-R`,
      issuedOn,
      year: Number(issuedOn.slice(0, 4)),
      issuingUnitId: pick(issuers),
    };
  });
  await insertRows(
    'directive_document',
    'id uuid, type text, number text, issued_on date, year int, issuing_unit_id uuid, summary text, version int, created_at timestamptz, updated_at timestamptz',
    documents.map((d) => ({
      id: d.id,
      type: d.type,
      number: d.number,
      issued_on: d.issuedOn,
      year: d.year,
      issuing_unit_id: d.issuingUnitId,
      summary: 'Văn bản thử',
      version: 1,
      created_at: now,
      updated_at: now,
    })),
  );
  const procedures: GenProcedure[] = [year - 1, year].flatMap((y) =>
    Array.from({ length: int(5, 60) }, (_, n) => {
      const legalDays = rnd() < 0.1 ? null : int(0, 40);
      return {
        year: y,
        code: `TTHC-${n}`,
        level: pick(['TINH', 'HUYEN', 'XA']),
        mechanism: pick(['MOT_CUA', 'MOT_CUA_LIEN_THONG']),
        onlineService: pick(['TOAN_TRINH', 'MOT_PHAN', 'KHONG']),
        publicPostal: rnd() < 0.7,
        legalDays,
        daysCut: legalDays === null || rnd() < 0.6 ? null : int(0, legalDays),
      };
    }),
  );
  await insertRows(
    'administrative_procedure',
    'id uuid, year int, code text, name text, level text, mechanism text, online_service text, public_postal bool, legal_days int, days_cut int, version int, created_at timestamptz, updated_at timestamptz',
    procedures.map((p) => ({
      id: randomUUID(),
      year: p.year,
      code: p.code,
      name: `Thủ tục ${p.code}`,
      level: p.level,
      mechanism: p.mechanism,
      online_service: p.onlineService,
      public_postal: p.publicPostal,
      legal_days: p.legalDays,
      days_cut: p.daysCut,
      version: 1,
      created_at: now,
      updated_at: now,
    })),
  );
  const indices: GenIndex[] = [];
  for (let y = year - 4; y <= year; y++) {
    for (const index of ['SIPAS', 'PAR_INDEX']) {
      if (rnd() < 0.7)
        indices.push({ year: y, index, totalScore: int(500, 1000) / 10, rank: rnd() < 0.5 ? null : int(1, 20) });
    }
  }
  await insertRows(
    'index_result',
    'id uuid, year int, assessment_index text, total_score float8, components jsonb, rank int, version int, created_at timestamptz, updated_at timestamptz',
    indices.map((i) => ({
      id: randomUUID(),
      year: i.year,
      assessment_index: i.index,
      total_score: i.totalScore,
      components: [],
      rank: i.rank,
      version: 1,
      created_at: now,
      updated_at: now,
    })),
  );
  return { root: root.id, units, visits, answers, findings, documents, procedures, indices };
}

type Dataset = Awaited<ReturnType<typeof generate>>;

const visitOf = (data: Dataset, id: string) => data.visits.find((v) => v.id === id);

/** The roll-up recomputed in TypeScript from the generated arrays (no SQL). */
function expected(data: Dataset, year: number, rootId: string) {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const today = todayLocalDate();
  const asOf = today < end ? today : end;
  const below = (id: string): boolean => {
    const unit = data.units.find((u) => u.id === id);
    return unit !== undefined && (unit.parentId === rootId || below(unit.parentId));
  };
  const tree = new Set([rootId, ...data.units.filter((u) => below(u.id)).map((u) => u.id)]);
  // domain.md: a roll-up over a sub-tree includes the unit at its root (the generated units are none of
  // them a department; the department the tree hangs from is not in data.units).
  const scope = data.units.filter(
    (u) => (u.id === rootId || below(u.id)) && u.activeFrom <= end && (u.activeTo === null || u.activeTo >= start),
  );
  const scopeIds = new Set(scope.map((u) => u.id));
  const yearVisits = data.visits.filter(
    (v) =>
      v.status === 'APPROVED' &&
      v.visitDate !== null &&
      v.visitDate >= start &&
      v.visitDate <= end &&
      scopeIds.has(v.unitId),
  );
  const yearVisitIds = new Set(yearVisits.map((v) => v.id));
  const inspected = scope.filter((u) => yearVisits.some((v) => v.unitId === u.id));

  const answers = data.answers.filter((a) => yearVisitIds.has(a.visitId) && a.passFail !== null);
  const visitOf = new Map(data.visits.map((v) => [v.id, v]));
  const compliance = (keyOf: (a: GenAnswer) => string) => {
    const out = new Map<
      string,
      { passed: number; failed: number; notApplicable: number; passedPoints: number; applicablePoints: number }
    >();
    for (const a of answers) {
      const key = keyOf(a);
      const c = out.get(key) ?? { passed: 0, failed: 0, notApplicable: 0, passedPoints: 0, applicablePoints: 0 };
      if (a.passFail === 'PASS') {
        c.passed++;
        c.passedPoints += a.item.points;
        c.applicablePoints += a.item.points;
      } else if (a.passFail === 'FAIL') {
        c.failed++;
        c.applicablePoints += a.item.points;
      } else c.notApplicable++;
      out.set(key, c);
    }
    return out;
  };

  // domain.md: a repeat is the same item at the same unit as a finding of the previous year.
  const previousYearFindings = data.findings.filter((f) => {
    const v = visitOf.get(f.visitId);
    return (
      v?.status === 'APPROVED' &&
      v.visitDate !== null &&
      v.visitDate >= `${year - 1}-01-01` &&
      v.visitDate < start &&
      f.item !== null
    );
  });
  const findings = data.findings
    .filter((f) => yearVisitIds.has(f.visitId))
    .map((f) => {
      const state =
        f.status === 'CLOSED'
          ? f.deadline === null || f.closedAt === null || todayLocalDate(f.closedAt) <= f.deadline
            ? 'FIXED_ON_TIME'
            : 'FIXED_LATE'
          : f.deadline !== null && f.deadline < asOf
            ? 'OVERDUE'
            : 'OPEN';
      const repeat =
        f.item !== null &&
        previousYearFindings.some((p) => p.item?.code === f.item?.code && p.responsibleUnitId === f.responsibleUnitId);
      return { ...f, groupCode: f.item ? f.item.groupCode : f.groupTitle, state, repeat };
    });
  type F = (typeof findings)[number];
  const findingFigure = (fs: F[]) => ({
    total: fs.length,
    fixedOnTime: fs.filter((f) => f.state === 'FIXED_ON_TIME').length,
    fixedLate: fs.filter((f) => f.state === 'FIXED_LATE').length,
    overdue: fs.filter((f) => f.state === 'OVERDUE').length,
    open: fs.filter((f) => f.state === 'OPEN').length,
    repeat: fs.filter((f) => f.repeat).length,
  });
  const byGroupSeverity = new Map<string, F[]>();
  for (const f of findings) {
    const key = `${f.groupCode}|${f.severity}`;
    byGroupSeverity.set(key, [...(byGroupSeverity.get(key) ?? []), f]);
  }

  const procedures = data.procedures.filter((p) => p.year === year);
  const count = (test: (p: GenProcedure) => boolean) => procedures.filter(test).length;
  const levels = ['TINH', 'HUYEN', 'XA'].map((level) => {
    const reviewed = procedures.filter((p) => p.level === level && (p.daysCut ?? 0) > 0);
    return {
      level,
      procedures: count((p) => p.level === level),
      reviewed: reviewed.length,
      daysCut: reviewed.reduce((s, p) => s + (p.daysCut ?? 0), 0),
      legalDays: reviewed.reduce((s, p) => s + (p.legalDays ?? 0), 0),
    };
  });
  const trend = [...data.indices]
    .sort((a, b) => a.year - b.year || a.index.localeCompare(b.index))
    .map((i) => ({ year: i.year, index: i.index, totalScore: i.totalScore, rank: i.rank }));

  return {
    asOf,
    scope,
    yearVisits,
    inScope: scope.length,
    inspected: inspected.length,
    notInspected: scope.filter((u) => !inspected.includes(u)).map((u) => u.id),
    complianceTotal: compliance(() => 'TOTAL').get('TOTAL'),
    byGroup: compliance((a) => a.item.groupCode),
    byItem: compliance((a) => a.item.code),
    byUnit: compliance((a) => visitOf.get(a.visitId)?.unitId ?? ''),
    answers,
    findings,
    findingsTotal: findingFigure(findings),
    byGroupSeverity: new Map([...byGroupSeverity].map(([k, fs]) => [k, findingFigure(fs)])),
    documents: Object.fromEntries(
      DOC_TYPES.map((type) => [
        type,
        data.documents.filter((d) => d.year === year && d.type === type && tree.has(d.issuingUnitId)).length,
      ]),
    ),
    tthc: {
      total: procedures.length,
      oneStop: count((p) => p.mechanism === 'MOT_CUA'),
      interconnected: count((p) => p.mechanism === 'MOT_CUA_LIEN_THONG'),
      onlineFull: count((p) => p.onlineService === 'TOAN_TRINH'),
      onlinePartial: count((p) => p.onlineService === 'MOT_PHAN'),
      publicPostal: count((p) => p.publicPostal),
      levels,
    },
    trend,
    unplannedUnits: inspected.map((u) => u.name).sort(),
  };
}

const ROLLUP = `query ($year: Int!, $root: ID) {
  rollup(year: $year, rootUnitId: $root) {
    asOf repeatFindings
    coverage { inScope inspected ratio unitsNotInspected { id } }
    compliance {
      total { passed failed notApplicable passedPoints applicablePoints ratio }
      byGroup { key passed failed notApplicable passedPoints applicablePoints ratio }
      byItem { key passed failed notApplicable passedPoints applicablePoints ratio }
      byUnit { key passed failed notApplicable passedPoints applicablePoints ratio }
    }
    findings {
      total { total fixedOnTime fixedLate overdue open repeat }
      byGroupAndSeverity { groupCode severity total fixedOnTime fixedLate overdue open repeat }
    }
    documents { type count }
    tthc { total oneStop interconnected online onlineFull onlinePartial publicPostal
      levels { level procedures reviewed daysCut legalDays } }
    indexScores { year index totalScore rank }
    indexTrend { year index totalScore rank }
    warnings { code message }
  }
}`;
const RECORDS = `query ($year: Int!, $root: ID, $figure: RollupFigure!, $key: String) {
  rollupRecords(year: $year, rootUnitId: $root, figure: $figure, key: $key) { kind id visitId findingId }
}`;

interface Counts {
  passed: number;
  failed: number;
  notApplicable: number;
  passedPoints: number;
  applicablePoints: number;
  ratio?: number | null;
}
function expectCompliance(actual: Counts, want: Counts | undefined) {
  const w = want ?? { passed: 0, failed: 0, notApplicable: 0, passedPoints: 0, applicablePoints: 0 };
  const { passed, failed, notApplicable, passedPoints, applicablePoints } = actual;
  expect({ passed, failed, notApplicable, passedPoints, applicablePoints }).toEqual(w);
  if (w.applicablePoints > 0) expect(actual.ratio).toBeCloseTo(w.passedPoints / w.applicablePoints, 12);
  else expect(actual.ratio).toBeNull();
}

// biome-ignore lint/suspicious/noExplicitAny: the response is compared with the expectation field by field
type RollupResult = Record<string, any>;

async function checkRollup(data: Dataset, year: number, rootId: string) {
  const want = expected(data, year, rootId);
  const res = await office.request<{ rollup: RollupResult }>(ROLLUP, { year, root: rootId });
  expect(res.errors).toBeUndefined();
  const r = res.data?.rollup as RollupResult;

  expect(r.asOf).toBe(want.asOf);
  expect(r.coverage.inScope).toBe(want.inScope);
  expect(r.coverage.inspected).toBe(want.inspected);
  expect(r.coverage.ratio).toBeCloseTo(want.inScope ? want.inspected / want.inScope : 0, 12);
  expect(r.coverage.unitsNotInspected.map((u: { id: string }) => u.id).sort()).toEqual([...want.notInspected].sort());

  expectCompliance(r.compliance.total, want.complianceTotal);
  for (const [list, map] of [
    [r.compliance.byGroup, want.byGroup],
    [r.compliance.byItem, want.byItem],
    [r.compliance.byUnit, want.byUnit],
  ] as const) {
    expect(list.map((c: { key: string }) => c.key).sort()).toEqual([...map.keys()].sort());
    for (const c of list) expectCompliance(c, map.get(c.key));
  }

  const { total, byGroupAndSeverity } = r.findings;
  expect(total).toEqual(want.findingsTotal);
  expect(r.repeatFindings).toBe(want.findingsTotal.repeat);
  expect(
    byGroupAndSeverity.map((f: { groupCode: string; severity: string }) => `${f.groupCode}|${f.severity}`).sort(),
  ).toEqual([...want.byGroupSeverity.keys()].sort());
  for (const { groupCode, severity, ...counts } of byGroupAndSeverity) {
    expect(counts).toEqual(want.byGroupSeverity.get(`${groupCode}|${severity}`));
  }

  expect(Object.fromEntries(r.documents.map((d: { type: string; count: number }) => [d.type, d.count]))).toEqual(
    want.documents,
  );

  const tthc = want.tthc;
  expect(r.tthc).toEqual({
    total: tthc.total,
    oneStop: tthc.oneStop,
    interconnected: tthc.interconnected,
    online: tthc.onlineFull + tthc.onlinePartial,
    onlineFull: tthc.onlineFull,
    onlinePartial: tthc.onlinePartial,
    publicPostal: tthc.publicPostal,
    levels: tthc.levels,
  });
  expect(r.indexTrend).toEqual(want.trend);
  expect(r.indexScores).toEqual(want.trend.filter((i) => i.year === year));

  // No plan covers the generated units: every inspected unit is flagged, and nothing else.
  const warnings = r.warnings as { code: string; message: string }[];
  expect(warnings.every((w) => w.code === 'VISIT_WITHOUT_PLAN_LINE')).toBe(true);
  expect(warnings.length).toBe(want.unplannedUnits.length);
  for (const name of want.unplannedUnits) expect(warnings.some((w) => w.message.includes(`${name} `))).toBe(true);
  return want;
}

const TREND_AND_ATTENTION = `query ($year: Int!, $root: ID) {
  rollup(year: $year, rootUnitId: $root) {
    trend { year hasData unitsInScope unitsInspected coverageRatio findings findingsFixedOnTime findingsFixedLate findingsOverdue
      fixedOnTimeRatio
      compliance { key passed failed notApplicable passedPoints applicablePoints ratio }
      complianceByGroup { key passed failed notApplicable passedPoints applicablePoints ratio } }
    attention { unit { id } visits overdueFindings failedAnswers complianceRatio }
  }
}`;

/** The years compared with `year`: it and the latest earlier years with an approved visit in scope. */
/** The trend's window: the year and the `earlierYears` calendar years before it, oldest first. */
function trendYears(year: number, earlierYears = 4): number[] {
  return Array.from({ length: earlierYears + 1 }, (_, n) => year - earlierYears + n);
}

/** Year over year and the attention list against the independent calculation of each year. */
async function checkTrendAndAttention(data: Dataset, year: number, rootId: string) {
  const res = await office.request<{ rollup: RollupResult }>(TREND_AND_ATTENTION, { year, root: rootId });
  expect(res.errors).toBeUndefined();
  const { trend, attention } = (res.data?.rollup ?? {}) as RollupResult;

  const years = trendYears(year);
  expect(trend.map((y: { year: number }) => y.year)).toEqual(years);
  for (const t of trend) {
    const want = expected(data, t.year, rootId);
    expect([t.unitsInScope, t.unitsInspected]).toEqual([want.inScope, want.inspected]);
    expect(t.hasData).toBe(want.inspected > 0);
    expect(t.coverageRatio).toBeCloseTo(want.inScope ? want.inspected / want.inScope : 0, 12);
    expectCompliance(t.compliance, want.complianceTotal);
    expect(t.complianceByGroup.map((c: { key: string }) => c.key).sort()).toEqual([...want.byGroup.keys()].sort());
    for (const c of t.complianceByGroup) expectCompliance(c, want.byGroup.get(c.key));
    const f = want.findingsTotal;
    expect([t.findings, t.findingsFixedOnTime, t.findingsFixedLate, t.findingsOverdue]).toEqual([
      f.total,
      f.fixedOnTime,
      f.fixedLate,
      f.overdue,
    ]);
    if (f.total > 0) expect(t.fixedOnTimeRatio).toBeCloseTo(f.fixedOnTime / f.total, 12);
    else expect(t.fixedOnTimeRatio).toBeNull();
  }

  const want = expected(data, year, rootId);
  const rows = want.scope
    .map((unit) => {
      const points = want.byUnit.get(unit.id);
      return {
        id: unit.id,
        visits: want.yearVisits.filter((v) => v.unitId === unit.id).length,
        overdueFindings: want.findings.filter((f) => f.responsibleUnitId === unit.id && f.state === 'OVERDUE').length,
        failedAnswers: points?.failed ?? 0,
        complianceRatio: points && points.applicablePoints > 0 ? points.passedPoints / points.applicablePoints : null,
      };
    })
    .filter((u) => u.visits === 0 || u.overdueFindings > 0 || (u.complianceRatio ?? 1) < 1);
  expect(attention.map((a: { unit: { id: string } }) => a.unit.id).sort()).toEqual(rows.map((u) => u.id).sort());
  for (const a of attention) {
    const w = rows.find((u) => u.id === a.unit.id);
    expect([a.visits, a.overdueFindings, a.failedAnswers]).toEqual([w?.visits, w?.overdueFindings, w?.failedAnswers]);
    if (w?.complianceRatio == null) expect(a.complianceRatio).toBeNull();
    else expect(a.complianceRatio).toBeCloseTo(w.complianceRatio, 12);
  }
  // Ranked: not inspected first, then most overdue findings, then lowest compliance (none last).
  const rank = (u: { visits: number; overdueFindings: number; complianceRatio: number | null }) =>
    [u.visits === 0 ? 0 : 1, -u.overdueFindings, u.complianceRatio ?? 2] as const;
  const ranks = attention.map(rank);
  const sorted = [...ranks].sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
  expect(ranks).toEqual(sorted);
  return { want, attention: attention as { unit: { id: string }; visits: number; overdueFindings: number }[] };
}

async function records(year: number, root: string, figure: string, key: string | null) {
  const res = await office.request<{
    rollupRecords: { kind: string; id: string; visitId: string | null; findingId: string | null }[];
  }>(RECORDS, { year, root, figure, key });
  expect(res.errors).toBeUndefined();
  return res.data?.rollupRecords ?? [];
}

describe('the roll-up over a random dataset', () => {
  const today = todayLocalDate();
  const currentYear = Number(today.slice(0, 4));
  const cases = [
    { seed: 1, year: 2024 },
    { seed: 42, year: 2025 },
    { seed: 2026, year: currentYear },
    { seed: 7919, year: 2023 },
  ];

  for (const { seed, year } of cases) {
    it(`matches an independent calculation (seed ${seed}, year ${year})`, async () => {
      const data = await generate(seed, year);
      const want = await checkRollup(data, year, data.root);
      expect(want.inScope).toBeGreaterThan(0);
      expect(want.answers.length).toBeGreaterThan(0);
      expect(want.findings.length).toBeGreaterThan(0);

      // A sub-tree: the unit with the most descendants.
      const withChildren = data.units.filter((u) => data.units.some((c) => c.parentId === u.id));
      if (withChildren[0]) await checkRollup(data, year, withChildren[0].id);
      // A single unit: its own visits, answers and findings (the root of its one-unit sub-tree).
      const leaf = data.units.find(
        (u) =>
          !data.units.some((c) => c.parentId === u.id) &&
          data.visits.some((v) => v.unitId === u.id && v.status === 'APPROVED'),
      );
      if (leaf) await checkRollup(data, year, leaf.id);

      // Drill-down: the answers behind one item, and the overdue findings of one group.
      const item = want.answers[0]?.item.code ?? '';
      const itemRecords = await records(year, data.root, 'COMPLIANCE_ITEM', item);
      expect(itemRecords.map((a) => a.id).sort()).toEqual(
        want.answers
          .filter((a) => a.item.code === item)
          .map((a) => a.id)
          .sort(),
      );
      expect(itemRecords.every((a) => a.kind === 'ANSWER' && a.visitId !== null)).toBe(true);
      const overdue = want.findings.filter((f) => f.state === 'OVERDUE');
      const group = overdue[0]?.groupCode ?? want.findings[0]?.groupCode ?? '';
      const overdueRecords = await records(year, data.root, 'FINDINGS_OVERDUE', group);
      expect(overdueRecords.map((f) => f.findingId).sort()).toEqual(
        overdue
          .filter((f) => f.groupCode === group)
          .map((f) => f.id)
          .sort(),
      );
      const repeats = await records(year, data.root, 'REPEAT_FINDINGS', null);
      expect(repeats.map((f) => f.id).sort()).toEqual(
        want.findings
          .filter((f) => f.repeat)
          .map((f) => f.id)
          .sort(),
      );
      const missing = await records(year, data.root, 'UNITS_NOT_INSPECTED', null);
      expect(missing.map((u) => u.id).sort()).toEqual([...want.notInspected].sort());

      // Year over year and the units needing attention, over the whole tree and the sub-tree.
      const { attention } = await checkTrendAndAttention(data, year, data.root);
      if (withChildren[0]) await checkTrendAndAttention(data, year, withChildren[0].id);
      expect(attention.length).toBeGreaterThan(0);
      // Fewer earlier years keeps the latest ones.
      const shorter = await complianceTrend(t.app.orm.em.fork(), year, data.root, todayLocalDate(), 2);
      expect(shorter.map((y) => y.year)).toEqual(trendYears(year, 2));
      // Each row drills to its records: the unit when not inspected, its overdue findings, its failed answers.
      const rows = [attention[0], attention.find((a) => a.overdueFindings > 0), attention.at(-1)];
      for (const row of rows) {
        if (!row) continue;
        const unitId = row.unit.id;
        const drilled = await records(year, data.root, 'UNIT_ATTENTION', unitId);
        expect(drilled.map((r) => r.id).sort()).toEqual(
          [
            ...(row.visits === 0 ? [unitId] : []),
            ...want.findings.filter((f) => f.responsibleUnitId === unitId && f.state === 'OVERDUE').map((f) => f.id),
            ...want.answers
              .filter((a) => a.passFail === 'FAIL' && visitOf(data, a.visitId)?.unitId === unitId)
              .map((a) => a.id),
          ].sort(),
        );
        expect(drilled.filter((r) => r.kind === 'FINDING').every((r) => r.findingId === r.id)).toBe(true);
      }
    });
  }
});
