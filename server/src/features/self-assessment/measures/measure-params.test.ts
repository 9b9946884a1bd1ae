import { describe, expect, it } from 'vitest';
import { AppError } from '../../../common/app-error.js';
import { PerformanceMeasure } from '../performance-measure.js';
import { computationText, type MeasureOutcome } from './measure-outcome.js';
import { deadlineDay, directiveOnTimeParams, measureParamsProblem } from './measure-params.js';

const DIRECTIVE = PerformanceMeasure.DIRECTIVE_ISSUED_ON_TIME;

describe('measureParamsProblem', () => {
  it.each<[string, unknown]>([
    ['a deadline in the year', { documentType: 'KE_HOACH', deadline: '01-31' }],
    ['a title to look for', { documentType: 'CONG_VAN', deadline: '12-31', titleContains: 'cải cách' }],
    [
      'a deadline in the previous year with its title',
      { documentType: 'KE_HOACH', deadline: '-12-15', titleContains: 'năm 2026' },
    ],
  ])('takes %s', (_name, params) => {
    expect(measureParamsProblem(DIRECTIVE, params)).toBeNull();
  });

  it.each<[string, unknown, string]>([
    ['no parameters', null, 'cần loại văn bản (documentType) và hạn ban hành (deadline).'],
    ['a list', ['KE_HOACH'], 'cần loại văn bản (documentType) và hạn ban hành (deadline).'],
    ['an unknown key', { documentType: 'KE_HOACH', deadline: '01-31', issuer: 'SNN' }, 'không có tham số issuer.'],
    ['an unknown type', { documentType: 'NGHI_QUYET', deadline: '01-31' }, 'loại văn bản (documentType) phải là'],
    ['no deadline', { documentType: 'KE_HOACH' }, 'hạn ban hành (deadline) phải có dạng MM-DD'],
    ['a day as dd/MM', { documentType: 'KE_HOACH', deadline: '31/01' }, 'hạn ban hành (deadline) phải có dạng MM-DD'],
    ['a full date', { documentType: 'KE_HOACH', deadline: '2026-01-31' }, 'hạn ban hành (deadline) phải có dạng MM-DD'],
    ['31 April', { documentType: 'KE_HOACH', deadline: '04-31' }, 'hạn ban hành (deadline) phải có dạng MM-DD'],
    ['29 February', { documentType: 'KE_HOACH', deadline: '02-29' }, 'hạn ban hành (deadline) phải có dạng MM-DD'],
    ['month 13', { documentType: 'KE_HOACH', deadline: '13-01' }, 'hạn ban hành (deadline) phải có dạng MM-DD'],
    ['an empty title', { documentType: 'KE_HOACH', deadline: '01-31', titleContains: '  ' }, 'không được để trống'],
    [
      'a title that is a number',
      { documentType: 'KE_HOACH', deadline: '01-31', titleContains: 2026 },
      'không được để trống',
    ],
    [
      'a long title',
      { documentType: 'KE_HOACH', deadline: '01-31', titleContains: 'a'.repeat(201) },
      'dài quá 200 ký tự',
    ],
    [
      'a previous-year deadline without a title',
      { documentType: 'KE_HOACH', deadline: '-12-15' },
      'hạn ban hành trong năm trước cần cụm từ trong trích yếu',
    ],
  ])('refuses %s', (_name, params, problem) => {
    expect(measureParamsProblem(DIRECTIVE, params)).toContain(problem);
  });

  it('takes no parameters for the other measures', () => {
    for (const measure of Object.values(PerformanceMeasure).filter((m) => m !== DIRECTIVE)) {
      expect(measureParamsProblem(measure, null)).toBeNull();
      expect(measureParamsProblem(measure, undefined)).toBeNull();
      expect(measureParamsProblem(measure, {})).toBeNull();
      expect(measureParamsProblem(measure, { deadline: '01-31' })).toBe('chỉ số này không có tham số.');
    }
  });

  it('names a measure it does not know', () => {
    expect(measureParamsProblem('UNITS_HAPPY' as PerformanceMeasure, null)).toBe('không có chỉ số đo UNITS_HAPPY.');
  });
});

describe('directiveOnTimeParams', () => {
  it('gives the checked parameters with the title trimmed', () => {
    expect(directiveOnTimeParams({ documentType: 'KE_HOACH', deadline: '01-31', titleContains: ' CCHC ' })).toEqual({
      documentType: 'KE_HOACH',
      deadline: '01-31',
      titleContains: 'CCHC',
    });
  });

  it('refuses bad ones with MEASURE_PARAMS_INVALID and a Vietnamese message', () => {
    const error = (() => {
      try {
        directiveOnTimeParams({ documentType: 'KE_HOACH', deadline: '1-31' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'MEASURE_PARAMS_INVALID', details: { field: 'measureParams' } });
    expect((error as Error).message).toMatch(/^Tham số của chỉ số đo không hợp lệ: hạn ban hành/);
  });
});

describe('deadlineDay', () => {
  it.each([
    ['01-31', 2022, '2022-01-31'],
    ['12-31', 2022, '2022-12-31'],
    ['-12-15', 2022, '2021-12-15'],
    ['-01-01', 2000, '1999-01-01'],
  ])('%s in %i is %s', (deadline, year, day) => {
    expect(deadlineDay(deadline, year)).toBe(day);
  });
});

describe('computationText', () => {
  const outcome = (over: Partial<MeasureOutcome>): MeasureOutcome => ({
    numerator: 23,
    denominator: 23,
    counts: 'đơn vị được kiểm tra theo kế hoạch',
    nothingDue: 'Không có kế hoạch kiểm tra năm 2023',
    note: null,
    records: [],
    ...over,
  });

  it.each<[Partial<MeasureOutcome>, string | null, string]>([
    [{}, null, '23/23 đơn vị được kiểm tra theo kế hoạch = 100%'],
    [{}, '1/1 điểm', '23/23 đơn vị được kiểm tra theo kế hoạch = 100% -> 1/1 điểm'],
    [
      { numerator: 20, denominator: 25, counts: 'tồn tại khắc phục đúng hạn' },
      '0,5/1 điểm',
      '20/25 tồn tại khắc phục đúng hạn = 80% -> 0,5/1 điểm',
    ],
    [
      { numerator: 1_200, denominator: 1_500, note: '2 đơn vị chưa đến tháng kiểm tra theo kế hoạch' },
      null,
      '1.200/1.500 đơn vị được kiểm tra theo kế hoạch = 80%; 2 đơn vị chưa đến tháng kiểm tra theo kế hoạch',
    ],
    [{ numerator: 0, denominator: 0 }, null, 'Không có kế hoạch kiểm tra năm 2023'],
    [{ numerator: 0, denominator: 0, note: 'ghi chú' }, null, 'Không có kế hoạch kiểm tra năm 2023; ghi chú'],
  ])('writes %o scored %s', (over, points, text) => {
    expect(computationText(outcome(over), points)).toBe(text);
  });
});
