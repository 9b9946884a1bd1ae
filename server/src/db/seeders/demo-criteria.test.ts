import { describe, expect, it } from 'vitest';
import {
  criteriaTreeProblems,
  type ScoringGuide,
  scoreProblem,
} from '../../features/self-assessment/criteria-rules.js';
import { PerformanceMeasure } from '../../features/self-assessment/performance-measure.js';
import { DEMO_SCORES_2025, demoCriteriaDrafts, demoCriteriaSetTitle } from './demo-criteria.js';

describe('the demo PAR INDEX criteria set', () => {
  const drafts = demoCriteriaDrafts();
  const parents = new Set(drafts.map((d) => d.parentCode));

  it('meets every rule of a set of 100 points', () => {
    expect(criteriaTreeProblems(drafts, 100).map((p) => `${p.code}: ${p.error.message}`)).toEqual([]);
  });

  it('has 8 areas and 44 criteria, and is marked illustrative', () => {
    expect(drafts.filter((d) => d.parentCode === null)).toHaveLength(8);
    expect(drafts.filter((d) => d.code.split('.').length === 2)).toHaveLength(44);
    expect(demoCriteriaSetTitle(2025)).toContain('(minh họa)');
  });

  it('names every measure the product computes, on scored criteria only', () => {
    const measured = drafts.filter((d) => d.measure);
    expect(new Set(measured.map((d) => d.measure))).toEqual(new Set(Object.values(PerformanceMeasure)));
    expect(measured.filter((d) => parents.has(d.code))).toEqual([]);
    expect(drafts.find((d) => d.code === '1.1.1')?.measureParams).toEqual({
      documentType: 'KE_HOACH',
      deadline: '01-31',
      titleContains: 'cải cách hành chính',
    });
  });

  it("scores the 2025 draft within each criterion's guidance", () => {
    const byCode = new Map(drafts.map((d) => [d.code, d]));
    for (const s of DEMO_SCORES_2025) {
      const criterion = byCode.get(s.code) as ScoringGuide | undefined;
      expect(criterion, s.code).toBeDefined();
      expect(parents.has(s.code), s.code).toBe(false);
      if (criterion && s.points !== null) expect(scoreProblem(criterion, s.points), s.code).toBeNull();
    }
  });
});
