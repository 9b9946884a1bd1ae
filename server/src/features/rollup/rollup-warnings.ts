import type { TthcFigures } from '../registers/tthc-figures.js';
import type { RollupWarning } from './rollup.types.js';

/** What the consistency checks look at, already computed by the roll-up. */
export interface RollupFacts {
  tthc: TthcFigures;
  /** Named ratios of the roll-up: a numerator above its denominator means the data is inconsistent. */
  ratios: { label: string; numerator: number; denominator: number }[];
  /** Units with an approved visit in the year but no line in any plan of the year. */
  unitsVisitedWithoutPlanLine: string[];
  /** Plans of a past year with lines whose visit was not approved by 31 December. */
  unfinishedPlans: { documentNumber: string; linesNotDone: number; lines: number }[];
}

/**
 * Consistency checks on a year's figures (domain.md: "flag inconsistencies, never copy them"). Pure, so
 * each check is tested alone; the checks that the database schema cannot violate today still run, as
 * the figures may later come from imports.
 */
export function rollupWarnings(facts: RollupFacts): RollupWarning[] {
  const warnings: RollupWarning[] = [];
  const { tthc } = facts;
  if (tthc.oneStop + tthc.interconnected !== tthc.total) {
    warnings.push({
      code: 'TTHC_MECHANISM_MISMATCH',
      message: `Số TTHC một cửa (${tthc.oneStop}) cộng một cửa liên thông (${tthc.interconnected}) không bằng tổng số TTHC (${tthc.total}).`,
    });
  }
  const byLevel = tthc.levels.reduce((sum, level) => sum + level.procedures, 0);
  if (byLevel !== tthc.total) {
    warnings.push({
      code: 'TTHC_LEVEL_MISMATCH',
      message: `Tổng số TTHC theo các cấp (${byLevel}) không bằng tổng số TTHC (${tthc.total}).`,
    });
  }
  for (const ratio of facts.ratios) {
    if (ratio.numerator > ratio.denominator) {
      warnings.push({
        code: 'RATIO_ABOVE_WHOLE',
        message: `${ratio.label}: tử số (${ratio.numerator}) lớn hơn mẫu số (${ratio.denominator}).`,
      });
    }
  }
  for (const unit of facts.unitsVisitedWithoutPlanLine) {
    warnings.push({
      code: 'VISIT_WITHOUT_PLAN_LINE',
      message: `Đơn vị ${unit} có cuộc kiểm tra đã duyệt trong năm nhưng không có trong kế hoạch kiểm tra của năm.`,
    });
  }
  for (const plan of facts.unfinishedPlans) {
    warnings.push({
      code: 'PLAN_NOT_FINISHED',
      message: `Kế hoạch ${plan.documentNumber} còn ${plan.linesNotDone}/${plan.lines} đơn vị chưa được kiểm tra xong đến hết năm.`,
    });
  }
  return warnings;
}
