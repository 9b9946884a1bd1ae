import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRITERIA_COLUMNS } from '../../server/src/features/self-assessment/criteria-sheet.js';
import {
  assessmentOf,
  criteriaFile,
  criterionId,
  postFile,
  SCORE,
  type SheetRow,
  SMALL_SET,
  setQuery,
} from '../helpers/criteria-sheet.js';
import type { GraphQLCaller } from '../helpers/test-app.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/*
 * Criteria sets from the province's Excel layout (issue 17): a good file, a bad file (every bad row
 * named with its own code, nothing saved) and a set re-issued mid-year (the draft assessment moves to
 * the new revision: unchanged criteria keep their scores, changed ones are flagged, removed ones stay
 * in the history).
 */

let t: TestApp;
let office: GraphQLCaller;

const count = async (sql: string, params: unknown[] = []) =>
  Number((await t.sql<{ n: string }>(`select count(*) as n from ${sql}`, params))[0]?.n);

beforeAll(async () => {
  t = await startTestApp();
  office = await t.as('vanphong');
});
afterAll(() => t?.close());

describe('criteria set import', () => {
  it('gives the template in the layout, with example rows that read back', async () => {
    const res = await fetch(`${t.url}/api/criteria-sets/template.xlsx`, { headers: { cookie: office.cookie ?? '' } });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([undefined, ...CRITERIA_COLUMNS]);
    expect(sheet?.getCell('A4').value).toBe('1.1.1');
    expect(sheet?.getCell('H4').value).toBe('PLAN_INSPECTED');
  });

  it('previews a good file without writing, then imports it as revision 1 with its tree', async () => {
    const file = await criteriaFile(SMALL_SET);
    const preview = await postFile(t, office, `/api/criteria-sets/2030/import-preview?${setQuery()}`, file);
    expect(preview.status).toBe(200);
    expect(preview.body.problems).toEqual([]);
    expect(preview.body.revision).toBe(1);
    expect(preview.body.counts).toEqual({ areas: 2, criteria: 4, components: 2, bad: 0 });
    expect(preview.body.rows.map((r) => [r.code, r.level])).toEqual([
      ['1', 'AREA'],
      ['1.1', 'CRITERION'],
      ['1.1.1', 'COMPONENT'],
      ['1.1.2', 'COMPONENT'],
      ['1.2', 'CRITERION'],
      ['2', 'AREA'],
      ['2.1', 'CRITERION'],
      ['2.2', 'CRITERION'],
    ]);
    expect(await count('criteria_set where year = 2030')).toBe(0);

    const imported = await postFile(t, office, `/api/criteria-sets/2030/import?${setQuery()}`, file);
    expect(imported.status).toBe(200);
    expect(imported.body.setId).toBeDefined();
    const res = await office.request<{
      criteriaSets: {
        revision: number;
        title: string;
        totalPoints: number;
        criteria: {
          code: string;
          level: string;
          parentId: string | null;
          id: string;
          maxPoints: number;
          isLeaf: boolean;
          bands: { minPercent: number; points: number }[] | null;
          scoreStep: number | null;
          measure: string | null;
          measureParams: Record<string, unknown> | null;
        }[];
      }[];
    }>(
      `{ criteriaSets(year: 2030) { revision title totalPoints
          criteria { id code level parentId maxPoints isLeaf bands { minPercent points } scoreStep measure measureParams } } }`,
    );
    expect(res.errors).toBeUndefined();
    const [set] = res.data?.criteriaSets ?? [];
    expect(set).toMatchObject({ revision: 1, title: 'Bộ tiêu chí thử nghiệm', totalPoints: 10 });
    const byCode = new Map(set?.criteria.map((c) => [c.code, c]));
    expect(byCode.get('1.1.1')).toMatchObject({
      level: 'COMPONENT',
      parentId: byCode.get('1.1')?.id,
      maxPoints: 1,
      isLeaf: true,
      bands: [
        { minPercent: 100, points: 1 },
        { minPercent: 0, points: 0 },
      ],
      measure: 'DIRECTIVE_ISSUED_ON_TIME',
      measureParams: { documentType: 'KE_HOACH', deadline: '01-31' },
    });
    expect(byCode.get('1.1')).toMatchObject({ isLeaf: false, parentId: byCode.get('1')?.id });
    expect(byCode.get('1.2')?.measure).toBe('PLAN_INSPECTED');
    expect(byCode.get('1.1.2')?.scoreStep).toBe(0.25);
    expect(
      await count(`audit_entry where entity_type = 'CriteriaSet' and action = 'IMPORT' and entity_id = ?`, [
        imported.body.setId,
      ]),
    ).toBe(1);
  });

  it('names every bad row with its own code and saves nothing', async () => {
    const bad: SheetRow[] = [
      ['1', 'Công tác chỉ đạo, điều hành', 4, null, null, null, null, null, null],
      ['1.1', 'Kế hoạch', 2, null, null, null, null, null, null],
      ['1.1.1', 'Ban hành kế hoạch', 1, null, null, null, null, null, null],
      // Components of 1.1 add up to 2,5, not 2.
      ['1.1.2', 'Hoàn thành kế hoạch', 1.5, null, null, null, null, null, null],
      ['1.2', 'Kiểm tra', 2, null, null, null, null, 'CHỈ SỐ LẠ', null],
      ['2', 'Cải cách TTHC', 6, null, null, null, null, null, null],
      ['2.1', 'Trực tuyến', 3, null, null, null, null, null, null],
      ['2.1', 'Trực tuyến (trùng)', 3, null, null, null, null, null, null],
      ['2.2', 'Phản ánh', 'ba', null, null, null, null, null, null],
      ['3.1', 'Không có lĩnh vực 3', 1, null, null, null, null, null, null],
    ];
    const before = await count('criteria_set');
    const criteriaBefore = await count('criterion');
    const preview = await postFile(
      t,
      office,
      `/api/criteria-sets/2031/import-preview?${setQuery()}`,
      await criteriaFile(bad),
    );
    expect(preview.status).toBe(200);
    const named = preview.body.problems.map((p) => [p.row, p.criterion, p.code]);
    expect(named).toEqual(
      expect.arrayContaining([
        [3, '1.1', 'CRITERIA_POINTS_MISMATCH'],
        [6, '1.2', 'CRITERIA_MEASURE_UNKNOWN'],
        [9, '2.1', 'CRITERIA_DUPLICATE_CODE'],
        [10, '2.2', 'CRITERIA_NUMBER_INVALID'],
        [11, '3.1', 'CRITERIA_PARENT_MISSING'],
      ]),
    );
    // Every problem carries its Vietnamese message, with the criterion's code in it.
    for (const p of preview.body.problems.filter((x) => x.criterion)) expect(p.message).toContain(p.criterion);
    expect(preview.body.counts.bad).toBeGreaterThanOrEqual(5);

    const imported = await postFile(t, office, `/api/criteria-sets/2031/import?${setQuery()}`, await criteriaFile(bad));
    expect(imported.status).toBe(400);
    expect(imported.body.code).toBe('CRITERIA_IMPORT_INVALID');
    expect(imported.body.problems).toEqual(preview.body.problems);
    expect(await count('criteria_set')).toBe(before);
    expect(await count('criterion')).toBe(criteriaBefore);
  });

  it('refuses a set whose areas do not add up to its total, and a file that is no workbook', async () => {
    const preview = await postFile(
      t,
      office,
      `/api/criteria-sets/2031/import-preview?${setQuery({ totalPoints: 100 })}`,
      await criteriaFile(SMALL_SET),
    );
    expect(preview.body.problems.map((p) => [p.row, p.code])).toEqual([[0, 'CRITERIA_TOTAL_MISMATCH']]);
    const junk = await postFile(t, office, `/api/criteria-sets/2031/import-preview?${setQuery()}`, Buffer.from('x'));
    expect(junk.body.problems.map((p) => p.code)).toEqual(['CRITERIA_IMPORT_INVALID']);
    const noDetails = await postFile(t, office, '/api/criteria-sets/2031/import', await criteriaFile(SMALL_SET));
    expect([noDetails.status, noDetails.body.code]).toEqual([400, 'CRITERIA_SET_DETAILS_INVALID']);
    expect(await count('criteria_set where year = 2031')).toBe(0);
  });
});

