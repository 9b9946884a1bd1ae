import { SelfAssessmentStatus } from './self-assessment.entity.js';
import { SelfAssessmentErrors } from './self-assessment.errors.js';

/*
 * The self-assessment's workflow, pure: DRAFT -> SUBMITTED (locked) -> APPROVED by leadership, or
 * returned to DRAFT -> APPRAISAL (the Sở Nội vụ's scores entered) -> FINAL; and what must be done
 * before a step.
 */

export type AssessmentStep = 'SUBMIT' | 'APPROVE' | 'RETURN' | 'START_APPRAISAL' | 'FINALISE';

const STEPS: Record<AssessmentStep, { from: SelfAssessmentStatus; to: SelfAssessmentStatus }> = {
  SUBMIT: { from: 'DRAFT', to: 'SUBMITTED' },
  APPROVE: { from: 'SUBMITTED', to: 'APPROVED' },
  RETURN: { from: 'SUBMITTED', to: 'DRAFT' },
  START_APPRAISAL: { from: 'APPROVED', to: 'APPRAISAL' },
  FINALISE: { from: 'APPRAISAL', to: 'FINAL' },
};

/** A status as the refusal's sentence says it: "...chỉ làm được khi bản tự đánh giá <this>". */
export const STATUS_IN_SENTENCE: Record<SelfAssessmentStatus, string> = {
  DRAFT: 'đang là dự thảo',
  SUBMITTED: 'đã trình, chờ lãnh đạo duyệt',
  APPROVED: 'đã được lãnh đạo duyệt',
  APPRAISAL: 'đang nhập kết quả thẩm định',
  FINAL: 'đã có kết quả cuối cùng',
};

/** The status after the step, or the refusal when the assessment is not where the step starts. */
export function statusAfter(status: SelfAssessmentStatus, step: AssessmentStep): SelfAssessmentStatus {
  const { from, to } = STEPS[step];
  if (status !== from) throw SelfAssessmentErrors.wrongStatus(STATUS_IN_SENTENCE[from]);
  return to;
}

/** Self-scoring is open only in draft; after submission the refusal says the assessment is locked. */
export function assertEditable(status: SelfAssessmentStatus): void {
  if (status !== SelfAssessmentStatus.DRAFT) throw SelfAssessmentErrors.locked();
}

export interface LeafState {
  code: string;
  /** The criterion has a score row at all. */
  points: number | null;
  notApplicable: boolean;
  needsReview: boolean;
  appraisalPoints1: number | null;
}

/** The leaves not ready for submission: not scored (nor not applicable), or flagged for review. */
export function unscoredCodes(leaves: readonly LeafState[]): string[] {
  return leaves.filter((l) => l.needsReview || (l.points === null && !l.notApplicable)).map((l) => l.code);
}

/** The applicable leaves without a first-round appraisal score: the assessment cannot be final yet. */
export function unappraisedCodes(leaves: readonly LeafState[]): string[] {
  return leaves.filter((l) => !l.notApplicable && l.appraisalPoints1 === null).map((l) => l.code);
}
