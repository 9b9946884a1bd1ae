import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeMeasure, suggestionFor } from '../../server/src/features/self-assessment/measures/compute-measure.js';
import { PerformanceMeasure } from '../../server/src/features/self-assessment/performance-measure.js';
import { seedMeasuresDataset } from '../helpers/measures-dataset.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

// The self-assessment's measures (issue 17) on a dataset made for the test (tests/helpers/measures-dataset.ts,
// on an empty database), with every numerator, denominator, text and band worked out by hand below: findings fixed just before and just after their deadline (in
// the department's time zone), a unit renamed after the year, a finding followed by a successor, a plan
// line of the department itself, directive documents either side of their deadline, a small catalogue.

let t: TestApp;
let ids = new Map<string, string>();
const id = (name: string) => ids.get(name) ?? '';
const TODAY = '2026-06-01';
const ISSUE_BANDS = [
  { minPercent: 100, points: 1 },
  { minPercent: 80, points: 0.5 },
  { minPercent: 0, points: 0 },
];

beforeAll(async () => {
  t = await startTestApp({ SEED_DEMO: 'false' });
  ids = await seedMeasuresDataset(t.app.orm.em.fork());
});
afterAll(() => t?.close());

const measure = (year: number, m: PerformanceMeasure, params: unknown = null, today = TODAY) =>
  computeMeasure(t.app.orm.em.fork(), year, m, params, { today });
const counted = (r: { records: { id: string; counted: boolean }[] }) =>
  r.records
    .filter((x) => x.counted)
    .map((x) => x.id)
    .sort();
const dueIds = (r: { records: { kind: string; id: string }[] }, kind = 'FINDING') =>
  r.records
    .filter((x) => x.kind === kind)
    .map((x) => x.id)
    .sort();
const named = (...names: string[]) => names.map(id).sort();

describe('PLAN_INSPECTED', () => {
  it('counts the plan lines of units in scope, each carried out by its own approved visit', async () => {
    const r = await measure(2022, PerformanceMeasure.PLAN_INSPECTED);
    expect(r.computation).toBe('2/4 đơn vị được kiểm tra theo kế hoạch = 50%');
    expect(counted(r)).toEqual(named('vA', 'vB'));
    // The department's own line is out of scope; C's unplanned visit does not carry out its line.
    expect(dueIds(r, 'VISIT')).toEqual(named('vA', 'vB', 'vC', 'vE'));
    expect(r.records.map((x) => x.label)).toEqual([
      'Kế hoạch kiểm tra năm 2022 (số 10/KH-SO ngày 20/01/2022)',
      'Phòng A: kiểm tra ngày 10/03/2022 (kế hoạch 10/KH-SO, tháng 3)',
      'Hạt Kiểm lâm E: chưa kiểm tra (kế hoạch 10/KH-SO, tháng 4)',
      'Phòng B: kiểm tra ngày 12/05/2022 (kế hoạch 10/KH-SO, tháng 5)',
      'Trung tâm C: chưa duyệt, đang kiểm tra (kế hoạch 10/KH-SO, tháng 11)',
    ]);
  });

  it('leaves out of the current year the lines whose month has not ended', async () => {
    const r = await measure(2022, PerformanceMeasure.PLAN_INSPECTED, null, '2022-06-15');
    expect(r.computation).toBe(
      '2/3 đơn vị được kiểm tra theo kế hoạch = 66,67%; 1 đơn vị chưa đến tháng kiểm tra theo kế hoạch',
    );
    expect((await measure(2024, PerformanceMeasure.PLAN_INSPECTED)).computation).toBe(
      '23/23 đơn vị được kiểm tra theo kế hoạch = 100%',
    );
    expect((await measure(2023, PerformanceMeasure.PLAN_INSPECTED)).computation).toBe(
      'Không có kế hoạch kiểm tra năm 2023',
    );
  });
});

