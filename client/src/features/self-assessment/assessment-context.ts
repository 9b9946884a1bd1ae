import { createContext, useContext } from 'react';
import type {
  AppraisalRound,
  SelfAssessmentStatus,
  SelfAssessmentSuggestionsQuery,
} from '../../apollo/generated/graphql';

export type Suggestion = NonNullable<SelfAssessmentSuggestionsQuery['selfAssessment']>['suggestions'][number];

/** What every part of the assessment screen needs to know of the assessment and of who looks at it. */
export interface AssessmentScope {
  assessmentId: string;
  year: number;
  status: SelfAssessmentStatus;
  /** Office (or admin) in draft: scores, evidence and explanations can be changed. */
  scoring: boolean;
  /** Office (or admin) while the appraisal is entered. */
  appraising: boolean;
  /** The appraisal round being entered. */
  round: AppraisalRound;
  /** The suggestions computed from the year's records, by criterion id (loaded apart, may come later). */
  suggestions: ReadonlyMap<string, Suggestion>;
}

export const AssessmentContext = createContext<AssessmentScope | null>(null);

export function useAssessment(): AssessmentScope {
  const scope = useContext(AssessmentContext);
  if (!scope) throw new Error('useAssessment outside the assessment screen');
  return scope;
}
