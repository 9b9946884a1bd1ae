import { graphql } from '../../apollo/generated';
import type { AssessmentComparisonQuery } from '../../apollo/generated/graphql';

/** The year's assessment against last year, its appraisal gaps and its weakest criteria (computed on read). */
export const assessmentComparisonQuery = graphql(`
  query AssessmentComparison($year: Int!) {
    selfAssessment(year: $year) {
      id
      comparison {
        previousYear
        previousIsAppraisal
        droppedAreaCodes
        overall {
          maxPoints
          selfPoints
          comparable
          previousMaxPoints
          previousPoints
          difference
        }
        areas {
          criterionId
          code
          text
          maxPoints
          selfPoints
          comparable
          previousMaxPoints
          previousPoints
          difference
        }
        appraisalGaps {
          criterionId
          code
          text
          maxPoints
          selfPoints
          appraisalPoints
          gap
        }
        weakest {
          criterionId
          code
          text
          maxPoints
          selfPoints
          ratio
          evidenceCount
          hasExplanation
          evidenceGap
        }
      }
    }
  }
`);

export type Comparison = NonNullable<AssessmentComparisonQuery['selfAssessment']>['comparison'];
export type AreaComparison = Comparison['areas'][number];