describe('FINDINGS_FIXED_ON_TIME', () => {
  it('judges each finding once, in the year its outcome was settled', async () => {
    const y2022 = await measure(2022, PerformanceMeasure.FINDINGS_FIXED_ON_TIME);
    expect(y2022.computation).toBe('3/7 tồn tại khắc phục đúng hạn = 42,86%');
    expect(dueIds(y2022)).toEqual(named('f1', 'f2', 'f3', 'f4', 'f7', 'f8', 'f10'));
    expect(counted(y2022)).toEqual(named('f1', 'f4', 'f8'));
    const y2023 = await measure(2023, PerformanceMeasure.FINDINGS_FIXED_ON_TIME);
    expect(y2023.computation).toBe('0/1 tồn tại khắc phục đúng hạn = 0%');
    expect(dueIds(y2023)).toEqual(named('f5'));
    expect(y2022.records.find((x) => x.id === id('f10'))?.label).toBe(
      'Hạt Kiểm lâm E (nay Phòng B theo dõi): Tồn tại f10. (kiểm tra ngày 15/09/2021; hạn khắc phục 31/03/2022; quá hạn chưa khắc phục)',
    );
    expect(y2022.records.find((x) => x.id === id('f7'))?.label).toBe(
      'Phòng B: Tồn tại f7. (kiểm tra ngày 12/05/2022; hạn khắc phục 31/12/2022; khắc phục ngày 01/01/2023, quá hạn)',
    );
    expect(y2022.records.find((x) => x.id === id('f8'))?.label).toBe(
      'Phòng A: Tồn tại f8. (kiểm tra ngày 10/03/2022; hạn khắc phục 31/05/2022; khắc phục ngày 31/05/2022)',
    );
    expect((await measure(2024, PerformanceMeasure.FINDINGS_FIXED_ON_TIME)).computation).toBe(
      '20/25 tồn tại khắc phục đúng hạn = 80%',
    );
  });

  it('in the current year, leaves out what is not fixed while its deadline has not passed', async () => {
    const r = await measure(2022, PerformanceMeasure.FINDINGS_FIXED_ON_TIME, null, '2022-06-30');
    expect(dueIds(r)).toContain(id('f2'));
    expect(dueIds(r)).toContain(id('f10'));
    // Due on the day itself: the unit has until the end of it.
    expect(dueIds(r)).not.toContain(id('f3'));
    expect(dueIds(r)).not.toContain(id('f7'));
  });
});

describe('FINDINGS_FOLLOWED_UP', () => {
  it("counts the year's findings reported or closed by 31 December, Vietnam time", async () => {
    const r = await measure(2022, PerformanceMeasure.FINDINGS_FOLLOWED_UP);
    expect(r.computation).toBe(
      '4/8 tồn tại phát hiện qua kiểm tra đã được đơn vị báo cáo khắc phục hoặc đã đóng = 50%',
    );
    expect(dueIds(r)).toEqual(named('f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7', 'f8'));
    expect(counted(r)).toEqual(named('f1', 'f2', 'f4', 'f8'));
    const labels = new Map(r.records.map((x) => [x.id, x.label]));
    expect(labels.get(id('f8'))).toMatch(/; đóng ngày 31\/05\/2022\)$/);
    expect(labels.get(id('f5'))).toMatch(/; chưa báo cáo khắc phục đến ngày 31\/12\/2022\)$/);
    expect((await measure(2021, PerformanceMeasure.FINDINGS_FOLLOWED_UP)).computation).toBe(
      '0/1 tồn tại phát hiện qua kiểm tra đã được đơn vị báo cáo khắc phục hoặc đã đóng = 0%',
    );
  });
});

