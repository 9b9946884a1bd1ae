import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPercent } from '../../server/src/common/vietnamese.js';
import { RollupService } from '../../server/src/features/rollup/rollup.service.js';
import { computeMeasure } from '../../server/src/features/self-assessment/measures/compute-measure.js';
import { PerformanceMeasure } from '../../server/src/features/self-assessment/performance-measure.js';
import { DEMO_YEAR } from '../helpers/demo.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

// The self-assessment's measures (issue 17) on the demo data, each against a count made here by hand:
// plain SQL over the tables, the rule applied in a few lines of TypeScript, and the figures the seed
// report and the demo's definition state (23 units inspected in 2021, 91 TTHC, 80 online, 89 by post,
// 8 procedures with time cut, 17 công văn), and those of the demo's 2025 (server/src/db/seeders/demo-2025.ts).
// The dataset made in the test is in self-assessment-measures-dataset.test.ts.

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const TZ = 'Asia/Ho_Chi_Minh';
/** The clock of the current year's measures: December has not ended, the months before it have. */
const TODAY = `${DEMO_YEAR}-12-01`;
const YEARS = [2021, 2022, 2023, 2025, DEMO_YEAR];

const measure = (year: number, m: PerformanceMeasure, params: unknown = null) =>
  computeMeasure(t.app.orm.em.fork(), year, m, params, { today: TODAY });

/** The ids a measure cited, split by whether they count. */
function cited(records: { kind: string; id: string; counted: boolean }[], kind: string) {
  const of = records.filter((r) => r.kind === kind);
  return {
    counted: of
      .filter((r) => r.counted)
      .map((r) => r.id)
      .sort(),
    notCounted: of
      .filter((r) => !r.counted)
      .map((r) => r.id)
      .sort(),
  };
}

const sorted = (ids: string[]) => [...ids].sort();

