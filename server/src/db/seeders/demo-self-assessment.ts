import type { EntityManager } from '@mikro-orm/postgresql';
import { LEVELS } from '../../features/self-assessment/criteria-rules.js';
import { AgencyKind, CriteriaSet, Criterion } from '../../features/self-assessment/criteria-set.entity.js';
import { CriterionScore, SelfAssessment } from '../../features/self-assessment/self-assessment.entity.js';
import type { User } from '../../features/users/user.entity.js';
import { DEMO_CRITERIA_SETS, DEMO_SCORES_2025, demoCriteriaDrafts, demoCriteriaSetTitle } from './demo-criteria.js';

/**
 * The PAR INDEX criteria sets of 2025 and 2026 (illustrative, demo-criteria.ts) and the 2025
 * self-assessment in draft with some criteria scored. Touches no register, plan or visit: every figure
 * of 2021 and 2022 stays as it was.
 */
export function seedDemoSelfAssessment(em: EntityManager, ctx: { admin: User; office: User }): void {
  const drafts = demoCriteriaDrafts();
  const parents = new Set(drafts.map((d) => d.parentCode));
  const leavesOf2025 = new Map<string, Criterion>();
  let set2025: CriteriaSet | null = null;
  for (const demo of DEMO_CRITERIA_SETS) {
    const set = em.create(CriteriaSet, {
      year: demo.year,
      agencyKind: AgencyKind.DEPARTMENT,
      revision: 1,
      title: demoCriteriaSetTitle(demo.year),
      documentNumber: demo.documentNumber,
      issuedOn: demo.issuedOn,
      effectiveOn: demo.effectiveOn,
      totalPoints: 100,
      createdBy: ctx.admin,
    });
    const byCode = new Map<string, Criterion>();
    drafts.forEach((d, i) => {
      const criterion = em.create(Criterion, {
        set,
        parent: d.parentCode ? (byCode.get(d.parentCode) ?? null) : null,
        position: i + 1,
        level: LEVELS[d.code.split('.').length - 1] ?? 'COMPONENT',
        code: d.code,
        text: d.text,
        maxPoints: d.maxPoints,
        isLeaf: !parents.has(d.code),
        guidance: d.guidance,
        bands: d.bands,
        scoreStep: d.scoreStep,
        expectedEvidence: d.expectedEvidence,
        measure: d.measure,
        measureParams: d.measureParams,
      });
      byCode.set(d.code, criterion);
      if (demo.year === 2025 && criterion.isLeaf) leavesOf2025.set(d.code, criterion);
    });
    if (demo.year === 2025) set2025 = set;
  }
  if (!set2025) return;
  const assessment = em.create(SelfAssessment, {
    year: 2025,
    agencyKind: AgencyKind.DEPARTMENT,
    criteriaSet: set2025,
    createdBy: ctx.office,
  });
  for (const s of DEMO_SCORES_2025) {
    const criterion = leavesOf2025.get(s.code);
    if (!criterion) throw new Error(`demo score ${s.code}: no such scored criterion`);
    em.create(CriterionScore, {
      assessment,
      criterion,
      points: s.points,
      explanation: s.explanation ?? null,
      notApplicable: s.notApplicableReason !== undefined,
      notApplicableReason: s.notApplicableReason ?? null,
      updatedBy: ctx.office,
    });
  }
}