describe('DIRECTIVE_ISSUED_ON_TIME', () => {
  it.each<[number, Record<string, string>, string, string[], string[]]>([
    [
      2022,
      { documentType: 'CONG_VAN', deadline: '01-31' },
      '2/3 công văn ban hành đúng hạn (chậm nhất ngày 31/01/2022) = 66,67%',
      ['cv1', 'cv2', 'cv3'],
      ['cv1', 'cv2'],
    ],
    [
      2022,
      { documentType: 'KE_HOACH', deadline: '-12-15', titleContains: 'năm 2022' },
      '1/2 Kế hoạch có trích yếu chứa “năm 2022” ban hành đúng hạn (chậm nhất ngày 15/12/2021) = 50%',
      ['kh2022', 'khkt'],
      ['kh2022'],
    ],
    [
      2023,
      { documentType: 'KE_HOACH', deadline: '-12-15', titleContains: 'Cải cách hành chính năm 2023' },
      '0/1 Kế hoạch có trích yếu chứa “Cải cách hành chính năm 2023” ban hành đúng hạn (chậm nhất ngày 15/12/2022) = 0%',
      ['kh2023'],
      [],
    ],
    [
      2022,
      { documentType: 'QUYET_DINH', deadline: '03-31' },
      'Không có quyết định nào ban hành trong năm 2022',
      [],
      [],
    ],
  ])('in %i with %o', async (year, params, text, all, onTime) => {
    const r = await measure(year, PerformanceMeasure.DIRECTIVE_ISSUED_ON_TIME, params);
    expect(r.computation).toBe(text);
    expect(dueIds(r, 'DIRECTIVE_DOCUMENT')).toEqual(named(...all));
    expect(counted(r)).toEqual(named(...onTime));
  });

  it('names the issuer as it was in the year', async () => {
    const r = await measure(2022, PerformanceMeasure.DIRECTIVE_ISSUED_ON_TIME, {
      documentType: 'CONG_VAN',
      deadline: '01-31',
    });
    expect(r.records.map((x) => x.label)).toEqual([
      'Công văn số 5/PA ngày 10/01/2022 của Phòng A: Công văn của phòng A',
      'Công văn số 20/SO-VP ngày 31/01/2022 của Sở Thử nghiệm: Công văn đúng ngày hạn',
      'Công văn số 21/SO-VP ngày 01/02/2022 của Sở Thử nghiệm: Công văn sau hạn một ngày (ban hành sau hạn)',
    ]);
  });
});

describe('the TTHC measures', () => {
  it.each([
    [
      PerformanceMeasure.TTHC_ONE_STOP,
      '4/4 TTHC thực hiện theo cơ chế một cửa, một cửa liên thông = 100%; 3 một cửa, 1 một cửa liên thông',
      4,
    ],
    [PerformanceMeasure.TTHC_ONLINE, '2/4 TTHC cung cấp dịch vụ công trực tuyến = 50%; 1 toàn trình, 1 một phần', 2],
    [PerformanceMeasure.TTHC_POSTAL, '3/4 TTHC tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích = 75%', 3],
    [
      PerformanceMeasure.TTHC_TIME_CUT,
      '2/4 TTHC được cắt giảm thời gian giải quyết = 50%; Cấp tỉnh: 1 TTHC, cắt giảm 5/20 ngày (25%); Cấp huyện: 1 TTHC, cắt giảm 1/6 ngày (16,67%)',
      2,
    ],
  ])('%s', async (m, text, n) => {
    const r = await measure(2022, m);
    expect(r.computation).toBe(text);
    expect(r.records).toHaveLength(4);
    expect(counted(r)).toHaveLength(n);
    expect((await measure(2023, m)).computation).toBe('Danh mục TTHC năm 2023 chưa có thủ tục nào');
  });

  it('labels each procedure with what the measure looks at', async () => {
    const r = await measure(2022, PerformanceMeasure.TTHC_TIME_CUT);
    expect(r.records.map((x) => x.label)).toEqual([
      '1.001 Thủ tục một (cấp tỉnh; cắt giảm 5/20 ngày)',
      '1.002 Thủ tục hai (cấp tỉnh; không cắt giảm thời gian giải quyết)',
      '2.001 Thủ tục ba (cấp huyện; cắt giảm 1/6 ngày)',
      '3.001 Thủ tục bốn (cấp xã; không cắt giảm thời gian giải quyết)',
    ]);
  });
});

