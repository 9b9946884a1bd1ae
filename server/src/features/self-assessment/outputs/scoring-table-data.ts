import type { EntityManager } from '@mikro-orm/postgresql';
import { todayLocalDate } from '../../../common/local-date.js';
import { AgencyService } from '../../agency/agency.service.js';
import { agencyOn, type IssuingAgency } from '../../agency/issuing-agency.js';
import { Unit } from '../../units/unit.entity.js';
import { User } from '../../users/user.entity.js';
import { criteriaOf, currentScoresOf, totalsCriterionOf } from '../assessment-records.js';
import type { AgencyKind } from '../criteria-set.entity.js';
import { evidenceRecordFacts } from '../evidence-records.js';
import { AssessmentEvidence, SelfAssessment, type SelfAssessmentStatus } from '../self-assessment.entity.js';
import { SelfAssessmentErrors } from '../self-assessment.errors.js';
import {
  type EvidenceCitation,
  type ScoringTable,
  scoringTable,
  type TableCriterion,
  type TableScore,
  tableDate,
} from './scoring-table.js';

/** Everything the self-scoring table's files say, for a year's assessment. */
export interface ScoringTableData {
  year: number;
  status: SelfAssessmentStatus;
  set: { title: string; documentNumber: string; issuedOn: string; revision: number };
  table: ScoringTable;
  /** The day the table is dated (scoring-table.ts tableDate), and whether it is the day it was submitted. */
  date: string;
  submitted: boolean;
  agency: IssuingAgency;
  /** Whoever approved the submission, printed under the signature once approved. */
  approverName: string | null;
}

export const HIDDEN_RECORD = 'Hồ sơ không còn trong phần mềm';

/** The citations of every evidence of the assessment's current scores, by criterion id, oldest first. */
export async function citationsOf(
  em: EntityManager,
  assessment: SelfAssessment,
): Promise<Map<string, EvidenceCitation[]>> {
  const rows = await em.find(
    AssessmentEvidence,
    { score: { assessment, criterion: { set: assessment.criteriaSet } } },
    { populate: ['score'], orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  const out = new Map<string, EvidenceCitation[]>();
  for (const e of rows) {
    const facts = e.recordKind && e.recordId ? await evidenceRecordFacts(em, e.recordKind, e.recordId) : null;
    const citation: EvidenceCitation = {
      recordLabel: e.recordKind ? (facts?.label ?? HIDDEN_RECORD) : null,
      documentNumber: e.documentNumber,
      documentDate: e.documentDate,
      issuer: e.issuer,
      pointer: e.pointer,
      note: e.note,
    };
    const key = e.score.criterion.id;
    out.set(key, [...(out.get(key) ?? []), citation]);
  }
  return out;
}

/** The assessment of a year, or SELF_ASSESSMENT_NOT_FOUND. */
export async function assessmentOfYear(em: EntityManager, year: number, agencyKind: AgencyKind) {
  const assessment = await em.findOne(SelfAssessment, { year, agencyKind }, { populate: ['criteriaSet'] });
  if (!assessment) throw SelfAssessmentErrors.notFound();
  return assessment;
}

export async function scoringTableData(
  em: EntityManager,
  assessment: SelfAssessment,
  today: string = todayLocalDate(),
): Promise<ScoringTableData> {
  const criteria = await criteriaOf(em, assessment);
  const scores = await currentScoresOf(em, assessment);
  const department = await em.findOneOrFail(Unit, { parent: null }, { orderBy: { code: 'asc' } });
  const identities = await new AgencyService(em).identities();
  const submittedOn = assessment.submittedAt ? todayLocalDate(assessment.submittedAt) : null;
  const date = tableDate(assessment.year, submittedOn, today);
  const approver = assessment.approvedBy ? await em.findOne(User, { id: assessment.approvedBy.id }) : null;
  const set = assessment.criteriaSet;
  return {
    year: assessment.year,
    status: assessment.status,
    set: { title: set.title, documentNumber: set.documentNumber, issuedOn: set.issuedOn, revision: set.revision },
    table: scoringTable({
      criteria: criteria.map((c): TableCriterion => ({ ...totalsCriterionOf(c), level: c.level })),
      scores: new Map(scores.map((s): [string, TableScore] => [s.criterion.id, s])),
      evidence: await citationsOf(em, assessment),
    }),
    date,
    submitted: submittedOn !== null,
    agency: agencyOn(identities, date, department),
    approverName: approver?.fullName ?? null,
  };
}
