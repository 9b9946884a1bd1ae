import type { ReviewVisitDetailFragment } from '../../apollo/generated/graphql';

/** The visit as the review screen reads it. */
export type ReviewVisit = ReviewVisitDetailFragment;
export type ReviewAnswer = ReviewVisit['answers'][number];

/** Shows a message at the top of the review screen once an action is done. */
export type Notify = (message: { tone: 'error' | 'success'; text: string }) => void;

/** Every criterion of the visit's checklist, in order. */
export function checklistItems(visit: ReviewVisit) {
  return visit.templateVersion?.groups.flatMap((group) => group.items) ?? [];
}
