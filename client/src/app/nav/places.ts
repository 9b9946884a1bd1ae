import type { Capability, Role } from '../../apollo/generated/graphql';
import { can } from '../../features/auth/permissions';
import { ROUTES } from '../routes';

/**
 * The app's places (the sections a person goes between) and which of them each person's navigation
 * shows: the bottom bar on a phone, the side navigation on a wide screen. What a person may open is the
 * server's permissions table (`can`), as for the screens themselves (Screen.tsx); which places come
 * first in the bar is a choice per role (their main work), never a permission. Pure, table-tested.
 */
export type PlaceKey =
  | 'home'
  | 'myVisits'
  | 'sync'
  | 'review'
  | 'visits'
  | 'findings'
  | 'plans'
  | 'dashboard'
  | 'selfAssessment'
  | 'annualReport'
  | 'registers'
  | 'checklists'
  | 'devices'
  | 'units'
  | 'users'
  | 'auditLog'
  | 'account';

export type PlaceGroup = 'work' | 'reporting' | 'catalogues' | 'account';

export interface Place {
  key: PlaceKey;
  href: string;
  group: PlaceGroup;
}

interface PlaceRule extends Place {
  /** Who the place is for, by capability: every one of `needs`, none of `unless`. */
  needs: Capability[];
  unless?: Capability[];
}

/** Every place, in the side navigation's order. */
const PLACES: PlaceRule[] = [
  { key: 'home', href: ROUTES.home, group: 'work', needs: [] },
  { key: 'myVisits', href: ROUTES.myVisits, group: 'work', needs: ['VISIT_CONDUCT'] },
  { key: 'sync', href: ROUTES.sync, group: 'work', needs: ['VISIT_CONDUCT'] },
  { key: 'review', href: ROUTES.review, group: 'work', needs: ['VISIT_READ_ALL', 'VISIT_REVIEW'] },
  // Leadership reads every visit at the same address without reviewing them.
  { key: 'visits', href: ROUTES.review, group: 'work', needs: ['VISIT_READ_ALL'], unless: ['VISIT_REVIEW'] },
  { key: 'findings', href: ROUTES.findings, group: 'work', needs: ['FINDING_FOLLOW'] },
  { key: 'plans', href: ROUTES.plans, group: 'work', needs: ['PLAN_READ'] },
  { key: 'dashboard', href: ROUTES.dashboard, group: 'reporting', needs: ['ROLLUP_READ'] },
  { key: 'selfAssessment', href: ROUTES.selfAssessment, group: 'reporting', needs: ['SELF_ASSESSMENT_READ'] },
  { key: 'annualReport', href: ROUTES.annualReport, group: 'reporting', needs: ['REPORT_READ'] },
  { key: 'registers', href: ROUTES.registers, group: 'reporting', needs: ['REGISTER_READ'] },
  { key: 'checklists', href: ROUTES.checklists, group: 'catalogues', needs: ['CHECKLIST_MANAGE'] },
  { key: 'units', href: ROUTES.units, group: 'catalogues', needs: [] },
  { key: 'users', href: ROUTES.users, group: 'catalogues', needs: ['USER_MANAGE'] },
  { key: 'devices', href: ROUTES.devices, group: 'catalogues', needs: ['DEVICE_READ'] },
  { key: 'auditLog', href: ROUTES.auditLog, group: 'catalogues', needs: ['AUDIT_READ_ALL'] },
  { key: 'account', href: ROUTES.changePassword, group: 'account', needs: [] },
];

/** The bar's first places by role: each role's daily work. A place the person may not open is skipped. */
const BAR_FIRST: Record<Role, PlaceKey[]> = {
  INSPECTOR: ['home', 'myVisits', 'sync', 'units', 'account'],
  OFFICE: ['home', 'review', 'findings', 'plans'],
  ADMIN: ['home', 'review', 'findings', 'users'],
  LEADERSHIP: ['home', 'dashboard', 'selfAssessment', 'annualReport'],
  UNIT_HEAD: ['home', 'findings', 'units', 'account'],
};

/** A phone's bar holds at most this many items; beyond, the last one is "Thêm" (a sheet with the rest). */
export const BAR_SIZE = 5;

export interface Navigation {
  /** Every place the person may open, in the side navigation's order. */
  places: Place[];
  /** The bottom bar's places, before "Thêm". */
  bar: Place[];
  /** What "Thêm" opens; empty when everything fits in the bar. */
  more: Place[];
}

interface NavUser {
  role: Role;
  can: readonly Capability[];
}

export function navigationFor(user: NavUser): Navigation {
  const places = PLACES.filter(
    (place) => place.needs.every((c) => can(user, c)) && !(place.unless ?? []).some((c) => can(user, c)),
  ).map(({ key, href, group }) => ({ key, href, group }));
  const first = BAR_FIRST[user.role].flatMap((key) => places.filter((place) => place.key === key));
  const ordered = [...first, ...places.filter((place) => !first.includes(place))];
  if (ordered.length <= BAR_SIZE) return { places, bar: ordered, more: [] };
  const bar = ordered.slice(0, BAR_SIZE - 1);
  return { places, bar, more: places.filter((place) => !bar.includes(place)) };
}

/** The section of a path: its first segment (`/duyet/<id>` is in `/duyet`), `/` for home. */
function sectionOf(path: string): string {
  const [, first = ''] = path.split('/');
  return `/${first}`;
}

/** The place the path is in, among `places` (the home only at `/`), or null. */
export function currentPlace(path: string, places: readonly Place[]): Place | null {
  const section = sectionOf(path);
  return places.find((place) => place.href === section) ?? null;
}

/**
 * The list a record's screen belongs to (`/duyet/<id>` -> `/duyet`), for its back link; null on a
 * section's own screen. A year's self-assessment (`/tu-danh-gia/2025`) is the section itself, not a record.
 */
export function parentList(path: string): string | null {
  const segments = path.split('/').filter(Boolean);
  if (segments.length < 2) return null;
  const section = `/${segments[0]}`;
  if (section === ROUTES.selfAssessment && /^\d{4}$/.test(segments[1] ?? '')) return null;
  return section;
}