describe('a criteria set re-issued mid-year', () => {
  const REISSUED: SheetRow[] = SMALL_SET.flatMap((row): SheetRow[] => {
    const [code] = row;
    // 1.1.2's text changes; 1.2 drops to 1,5 points and a new 1.3 takes 0,5; 2.1 is replaced by 2.3.
    if (code === '1.1.2') return [['1.1.2', 'Mức độ hoàn thành kế hoạch CCHC năm', ...row.slice(2)]];
    if (code === '1.2')
      return [
        ['1.2', 'Kiểm tra cải cách hành chính', 1.5, null, '100%: 1,5; 80%: 1; 0%: 0', null, null, null, null],
        ['1.3', 'Tuyên truyền cải cách hành chính', 0.5, null, null, '0,5', null, null, null],
      ];
    if (code === '2.1') return [['2.3', 'Số hóa hồ sơ thủ tục hành chính', 3, null, null, '0,5', null, null, null]];
    return [row];
  });

  it('moves the draft assessment to the new revision: kept, flagged, and kept in the history', async () => {
    const started = await office.request<{ startSelfAssessment: { id: string } }>(
      'mutation { startSelfAssessment(input: { year: 2030 }) { id } }',
    );
    expect(started.errors).toBeUndefined();
    const first = await assessmentOf(office, 2030);
    const score = async (code: string, fields: Record<string, unknown>) => {
      const res = await office.request(SCORE, {
        i: { assessmentId: first.id, criterionId: criterionId(first, code), ...fields },
      });
      expect(res.errors, code).toBeUndefined();
    };
    await score('1.1.1', { points: 1, explanation: 'Ban hành ngày 10/01' });
    await score('1.1.2', { points: 0.75 });
    await score('1.2', { points: 2 });
    await score('2.1', { points: 1.5 });
    await score('2.2', { notApplicable: true, notApplicableReason: 'Năm nay không có phản ánh, kiến nghị' });

    const file = await criteriaFile(REISSUED);
    const query = setQuery({ documentNumber: '45/QĐ-UBND', issuedOn: '2030-06-10' });
    const preview = await postFile(t, office, `/api/criteria-sets/2030/import-preview?${query}`, file);
    expect(preview.body.problems).toEqual([]);
    expect(preview.body.revision).toBe(2);
    expect(preview.body.carryOver).toEqual({ kept: ['1.1.1', '2.2'], changed: ['1.1.2', '1.2'], retired: ['2.1'] });
    expect((await assessmentOf(office, 2030)).criteriaSet.revision).toBe(1);

    const imported = await postFile(t, office, `/api/criteria-sets/2030/import?${query}`, file);
    expect(imported.status).toBe(200);
    expect(imported.body.revision).toBe(2);

    const moved = await assessmentOf(office, 2030);
    expect(moved.criteriaSet.revision).toBe(2);
    const byCode = new Map(moved.scores.map((s) => [s.criterion.code, s]));
    expect(byCode.get('1.1.1')).toMatchObject({ points: 1, needsReview: false, priorPoints: null });
    expect(byCode.get('2.2')).toMatchObject({ points: null, notApplicable: true, needsReview: false });
    expect(byCode.get('1.1.2')).toMatchObject({
      points: null,
      needsReview: true,
      priorPoints: 0.75,
      priorMaxPoints: 1,
      priorText: 'Mức độ hoàn thành kế hoạch',
    });
    expect(byCode.get('1.1.2')?.reviewNote).toContain('Nội dung tiêu chí đã thay đổi');
    expect(byCode.get('1.2')).toMatchObject({ points: null, needsReview: true, priorPoints: 2, priorMaxPoints: 2 });
    expect(byCode.get('1.2')?.reviewNote).toContain('Điểm tối đa đổi từ 2 thành 1,5');
    expect(byCode.has('2.1')).toBe(false);
    expect(moved.retiredScores).toEqual([{ points: 1.5, retiredInRevision: 2, criterion: { code: '2.1' } }]);
    // Counted: 1.1.1 only (the flagged ones wait for review, 2.1 is history); 2.2 does not apply.
    expect(moved.totals.overall).toMatchObject({ statedMaxPoints: 10, maxPoints: 7, selfPoints: 1, scoredLeaves: 1 });

    // Flagged and new criteria stop the submission until scored.
    const submit = await office.request<{ submitSelfAssessment: { id: string } }>(
      'mutation ($id: ID!) { submitSelfAssessment(id: $id) { id } }',
      { id: moved.id },
    );
    expect(submit.errors?.[0]?.extensions).toMatchObject({
      code: 'SELF_ASSESSMENT_INCOMPLETE',
      codes: ['1.1.2', '1.2', '1.3', '2.3'],
    });
    // Scoring a flagged criterion again is its review.
    const rescored = await office.request<{ scoreCriterion: { needsReview: boolean; priorPoints: number } }>(SCORE, {
      i: { assessmentId: moved.id, criterionId: criterionId(moved, '1.2'), points: 1 },
    });
    expect(rescored.data?.scoreCriterion).toMatchObject({ needsReview: false, priorPoints: 2 });

    const audit = await t.sql<{ action: string; after: { kept: string[]; changed: string[]; retired: string[] } }>(
      `select action, after from audit_entry where entity_type = 'SelfAssessment' and entity_id = ? and action = 'MOVE_TO_REVISION'`,
      [moved.id],
    );
    expect(audit.map((a) => a.after)).toEqual([
      expect.objectContaining({ revision: 2, kept: ['1.1.1', '2.2'], changed: ['1.1.2', '1.2'], retired: ['2.1'] }),
    ]);
  });

  it('refuses a re-issue once the assessment is submitted, saving nothing', async () => {
    const view = await assessmentOf(office, 2030);
    for (const [code, points] of [
      ['1.1.2', 1],
      ['1.3', 0.5],
      ['2.3', 3],
    ] as const) {
      const res = await office.request(SCORE, {
        i: { assessmentId: view.id, criterionId: criterionId(view, code), points },
      });
      expect(res.errors).toBeUndefined();
    }
    const submit = await office.request('mutation ($id: ID!) { submitSelfAssessment(id: $id) { status } }', {
      id: view.id,
    });
    expect(submit.errors).toBeUndefined();
    const sets = await count('criteria_set where year = 2030');
    const again = await postFile(
      t,
      office,
      `/api/criteria-sets/2030/import?${setQuery({ documentNumber: '77/QĐ-UBND' })}`,
      await criteriaFile(SMALL_SET),
    );
    expect(again.status).toBe(400);
    expect(again.body.problems.map((p) => p.code)).toEqual(['SELF_ASSESSMENT_REISSUE_LOCKED']);
    expect(await count('criteria_set where year = 2030')).toBe(sets);
  });
});
