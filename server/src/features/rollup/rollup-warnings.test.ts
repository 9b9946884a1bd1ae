import { describe, expect, it } from 'vitest';
import { OnlineService, ProcedureLevel, ProcedureMechanism } from '../registers/administrative-procedure.entity.js';
import { tthcFigures } from '../registers/tthc-figures.js';
import { type RollupFacts, rollupWarnings } from './rollup-warnings.js';

const ROW = {
  level: ProcedureLevel.TINH,
  mechanism: ProcedureMechanism.MOT_CUA,
  onlineService: OnlineService.KHONG,
  publicPostal: true,
  legalDays: 10,
  daysCut: 2,
};
const CLEAN: RollupFacts = {
  tthc: tthcFigures(2021, [ROW, { ...ROW, mechanism: ProcedureMechanism.MOT_CUA_LIEN_THONG }]),
  ratios: [{ label: 'Tỷ lệ đơn vị được kiểm tra', numerator: 3, denominator: 3 }],
  unitsVisitedWithoutPlanLine: [],
  unfinishedPlans: [],
};
const codes = (facts: RollupFacts) => rollupWarnings(facts).map((w) => w.code);

describe('roll-up consistency warnings', () => {
  it('says nothing when the figures agree', () => {
    expect(rollupWarnings(CLEAN)).toEqual([]);
  });

  it('flags TTHC categories that do not add up to the total (the seed: 59 + 37 ≠ 91)', () => {
    const tthc = { ...CLEAN.tthc, total: 91, oneStop: 59, interconnected: 37 };
    const warnings = rollupWarnings({ ...CLEAN, tthc });
    expect(warnings.map((w) => w.code)).toEqual(['TTHC_MECHANISM_MISMATCH', 'TTHC_LEVEL_MISMATCH']);
    expect(warnings[0]?.message).toContain('(59)');
    expect(warnings[0]?.message).toContain('(91)');
  });

  it('flags a ratio whose numerator is above its denominator, and only that one', () => {
    const ratios = [
      { label: 'Tỷ lệ TTHC trực tuyến', numerator: 92, denominator: 91 },
      { label: 'Tỷ lệ đạt', numerator: 0, denominator: 0 },
    ];
    const warnings = rollupWarnings({ ...CLEAN, ratios });
    expect(warnings).toEqual([
      { code: 'RATIO_ABOVE_WHOLE', message: 'Tỷ lệ TTHC trực tuyến: tử số (92) lớn hơn mẫu số (91).' },
    ]);
  });

  it('flags each unit visited without a plan line and each unfinished plan', () => {
    expect(
      codes({
        ...CLEAN,
        unitsVisitedWithoutPlanLine: ['Chi cục Kiểm lâm', 'Văn phòng Sở'],
        unfinishedPlans: [{ documentNumber: '80/KH-SNN', linesNotDone: 2, lines: 23 }],
      }),
    ).toEqual(['VISIT_WITHOUT_PLAN_LINE', 'VISIT_WITHOUT_PLAN_LINE', 'PLAN_NOT_FINISHED']);
  });
});
