/**
 * The permissions table: each capability (something a signed-in person may do) and the roles that hold
 * it. The server enforces it (`@Authorized`, the HTTP routes, record scopes: server/src/features/auth/
 * permissions.ts) and answers `me { can }` from it; the phone reads the same table only to start from a
 * session cached by an app version that did not ask `me { can }` yet, until the server answers again.
 */

export type RoleName = 'ADMIN' | 'OFFICE' | 'LEADERSHIP' | 'INSPECTOR' | 'UNIT_HEAD';

const ADMIN = 'ADMIN';
const OFFICE = 'OFFICE';
const LEADERSHIP = 'LEADERSHIP';
const INSPECTOR = 'INSPECTOR';
const UNIT_HEAD = 'UNIT_HEAD';

export const PERMISSION_TABLE = {
  UNIT_MANAGE: [ADMIN, OFFICE],
  USER_MANAGE: [ADMIN],
  PLAN_READ: [ADMIN, OFFICE, LEADERSHIP],
  PLAN_MANAGE: [ADMIN, OFFICE],
  CHECKLIST_READ: [ADMIN, OFFICE, LEADERSHIP, INSPECTOR],
  CHECKLIST_MANAGE: [ADMIN, OFFICE],
  VISIT_CONDUCT: [INSPECTOR],
  VISIT_READ_ALL: [ADMIN, OFFICE, LEADERSHIP],
  VISIT_READ_TEAM: [INSPECTOR],
  VISIT_READ_UNIT: [UNIT_HEAD],
  VISIT_REVIEW: [ADMIN, OFFICE],
  FINDING_FOLLOW: [ADMIN, OFFICE, LEADERSHIP, UNIT_HEAD],
  FINDING_REMEDIATE: [UNIT_HEAD],
  FINDING_REVIEW: [ADMIN, OFFICE],
  FILE_UPLOAD: [ADMIN, OFFICE, INSPECTOR, UNIT_HEAD],
  REPORT_READ: [ADMIN, OFFICE, LEADERSHIP],
  REPORT_EDIT: [ADMIN, OFFICE],
  REGISTER_READ: [ADMIN, OFFICE, LEADERSHIP],
  REGISTER_MANAGE: [ADMIN, OFFICE],
  ROLLUP_READ: [ADMIN, OFFICE, LEADERSHIP],
  DEVICE_READ: [ADMIN, OFFICE, LEADERSHIP],
  AUDIT_READ: [ADMIN, OFFICE, LEADERSHIP, UNIT_HEAD],
  AUDIT_READ_ALL: [ADMIN, OFFICE, LEADERSHIP],
} as const satisfies Record<string, readonly RoleName[]>;

export type CapabilityName = keyof typeof PERMISSION_TABLE;

/** Every capability of a role, in the table's order. */
export function capabilitiesOfRole(role: RoleName): CapabilityName[] {
  return (Object.keys(PERMISSION_TABLE) as CapabilityName[]).filter((capability) =>
    (PERMISSION_TABLE[capability] as readonly RoleName[]).includes(role),
  );
}