describe('suggestionFor', () => {
  const suggest = (
    year: number,
    measure: PerformanceMeasure | null,
    bands = ISSUE_BANDS,
    maxPoints = 1,
    measureParams: unknown = null,
  ) => suggestionFor(t.app.orm.em.fork(), year, { measure, measureParams, bands, maxPoints }, { today: TODAY });

  it("scores the issue's example by its bands", async () => {
    const plan = await suggest(2024, PerformanceMeasure.PLAN_INSPECTED);
    expect(plan).toMatchObject({
      points: 1,
      computation: '23/23 đơn vị được kiểm tra theo kế hoạch = 100% -> 1/1 điểm',
    });
    const fixed = await suggest(2024, PerformanceMeasure.FINDINGS_FIXED_ON_TIME);
    expect(fixed).toMatchObject({ points: 0.5, numerator: 20, denominator: 25 });
    expect(fixed?.computation).toBe('20/25 tồn tại khắc phục đúng hạn = 80% -> 0,5/1 điểm');
    expect(fixed?.records).toHaveLength(25);
  });

  it('puts the points before the note and compares exact fractions', async () => {
    expect((await suggest(2022, PerformanceMeasure.TTHC_ONE_STOP))?.computation).toBe(
      '4/4 TTHC thực hiện theo cơ chế một cửa, một cửa liên thông = 100% -> 1/1 điểm; 3 một cửa, 1 một cửa liên thông',
    );
    const letters = { documentType: 'CONG_VAN', deadline: '01-31' };
    // 2/3 prints as 66,67% but is below a 66,67% edge, and above a 66,66% one.
    const above = [
      { minPercent: 100, points: 2 },
      { minPercent: 66.67, points: 1 },
    ];
    expect(await suggest(2022, PerformanceMeasure.DIRECTIVE_ISSUED_ON_TIME, above, 2, letters)).toMatchObject({
      points: 0,
      computation: '2/3 công văn ban hành đúng hạn (chậm nhất ngày 31/01/2022) = 66,67% -> 0/2 điểm',
    });
    const below = [
      { minPercent: 100, points: 2 },
      { minPercent: 66.66, points: 1.25 },
    ];
    expect((await suggest(2022, PerformanceMeasure.DIRECTIVE_ISSUED_ON_TIME, below, 2, letters))?.points).toBe(1.25);
  });

  it('gives no points when nothing was due, and no suggestion for a criterion without a measure', async () => {
    expect(await suggest(2023, PerformanceMeasure.TTHC_POSTAL)).toEqual({
      points: null,
      computation: 'Danh mục TTHC năm 2023 chưa có thủ tục nào',
      numerator: 0,
      denominator: 0,
      records: [],
    });
    expect(await suggest(2022, null)).toBeNull();
  });

  it('refuses bad bands, parameters and years, each with its own code', async () => {
    const bad = [
      { minPercent: 80, points: 0.5 },
      { minPercent: 80, points: 0 },
    ];
    await expect(suggest(2022, PerformanceMeasure.TTHC_POSTAL, bad)).rejects.toMatchObject({
      code: 'MEASURE_BANDS_INVALID',
      message: 'Thang điểm của tiêu chí không hợp lệ: Mức 2: trùng tỷ lệ 80% với mức 1.',
    });
    await expect(
      suggest(2022, PerformanceMeasure.DIRECTIVE_ISSUED_ON_TIME, ISSUE_BANDS, 1, {
        documentType: 'KE_HOACH',
        deadline: '-12-15',
      }),
    ).rejects.toMatchObject({ code: 'MEASURE_PARAMS_INVALID' });
    await expect(measure(2022, PerformanceMeasure.TTHC_POSTAL, { deadline: '01-31' })).rejects.toMatchObject({
      code: 'MEASURE_PARAMS_INVALID',
      message: 'Tham số của chỉ số đo không hợp lệ: chỉ số này không có tham số.',
    });
    await expect(measure(1999, PerformanceMeasure.TTHC_POSTAL)).rejects.toMatchObject({ code: 'MEASURE_YEAR_INVALID' });
  });
});