describe('PLAN_INSPECTED on the demo data', () => {
  async function byHand(year: number) {
    const lines = await t.sql<{ month: number; visit_id: string; status: string; visit_date: string | null }>(
      `select l.planned_month as month, v.id as visit_id, v.status, v.visit_date::text as visit_date
         from plan_line l join inspection_plan p on p.id = l.plan_id join unit u on u.id = l.unit_id
         left join visit v on v.plan_line_id = l.id
        where p.year = ? and u.kind <> 'DEPARTMENT'`,
      [year],
    );
    const done = (l: (typeof lines)[number]) => l.status === 'APPROVED' && l.visit_date?.startsWith(`${year}-`);
    const monthEnded = (month: number) => year < DEMO_YEAR || month < 12;
    const due = lines.filter((l) => done(l) || monthEnded(Number(l.month)));
    return { due: due.map((l) => l.visit_id), done: due.filter(done).map((l) => l.visit_id), lines: lines.length };
  }

  it.each(YEARS)('counts the plan lines due and carried out in %i', async (year) => {
    const r = await measure(year, PerformanceMeasure.PLAN_INSPECTED);
    const want = await byHand(year);
    expect([r.numerator, r.denominator]).toEqual([want.done.length, want.due.length]);
    const visits = cited(r.records, 'VISIT');
    expect(visits.counted).toEqual(sorted(want.done));
    expect(sorted([...visits.counted, ...visits.notCounted])).toEqual(sorted(want.due));
  });

  it('has the seed figures: every unit in 2021, two planned units missed in 2022 and in 2025, nothing due yet this year', async () => {
    const y2021 = await measure(2021, PerformanceMeasure.PLAN_INSPECTED);
    expect(y2021.computation).toBe('23/23 đơn vị được kiểm tra theo kế hoạch = 100%');
    // The same units as the roll-up's coverage, which counts every unit in scope.
    const cover = await new RollupService(t.app.orm.em.fork(), TODAY).rollup(2021, null);
    expect(y2021.numerator).toBe(cover.coverage.inspected);
    const plans = y2021.records.filter((r) => r.kind === 'PLAN');
    expect(plans.map((p) => p.label)).toEqual([
      'Kế hoạch kiểm tra kỷ luật, kỷ cương hành chính năm 2021 (số 45/KH-SNN ngày 15/03/2021)',
    ]);
    expect(plans[0]?.counted).toBe(false);

    const y2022 = await measure(2022, PerformanceMeasure.PLAN_INSPECTED);
    expect(y2022.computation).toBe('20/22 đơn vị được kiểm tra theo kế hoạch = 90,91%');
    expect(y2022.records.filter((r) => r.kind === 'VISIT' && !r.counted).map((r) => r.label)).toEqual([
      'Hạt Kiểm lâm huyện Bắc Sơn: chưa kiểm tra (kế hoạch 36/KH-SNN, tháng 11)',
      'Chi cục Phát triển nông thôn: chưa kiểm tra (kế hoạch 36/KH-SNN, tháng 12)',
    ]);
    expect(y2022.records.filter((r) => r.counted).map((r) => r.label)).toContain(
      'Văn phòng Sở: kiểm tra ngày 15/03/2022 (kế hoạch 36/KH-SNN, tháng 3)',
    );

    // 2025 across the reform: district stations in the first half, area stations in the second; the two
    // area stations due in November and December not inspected.
    const y2025 = await measure(2025, PerformanceMeasure.PLAN_INSPECTED);
    const want2025 = await byHand(2025);
    expect([want2025.done.length, want2025.due.length]).toEqual([9, 11]);
    expect(y2025.computation).toBe('9/11 đơn vị được kiểm tra theo kế hoạch = 81,82%');
    expect(y2025.records.filter((r) => r.kind === 'VISIT' && !r.counted).map((r) => r.label)).toEqual([
      'Hạt Kiểm lâm khu vực Hữu Lũng: chưa kiểm tra (kế hoạch 28/KH-SNN, tháng 11)',
      'Hạt Kiểm lâm khu vực Đình Lập: chưa kiểm tra (kế hoạch 28/KH-SNN, tháng 12)',
    ]);
    expect(y2025.records.filter((r) => r.counted).map((r) => r.label)).toEqual(
      expect.arrayContaining([
        'Hạt Kiểm lâm huyện Bình Gia: kiểm tra ngày 18/03/2025 (kế hoạch 28/KH-SNN, tháng 3)',
        'Hạt Kiểm lâm khu vực Văn Lãng: kiểm tra ngày 19/08/2025 (kế hoạch 28/KH-SNN, tháng 8)',
      ]),
    );
    // The plan under way: October and November have ended on 1 December, December has not.
    const now = await measure(DEMO_YEAR, PerformanceMeasure.PLAN_INSPECTED);
    expect(now.computation).toBe(
      '0/2 đơn vị được kiểm tra theo kế hoạch = 0%; 2 đơn vị chưa đến tháng kiểm tra theo kế hoạch',
    );
    const early = await computeMeasure(t.app.orm.em.fork(), DEMO_YEAR, PerformanceMeasure.PLAN_INSPECTED, null, {
      today: `${DEMO_YEAR}-03-15`,
    });
    expect(early.computation).toBe(`Chưa có đơn vị nào đến tháng kiểm tra theo kế hoạch năm ${DEMO_YEAR}`);
    expect(early.denominator).toBe(0);
  });
});

interface FindingRow {
  id: string;
  status: string;
  deadline: string | null;
  closed: string | null;
  reported: string | null;
  visit_year: number;
}

/** Every finding of an approved visit, with its days in the department's time zone. */
const approvedFindings = () =>
  t.sql<FindingRow>(
    `select f.id, f.status, f.deadline::text as deadline,
            (f.closed_at at time zone '${TZ}')::date::text as closed,
            (f.remediation_reported_at at time zone '${TZ}')::date::text as reported,
            extract(year from v.visit_date)::int as visit_year
       from finding f join visit v on v.id = f.visit_id where v.status = 'APPROVED'`,
  );

