import type { Capability } from '../../apollo/generated/graphql';
import { ROUTES } from '../../app/routes';
import { can } from '../auth/permissions';

/** The server's home figures (`homeCounts`), each within what the signed-in person may see. */
export interface HomeCountsData {
  year: number;
  visitsPlanned: number;
  visitsInProgress: number;
  visitsReturned: number;
  visitsSubmitted: number;
  visitsApprovedThisYear: number;
  visitsPlannedThisYear: number;
  planVisitsDoneThisYear: number;
  findingsOpen: number;
  findingsRemediationReported: number;
  findingsOverdue: number;
}

export type TileKey =
  | 'visitsReturned'
  | 'visitsInProgress'
  | 'visitsPlanned'
  | 'visitsSubmitted'
  | 'findingsRemediationReported'
  | 'findingsOverdue'
  | 'findingsOpen'
  | 'visitsApproved';

/** A home card with a figure: the number of rows its link's filtered list shows. */
export interface HomeTile {
  key: TileKey;
  count: number;
  href: string;
  /** Something needs doing when the figure is not zero (returned visits, overdue findings...). */
  urgent: boolean;
  /** The year's plan beside the approved visits: done of planned. */
  plan?: { done: number; planned: number };
}

interface TileRule {
  key: TileKey;
  /** Shown to a person holding any of these capabilities. */
  anyOf: Capability[];
  urgent: boolean;
  count: (counts: HomeCountsData) => number;
  /** The list address, with the filter the figure counts (the lists' agreed parameters). */
  href: (counts: HomeCountsData) => string;
}

const list = (path: string, params: Record<string, string | number>) =>
  `${path}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString()}`;

/** The cards in the order they show; each person sees those their capabilities call for. */
const TILES: TileRule[] = [
  {
    key: 'visitsReturned',
    anyOf: ['VISIT_CONDUCT'],
    urgent: true,
    count: (c) => c.visitsReturned,
    href: () => list(ROUTES.myVisits, { 'trang-thai': 'RETURNED' }),
  },
  {
    key: 'visitsInProgress',
    anyOf: ['VISIT_CONDUCT'],
    urgent: false,
    count: (c) => c.visitsInProgress,
    href: () => list(ROUTES.myVisits, { 'trang-thai': 'IN_PROGRESS' }),
  },
  {
    key: 'visitsPlanned',
    anyOf: ['VISIT_CONDUCT'],
    urgent: false,
    count: (c) => c.visitsPlanned,
    href: (c) => list(ROUTES.myVisits, { 'trang-thai': 'PLANNED', nam: c.year }),
  },
  {
    key: 'visitsSubmitted',
    anyOf: ['VISIT_REVIEW'],
    urgent: true,
    count: (c) => c.visitsSubmitted,
    href: () => list(ROUTES.review, { 'trang-thai': 'SUBMITTED' }),
  },
  {
    key: 'findingsRemediationReported',
    anyOf: ['FINDING_REVIEW', 'FINDING_REMEDIATE'],
    urgent: false,
    count: (c) => c.findingsRemediationReported,
    href: () => list(ROUTES.findings, { 'trang-thai': 'REMEDIATION_REPORTED' }),
  },
  {
    key: 'findingsOverdue',
    anyOf: ['FINDING_FOLLOW'],
    urgent: true,
    count: (c) => c.findingsOverdue,
    href: () => list(ROUTES.findings, { 'qua-han': 1 }),
  },
  {
    key: 'findingsOpen',
    anyOf: ['FINDING_FOLLOW'],
    urgent: false,
    count: (c) => c.findingsOpen,
    href: () => list(ROUTES.findings, { 'trang-thai': 'OPEN' }),
  },
  {
    key: 'visitsApproved',
    anyOf: ['ROLLUP_READ'],
    urgent: false,
    count: (c) => c.visitsApprovedThisYear,
    href: (c) => list(ROUTES.review, { 'trang-thai': 'APPROVED', nam: c.year }),
  },
];

/** The home's cards with figures for this person (pure: capabilities and the server's counts in). */
export function homeTiles(user: { can: readonly Capability[] }, counts: HomeCountsData): HomeTile[] {
  return TILES.filter((rule) => rule.anyOf.some((capability) => can(user, capability))).map((rule) => ({
    key: rule.key,
    count: rule.count(counts),
    href: rule.href(counts),
    urgent: rule.urgent && rule.count(counts) > 0,
    ...(rule.key === 'visitsApproved'
      ? { plan: { done: counts.planVisitsDoneThisYear, planned: counts.visitsPlannedThisYear } }
      : {}),
  }));
}
