import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../common/sql.js';
import { AssessmentEvidenceService } from '../../features/self-assessment/assessment-evidence.service.js';
import { createCriteria } from '../../features/self-assessment/criteria-create.js';
import { AgencyKind, CriteriaSet, Criterion } from '../../features/self-assessment/criteria-set.entity.js';
import { CriterionScore, SelfAssessment } from '../../features/self-assessment/self-assessment.entity.js';
import { SelfAssessmentService } from '../../features/self-assessment/self-assessment.service.js';
import type { User } from '../../features/users/user.entity.js';
import { readRows } from '../read-path/read-rows.js';
import {
  DEMO_ACCEPTED_2025,
  DEMO_CRITERIA_SETS,
  DEMO_EVIDENCE_2025,
  DEMO_SCORES_2025,
  type DemoEvidenceRecord,
  demoCriteriaDrafts,
  demoCriteriaSetTitle,
} from './demo-criteria.js';

/**
 * The PAR INDEX criteria sets of 2025 and 2026 (illustrative, demo-criteria.ts) and the 2025
 * self-assessment in draft with some criteria scored. Touches no register, plan or visit: every figure
 * of 2021 and 2022 stays as it was.
 */
export function seedDemoSelfAssessment(em: EntityManager, ctx: { admin: User; office: User }): void {
  const drafts = demoCriteriaDrafts();
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
    for (const criterion of createCriteria(em, set, drafts))
      if (demo.year === 2025 && criterion.isLeaf) leavesOf2025.set(criterion.code, criterion);
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

/** The id of a 2025 record the draft cites. */
async function recordId2025(em: EntityManager, record: DemoEvidenceRecord): Promise<string> {
  const query =
    record.kind === 'DIRECTIVE_DOCUMENT'
      ? sql`select id from directive_document where year = 2025 and number = ${record.number}`
      : record.kind === 'PLAN'
        ? sql`select id from inspection_plan where year = 2025`
        : sql`select id from index_result where year = 2025 and assessment_index = ${record.index}`;
  const [row, ...more] = await readRows<{ id: string }>(em, query);
  if (!row || more.length) throw new Error(`demo evidence: not one 2025 record for ${JSON.stringify(record)}`);
  return row.id;
}

/**
 * The 2025 draft once the year's records exist (demo-2025.ts): the records it cites as evidence and the
 * suggestions it accepted, through the services the office's screen calls, audited as the office user's.
 */
export async function completeDemoSelfAssessment2025(em: EntityManager, office: User): Promise<void> {
  await em.flush();
  const assessment = await em.findOneOrFail(SelfAssessment, { year: 2025, agencyKind: AgencyKind.DEPARTMENT });
  const criterionId = async (code: string) =>
    (await em.findOneOrFail(Criterion, { set: assessment.criteriaSet, code })).id;
  const evidence = new AssessmentEvidenceService(em);
  for (const cited of DEMO_EVIDENCE_2025) {
    await evidence.add(office, {
      assessmentId: assessment.id,
      criterionId: await criterionId(cited.code),
      recordKind: cited.record.kind,
      recordId: await recordId2025(em, cited.record),
      pointer: cited.pointer ?? null,
    });
  }
  const assessments = new SelfAssessmentService(em);
  for (const code of DEMO_ACCEPTED_2025) {
    await assessments.acceptSuggestion(office, assessment.id, await criterionId(code));
  }
  await em.flush();
}
