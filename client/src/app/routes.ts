/**
 * Every screen's address: the one route table. Sections with records take `/<section>/<id>`
 * (`recordPath`). Kept free of imports: the early boot script (`boot.ts`) reads the visit address
 * from here before anything else loads.
 */
export const ROUTES = {
  home: '/',
  units: '/don-vi',
  users: '/nguoi-dung',
  changePassword: '/doi-mat-khau',
  myVisits: '/cuoc-kiem-tra',
  checklists: '/bo-tieu-chi',
  plans: '/ke-hoach',
  review: '/duyet',
  findings: '/ton-tai',
  registers: '/so-lieu-nam',
  dashboard: '/tong-hop',
  annualReport: '/bao-cao-nam',
  sync: '/dong-bo',
  devices: '/may-dong-bo',
  selfAssessment: '/tu-danh-gia',
  unitVisits: '/kiem-tra-don-vi',
  inbox: '/thong-bao',
  auditLog: '/nhat-ky',
} as const;

export type Route = (typeof ROUTES)[keyof typeof ROUTES];

/** The sections whose records have their own address. */
type RecordSection = 'myVisits' | 'checklists' | 'plans' | 'review' | 'findings';

/** One record's address: `/duyet/<id>`. */
export function recordPath(section: RecordSection, id: string): string {
  return `${ROUTES[section]}/${encodeURIComponent(id)}`;
}

/** A visit's address on the phone (`/cuoc-kiem-tra/<id>`): the id is the first group. */
export const VISIT_ADDRESS = /^\/cuoc-kiem-tra\/([^/]+)$/;

/** A year's PAR INDEX self-assessment: `/tu-danh-gia/2025`. */
export function selfAssessmentPath(year: number): string {
  return `${ROUTES.selfAssessment}/${year}`;
}

/** The criteria sets of a year (bộ tiêu chí chấm điểm): `/tu-danh-gia/bo-tieu-chi?nam=2025`. */
export const CRITERIA_SETS_SECTION = 'bo-tieu-chi';

export function criteriaSetsPath(year: number): string {
  return `${ROUTES.selfAssessment}/${CRITERIA_SETS_SECTION}?nam=${year}`;
}
