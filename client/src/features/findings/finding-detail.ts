import type { FindingsDetailFragment } from '../../apollo/generated/graphql';
import { pageWindow } from '../../app/list-page';
import { auditTrailRefetch } from '../audit/operations';
import { findingCountsQuery, findingsQuery } from './operations';

/** The finding as its screen reads it. */
export type Finding = FindingsDetailFragment;
/** Shows a message at the top of the finding's screen once an action is done. */
export type Notify = (message: { tone: 'error' | 'success'; text: string }) => void;

/** What to read again after a finding changed: its history, and the lists and counters it is in. */
export function refetchAfterChange(findingId: string) {
  return [
    auditTrailRefetch(findingId),
    { query: findingsQuery, variables: { filter: {}, ...pageWindow(1) } },
    { query: findingCountsQuery, variables: { filter: {} } },
  ];
}
