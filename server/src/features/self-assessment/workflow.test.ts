import { describe, expect, it } from 'vitest';
import type { SelfAssessmentStatus } from './self-assessment.entity.js';
import {
  type AssessmentStep,
  assertEditable,
  type LeafState,
  statusAfter,
  unappraisedCodes,
  unscoredCodes,
} from './workflow.js';

const outcome = (status: SelfAssessmentStatus, step: AssessmentStep) => {
  try {
    return statusAfter(status, step);
  } catch (err) {
    return (err as { code: string }).code;
  }
};

describe('self-assessment workflow', () => {
  it.each<[SelfAssessmentStatus, AssessmentStep, string]>([
    ['DRAFT', 'SUBMIT', 'SUBMITTED'],
    ['SUBMITTED', 'APPROVE', 'APPROVED'],
    ['SUBMITTED', 'RETURN', 'DRAFT'],
    ['APPROVED', 'START_APPRAISAL', 'APPRAISAL'],
    ['APPRAISAL', 'FINALISE', 'FINAL'],
    ['DRAFT', 'APPROVE', 'SELF_ASSESSMENT_WRONG_STATUS'],
    ['SUBMITTED', 'SUBMIT', 'SELF_ASSESSMENT_WRONG_STATUS'],
    ['APPROVED', 'RETURN', 'SELF_ASSESSMENT_WRONG_STATUS'],
    ['DRAFT', 'FINALISE', 'SELF_ASSESSMENT_WRONG_STATUS'],
    ['FINAL', 'START_APPRAISAL', 'SELF_ASSESSMENT_WRONG_STATUS'],
  ])('%s, %s -> %s', (status, step, expected) => {
    expect(outcome(status, step)).toBe(expected);
  });

  it.each<[SelfAssessmentStatus, string | null]>([
    ['DRAFT', null],
    ['SUBMITTED', 'SELF_ASSESSMENT_LOCKED'],
    ['APPROVED', 'SELF_ASSESSMENT_LOCKED'],
    ['FINAL', 'SELF_ASSESSMENT_LOCKED'],
  ])('self-scoring in %s: %s', (status, code) => {
    let refused: string | null = null;
    try {
      assertEditable(status);
    } catch (err) {
      refused = (err as { code: string }).code;
    }
    expect(refused).toBe(code);
  });

  const leaf = (code: string, extra: Partial<LeafState>): LeafState => ({
    code,
    points: null,
    notApplicable: false,
    needsReview: false,
    appraisalPoints1: null,
    ...extra,
  });

  it('names the leaves not ready for submission and those without an appraisal', () => {
    const leaves = [
      leaf('1.1', { points: 1, appraisalPoints1: 1 }),
      leaf('1.2', {}),
      leaf('1.3', { notApplicable: true }),
      leaf('1.4', { points: 0.5, needsReview: true }),
      leaf('1.5', { points: 0 }),
    ];
    expect(unscoredCodes(leaves)).toEqual(['1.2', '1.4']);
    expect(unappraisedCodes(leaves)).toEqual(['1.2', '1.4', '1.5']);
  });
});
