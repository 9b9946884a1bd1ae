import type { EntityManager } from '@mikro-orm/postgresql';
import type { Criterion } from './criteria-set.entity.js';
import type { MeasuredRecord } from './performance-measure.js';

/**
 * A score suggested from the year's records for a criterion that names a measure: the points its bands
 * give, how they were reached ("23/23 đơn vị được kiểm tra theo kế hoạch = 100% -> 1/1 điểm") and the
 * records counted. Never entered silently: a person accepts it (SelfAssessmentService
 * .recordAcceptedSuggestion) or scores otherwise with an override explanation.
 */
export interface CriterionSuggestion {
  points: number;
  computation: string;
  records: MeasuredRecord[];
}

/**
 * THE seam for the measures (features/self-assessment/measures/, built apart): the suggestion of a
 * criterion for a year, null when the criterion names no measure. The mutation `acceptSuggestion`
 * calls an implementation of this, then `recordAcceptedSuggestion` with its result; until measures/
 * exports one, no suggestion is offered and the mutation does not exist.
 */
export type SuggestionFor = (
  em: EntityManager,
  year: number,
  criterion: Criterion,
) => Promise<CriterionSuggestion | null>;
