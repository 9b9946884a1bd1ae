import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppError } from '../../common/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import { blankToNull } from '../registers/register-rules.js';
import { readSheetFile } from '../registers/register-sheets.js';
import type { User } from '../users/user.entity.js';
import { APPRAISAL_COLUMNS, appraisalTemplate, parseAppraisalRows } from './appraisal-sheet.js';
import {
  criteriaOf,
  currentScoresOf,
  describeScore,
  lockedAssessment,
  scoredCriterion,
  scoreRow,
} from './assessment-records.js';
import { scoreProblem } from './criteria-rules.js';
import type { AgencyKind, Criterion } from './criteria-set.entity.js';
import { AppraisalRound, type CriterionScore, SelfAssessment, SelfAssessmentStatus } from './self-assessment.entity.js';
import { SelfAssessmentErrors } from './self-assessment.errors.js';
import type { AppraisalScoreInput } from './self-assessment.inputs.js';
import { STATUS_IN_SENTENCE } from './workflow.js';

export interface AppraisalImportProblem {
  row: number;
  criterion: string | null;
  code: string;
  message: string;
}

export interface AppraisalImportPreview {
  columns: readonly string[];
  round: AppraisalRound;
  rows: {
    row: number;
    code: string;
    points: number | null;
    comment: string | null;
    problems: AppraisalImportProblem[];
  }[];
  problems: AppraisalImportProblem[];
  counts: { scores: number; bad: number };
}

const problemOf = (row: number, criterion: string | null, err: AppError): AppraisalImportProblem => ({
  row,
  criterion,
  code: err.code,
  message: err.message,
});

function assertAppraising(assessment: SelfAssessment): void {
  if (assessment.status !== SelfAssessmentStatus.APPRAISAL)
    throw SelfAssessmentErrors.wrongStatus(STATUS_IN_SENTENCE.APPRAISAL);
}

/** Writes a round's appraisal on a score: its points (or none) and the comment. */
function setRound(score: CriterionScore, round: AppraisalRound, points: number | null, comment: string | null): void {
  if (round === AppraisalRound.FIRST) {
    score.appraisalPoints1 = points;
    score.appraisalComment1 = comment;
  } else {
    score.appraisalPoints2 = points;
    score.appraisalComment2 = comment;
  }
}

/**
 * The Sở Nội vụ's appraisal (thẩm định), entered by the office once the approved assessment is sent:
 * per criterion and round, by hand or from a sheet of code / score / comment. Scores follow the same
 * guidance as the self-scores; every change audited on the assessment.
 */
export class AppraisalService {
  constructor(private readonly em: EntityManager) {}

  async enter(actor: User, input: AppraisalScoreInput): Promise<CriterionScore> {
    return this.em.transactional(async (em) => {
      const assessment = await lockedAssessment(em, input.assessmentId);
      assertAppraising(assessment);
      const criterion = await scoredCriterion(em, assessment, input.criterionId);
      const points = input.points ?? null;
      if (points !== null) {
        const problem = scoreProblem(criterion, points);
        if (problem) throw problem;
      }
      const score = await scoreRow(em, actor, assessment, criterion);
      const before = describeScore(score);
      setRound(score, input.round, points, blankToNull(input.comment));
      score.updatedBy = actor;
      recordAudit(em, actor, {
        entityType: 'SelfAssessment',
        entityId: assessment.id,
        action: 'APPRAISAL_SCORE',
        before,
        after: { ...describeScore(score), round: input.round },
      });
      return score;
    });
  }

  /** The assessment of a year, for the appraisal's routes (by year, as the office names it). */
  async ofYear(year: number, agencyKind: AgencyKind): Promise<SelfAssessment> {
    const assessment = await this.em.findOne(SelfAssessment, { year, agencyKind }, { populate: ['criteriaSet'] });
    if (!assessment) throw SelfAssessmentErrors.notFound();
    return assessment;
  }

  async template(assessment: SelfAssessment, round: AppraisalRound): Promise<Buffer> {
    const scores = new Map((await currentScoresOf(this.em, assessment)).map((s) => [s.criterion.id, s]));
    const rows = (await criteriaOf(this.em, assessment))
      .filter((c) => c.isLeaf)
      .map((c) => {
        const s = scores.get(c.id);
        const first = round === AppraisalRound.FIRST;
        return {
          code: c.code,
          points: (first ? s?.appraisalPoints1 : s?.appraisalPoints2) ?? null,
          comment: (first ? s?.appraisalComment1 : s?.appraisalComment2) ?? null,
        };
      });
    return appraisalTemplate(`Kết quả thẩm định Chỉ số CCHC năm ${assessment.year}`, rows);
  }

  preview(assessment: SelfAssessment, round: AppraisalRound, bytes: Buffer): Promise<AppraisalImportPreview> {
    return this.read(this.em, assessment, round, bytes);
  }

  /** Writes every row of the sheet in one transaction, only when no row is bad. */
  async import(actor: User, assessment: SelfAssessment, round: AppraisalRound, bytes: Buffer) {
    return this.em.transactional(async (em) => {
      const locked = await lockedAssessment(em, assessment.id);
      const preview = await this.read(em, locked, round, bytes);
      if (preview.problems.length > 0)
        throw SelfAssessmentErrors.appraisalImportInvalid(preview.counts.bad, preview.problems);
      const criteria = new Map((await criteriaOf(em, locked)).map((c) => [c.code, c]));
      for (const row of preview.rows) {
        const criterion = criteria.get(row.code) as Criterion;
        const score = await scoreRow(em, actor, locked, criterion);
        setRound(score, round, row.points, row.comment);
        score.updatedBy = actor;
      }
      recordAudit(em, actor, {
        entityType: 'SelfAssessment',
        entityId: locked.id,
        action: 'IMPORT_APPRAISAL',
        after: { round, scores: preview.rows.map((r) => ({ code: r.code, points: r.points, comment: r.comment })) },
      });
      return preview;
    });
  }

  private async read(
    em: EntityManager,
    assessment: SelfAssessment,
    round: AppraisalRound,
    bytes: Buffer,
  ): Promise<AppraisalImportPreview> {
    const base = { columns: APPRAISAL_COLUMNS, round };
    const statusProblems =
      assessment.status === SelfAssessmentStatus.APPRAISAL
        ? []
        : [problemOf(0, null, SelfAssessmentErrors.wrongStatus(STATUS_IN_SENTENCE.APPRAISAL))];
    const reading = await readSheetFile(APPRAISAL_COLUMNS, bytes);
    if (reading.problem !== null) {
      const problem = { row: 0, criterion: null, code: 'APPRAISAL_IMPORT_INVALID', message: reading.problem };
      return { ...base, rows: [], problems: [...statusProblems, problem], counts: { scores: 0, bad: 0 } };
    }
    const guides = new Map((await criteriaOf(em, assessment)).filter((c) => c.isLeaf).map((c) => [c.code, c]));
    const rows = parseAppraisalRows(reading.rows, guides).map((r) => ({
      ...r,
      problems: r.problems.map((e) => problemOf(r.row, r.code || null, e)),
    }));
    const bad = rows.filter((r) => r.problems.length > 0).length;
    return {
      ...base,
      rows,
      problems: [...statusProblems, ...rows.flatMap((r) => r.problems)],
      counts: { scores: rows.length - bad, bad },
    };
  }
}