describe('FINDINGS_FIXED_ON_TIME on the demo data', () => {
  /** Each finding judged once: on the day it was closed on time, else on its deadline once passed. */
  async function byHand(year: number) {
    const due: string[] = [];
    const onTime: string[] = [];
    for (const f of await approvedFindings()) {
      const fixedOnTime = f.status === 'CLOSED' && (!f.deadline || !f.closed || f.closed <= f.deadline);
      const settled = fixedOnTime ? (f.closed ?? f.deadline) : f.deadline;
      if (!settled?.startsWith(`${year}-`) || (!fixedOnTime && settled >= TODAY)) continue;
      due.push(f.id);
      if (fixedOnTime) onTime.push(f.id);
    }
    return { due, onTime };
  }

  it.each(YEARS)('counts the findings settled in %i', async (year) => {
    const r = await measure(year, PerformanceMeasure.FINDINGS_FIXED_ON_TIME);
    const want = await byHand(year);
    expect([r.numerator, r.denominator]).toEqual([want.onTime.length, want.due.length]);
    expect(cited(r.records, 'FINDING')).toEqual({
      counted: sorted(want.onTime),
      notCounted: sorted(want.due.filter((id) => !want.onTime.includes(id))),
    });
  });

  it('has the demo figures, each finding in one year only', async () => {
    // 2021: only Văn Lãng's finding (deadline 28/12) was closed by its deadline, on 01/12.
    expect((await measure(2021, PerformanceMeasure.FINDINGS_FIXED_ON_TIME)).computation).toBe(
      '1/5 tồn tại khắc phục đúng hạn = 20%',
    );
    // 2022: 14 findings, two of them due 31/01/2023; five were closed by their deadline.
    const y2022 = await measure(2022, PerformanceMeasure.FINDINGS_FIXED_ON_TIME);
    expect(y2022.computation).toBe('5/12 tồn tại khắc phục đúng hạn = 41,67%');
    const y2023 = await measure(2023, PerformanceMeasure.FINDINGS_FIXED_ON_TIME);
    expect(y2023.computation).toBe('0/2 tồn tại khắc phục đúng hạn = 0%');
    expect(y2022.records.some((r) => y2023.records.some((s) => s.id === r.id))).toBe(false);
    // The TP Lạng Sơn station's open finding is followed by the Cao Lộc area station since the 2025
    // reform: still one finding, named by the unit it was raised against.
    expect(
      y2023.records.filter(
        (r) =>
          r.label.startsWith('Hạt Kiểm lâm thành phố Lạng Sơn (nay Hạt Kiểm lâm khu vực Cao Lộc theo dõi): ') &&
          r.label.endsWith('(kiểm tra ngày 15/11/2022; hạn khắc phục 31/01/2023; quá hạn chưa khắc phục)'),
      ),
    ).toHaveLength(1);
    // 2025: eight findings due in the year; Quản lý đất đai's 3.2 fixed late, Lộc Bình's still open.
    const y2025 = await measure(2025, PerformanceMeasure.FINDINGS_FIXED_ON_TIME);
    const want2025 = await byHand(2025);
    expect([want2025.onTime.length, want2025.due.length]).toEqual([6, 8]);
    expect(y2025.computation).toBe('6/8 tồn tại khắc phục đúng hạn = 75%');
    // Lộc Bình's station ended on 30/06/2025 with the finding open: the Đình Lập area station follows it.
    expect(y2025.records.filter((r) => !r.counted).map((r) => r.label.replace(/: .*\(/, ': ('))).toEqual([
      'Hạt Kiểm lâm huyện Lộc Bình (nay Hạt Kiểm lâm khu vực Đình Lập theo dõi): (kiểm tra ngày 17/06/2025; hạn khắc phục 31/08/2025; quá hạn chưa khắc phục)',
      'Chi cục Quản lý đất đai: (kiểm tra ngày 16/09/2025; hạn khắc phục 31/10/2025; khắc phục ngày 28/11/2025, quá hạn)',
    ]);
  });
});

describe('FINDINGS_FOLLOWED_UP on the demo data', () => {
  async function byHand(year: number) {
    const asOf = year < DEMO_YEAR ? `${year}-12-31` : TODAY;
    const ofYear = (await approvedFindings()).filter((f) => f.visit_year === year);
    const followed = ofYear.filter((f) => {
      const first = [f.reported, f.closed].filter((d): d is string => d !== null).sort()[0];
      return f.status !== 'OPEN' && first !== undefined && first <= asOf;
    });
    return { all: ofYear.map((f) => f.id), followed: followed.map((f) => f.id) };
  }

  it.each(YEARS)('counts the findings of %i followed up by the end of the year', async (year) => {
    const r = await measure(year, PerformanceMeasure.FINDINGS_FOLLOWED_UP);
    const want = await byHand(year);
    expect([r.numerator, r.denominator]).toEqual([want.followed.length, want.all.length]);
    expect(cited(r.records, 'FINDING').counted).toEqual(sorted(want.followed));
    // The same findings as the roll-up's findings of the year.
    const rollup = await new RollupService(t.app.orm.em.fork(), TODAY).rollup(year, null);
    expect(r.denominator).toBe(rollup.findings.total.total);
  });

  it('has the demo figures', async () => {
    expect((await measure(2021, PerformanceMeasure.FINDINGS_FOLLOWED_UP)).computation).toBe(
      '4/5 tồn tại phát hiện qua kiểm tra đã được đơn vị báo cáo khắc phục hoặc đã đóng = 80%',
    );
    const y2022 = await measure(2022, PerformanceMeasure.FINDINGS_FOLLOWED_UP);
    expect(y2022.computation).toBe(
      '9/14 tồn tại phát hiện qua kiểm tra đã được đơn vị báo cáo khắc phục hoặc đã đóng = 64,29%',
    );
    // Reported on 16/12, closed by nobody yet: followed up.
    const dinhLap = y2022.records.filter((r) => r.label.startsWith('Hạt Kiểm lâm huyện Đình Lập: '));
    expect(dinhLap.map((r) => [r.counted, r.label.replace(/: .*\(/, ': (')])).toEqual(
      expect.arrayContaining([
        [
          true,
          'Hạt Kiểm lâm huyện Đình Lập: (kiểm tra ngày 13/09/2022; hạn khắc phục 30/11/2022; báo cáo khắc phục ngày 16/12/2022)',
        ],
        [
          false,
          'Hạt Kiểm lâm huyện Đình Lập: (kiểm tra ngày 13/09/2022; hạn khắc phục 30/11/2022; chưa báo cáo khắc phục đến ngày 31/12/2022)',
        ],
      ]),
    );
    expect((await measure(2023, PerformanceMeasure.FINDINGS_FOLLOWED_UP)).computation).toBe(
      'Không phát hiện tồn tại nào qua các cuộc kiểm tra năm 2023',
    );
    const want2025 = await byHand(2025);
    expect([want2025.followed.length, want2025.all.length]).toEqual([7, 8]);
    expect((await measure(2025, PerformanceMeasure.FINDINGS_FOLLOWED_UP)).computation).toBe(
      '7/8 tồn tại phát hiện qua kiểm tra đã được đơn vị báo cáo khắc phục hoặc đã đóng = 87,5%',
    );
  });
});

describe('DIRECTIVE_ISSUED_ON_TIME on the demo data', () => {
  async function byHand(year: number, type: string, due: string, fromYear: number, title: string | null) {
    const rows = await t.sql<{ id: string; issued_on: string; summary: string }>(
      `select id, issued_on::text as issued_on, summary from directive_document
        where type = ? and extract(year from issued_on) between ? and ?`,
      [type, fromYear, year],
    );
    const of = rows.filter((d) => !title || d.summary.toLowerCase().includes(title.toLowerCase()));
    return { all: of.map((d) => d.id), onTime: of.filter((d) => d.issued_on <= due).map((d) => d.id) };
  }

  it.each<[number, Record<string, string>, string, number]>([
    [2021, { documentType: 'CONG_VAN', deadline: '12-31' }, '2021-12-31', 2021],
    [2021, { documentType: 'KE_HOACH', deadline: '06-30' }, '2021-06-30', 2021],
    [
      2022,
      { documentType: 'KE_HOACH', deadline: '01-31', titleContains: 'cải cách hành chính năm' },
      '2022-01-31',
      2022,
    ],
    [2022, { documentType: 'KE_HOACH', deadline: '-12-31', titleContains: 'năm 2022' }, '2021-12-31', 2021],
    [2022, { documentType: 'BAO_CAO', deadline: '11-30' }, '2022-11-30', 2022],
    [2025, { documentType: 'KE_HOACH', deadline: '01-31', titleContains: 'cải cách hành chính' }, '2025-01-31', 2025],
    [2025, { documentType: 'CONG_VAN', deadline: '06-30', titleContains: 'kỷ cương' }, '2025-06-30', 2025],
    [DEMO_YEAR, { documentType: 'QUYET_DINH', deadline: '03-31' }, `${DEMO_YEAR}-03-31`, DEMO_YEAR],
  ])('counts the documents of %i with %o', async (year, params, due, fromYear) => {
    const r = await measure(year, PerformanceMeasure.DIRECTIVE_ISSUED_ON_TIME, params);
    const want = await byHand(year, params.documentType as string, due, fromYear, params.titleContains ?? null);
    expect([r.numerator, r.denominator]).toEqual([want.onTime.length, want.all.length]);
    expect(cited(r.records, 'DIRECTIVE_DOCUMENT').counted).toEqual(sorted(want.onTime));
  });

  it('has the seed figures and says when a plan came late', async () => {
    const letters = await measure(2021, PerformanceMeasure.DIRECTIVE_ISSUED_ON_TIME, {
      documentType: 'CONG_VAN',
      deadline: '12-31',
    });
    expect(letters.computation).toBe('17/17 công văn ban hành đúng hạn (chậm nhất ngày 31/12/2021) = 100%');
    const reform = await measure(2022, PerformanceMeasure.DIRECTIVE_ISSUED_ON_TIME, {
      documentType: 'KE_HOACH',
      deadline: '01-20',
      titleContains: 'Cải cách hành chính năm 2022',
    });
    expect(reform.computation).toBe(
      '0/1 Kế hoạch có trích yếu chứa “Cải cách hành chính năm 2022” ban hành đúng hạn (chậm nhất ngày 20/01/2022) = 0%',
    );
    expect(reform.records.map((r) => r.label)).toEqual([
      'Kế hoạch số 19/KH-SNN ngày 25/01/2022 của Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn: Cải cách hành chính năm 2022 của Sở Nông nghiệp và Phát triển nông thôn (ban hành sau hạn)',
    ]);
    // 2025 (the demo's criteria 1.1.1 and 1.8.1): the reform plan on time, the letter on discipline late.
    const plan2025 = await measure(2025, PerformanceMeasure.DIRECTIVE_ISSUED_ON_TIME, {
      documentType: 'KE_HOACH',
      deadline: '01-31',
      titleContains: 'cải cách hành chính',
    });
    expect(plan2025.computation).toBe(
      '1/1 Kế hoạch có trích yếu chứa “cải cách hành chính” ban hành đúng hạn (chậm nhất ngày 31/01/2025) = 100%',
    );
    // Named as the department was on the plan's day, before the merger of 01/03/2025.
    expect(plan2025.records.map((r) => r.label)).toEqual([
      expect.stringMatching(
        /^Kế hoạch số 10\/KH-SNN ngày 15\/01\/2025 của Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn: /,
      ),
    ]);
    const discipline = await measure(2025, PerformanceMeasure.DIRECTIVE_ISSUED_ON_TIME, {
      documentType: 'CONG_VAN',
      deadline: '06-30',
      titleContains: 'kỷ cương',
    });
    expect(discipline.computation).toBe(
      '0/1 công văn có trích yếu chứa “kỷ cương” ban hành đúng hạn (chậm nhất ngày 30/06/2025) = 0%',
    );
    // Numbered by the department's abbreviation of its day: SNNMT from 01/03/2025.
    expect(discipline.records.map((r) => r.label)).toEqual([
      'Công văn số 915/SNNMT-VP ngày 14/08/2025 của Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn: Chấn chỉnh, tăng cường kỷ luật, kỷ cương hành chính trong thực thi công vụ (ban hành sau hạn)',
    ]);
  });
});

describe('the TTHC measures on the demo data', () => {
  it.each(YEARS)('count the catalogue of %i', async (year) => {
    const [want] = await t.sql<{ total: string; online: string; postal: string; cut: string; one_stop: string }>(
      `select count(*) as total, count(*) filter (where online_service in ('TOAN_TRINH', 'MOT_PHAN')) as online,
              count(*) filter (where public_postal) as postal, count(*) filter (where days_cut > 0) as cut,
              count(*) filter (where mechanism in ('MOT_CUA', 'MOT_CUA_LIEN_THONG')) as one_stop
         from administrative_procedure where year = ?`,
      [year],
    );
    const total = Number(want?.total);
    for (const [m, n] of [
      [PerformanceMeasure.TTHC_ONE_STOP, want?.one_stop],
      [PerformanceMeasure.TTHC_ONLINE, want?.online],
      [PerformanceMeasure.TTHC_POSTAL, want?.postal],
      [PerformanceMeasure.TTHC_TIME_CUT, want?.cut],
    ] as const) {
      const r = await measure(year, m);
      expect([r.numerator, r.denominator]).toEqual([Number(n), total]);
      expect(r.records.filter((x) => x.counted)).toHaveLength(Number(n));
      expect(r.records).toHaveLength(total);
    }
  });

  it('have the seed figures of 2021 and nothing for 2022', async () => {
    const text = async (m: PerformanceMeasure, year = 2021) => (await measure(year, m)).computation;
    expect(await text(PerformanceMeasure.TTHC_ONE_STOP)).toBe(
      '91/91 TTHC thực hiện theo cơ chế một cửa, một cửa liên thông = 100%; 54 một cửa, 37 một cửa liên thông',
    );
    expect(await text(PerformanceMeasure.TTHC_ONLINE)).toBe(
      '80/91 TTHC cung cấp dịch vụ công trực tuyến = 87,91%; 30 toàn trình, 50 một phần',
    );
    expect(await text(PerformanceMeasure.TTHC_POSTAL)).toBe(
      '89/91 TTHC tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích = 97,8%',
    );
    expect(await text(PerformanceMeasure.TTHC_TIME_CUT)).toBe(
      `8/91 TTHC được cắt giảm thời gian giải quyết = ${formatPercent(8, 91)}; Cấp tỉnh: 7 TTHC, cắt giảm 99/299 ngày (33,11%); Cấp huyện: 1 TTHC, cắt giảm 1/6 ngày (16,67%)`,
    );
    expect(await text(PerformanceMeasure.TTHC_ONLINE, 2022)).toBe('Danh mục TTHC năm 2022 chưa có thủ tục nào');
  });

  it('have the figures of the 2025 catalogue', async () => {
    const text = async (m: PerformanceMeasure) => (await measure(2025, m)).computation;
    expect(await text(PerformanceMeasure.TTHC_ONE_STOP)).toBe(
      '110/110 TTHC thực hiện theo cơ chế một cửa, một cửa liên thông = 100%; 72 một cửa, 38 một cửa liên thông',
    );
    expect(await text(PerformanceMeasure.TTHC_ONLINE)).toBe(
      '104/110 TTHC cung cấp dịch vụ công trực tuyến = 94,55%; 76 toàn trình, 28 một phần',
    );
    expect(await text(PerformanceMeasure.TTHC_POSTAL)).toBe(
      '110/110 TTHC tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích = 100%',
    );
    // From 01/07/2025 there is no district level: the catalogue's local procedures are the communes'.
    expect(await text(PerformanceMeasure.TTHC_TIME_CUT)).toBe(
      '12/110 TTHC được cắt giảm thời gian giải quyết = 10,91%; Cấp tỉnh: 11 TTHC, cắt giảm 64/217 ngày (29,49%); Cấp xã: 1 TTHC, cắt giảm 1/3 ngày (33,33%)',
    );
  });
});
