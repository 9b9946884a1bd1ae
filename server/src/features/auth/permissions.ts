import { type CapabilityName, PERMISSION_TABLE, type RoleName } from '@kycuong/rules';
import { registerEnumType } from 'type-graphql';
import { Role } from '../users/role.js';

/**
 * What a signed-in person may do, by name: the one permissions table. `@Authorized(Capability.X)`, the
 * plain HTTP routes (`signedInRoute`) and the record scopes (`record-scope.ts`) all read it, and the
 * client gets the viewer's capabilities as `me { can }`, so nothing else names roles to decide access.
 */
export enum Capability {
  /** Create, rename, move and deactivate units. */
  UNIT_MANAGE = 'UNIT_MANAGE',
  /** List users, create them, (de)activate them, reset their passwords. */
  USER_MANAGE = 'USER_MANAGE',
  /** Read inspection plans, their teams and the inspectors to form teams from. */
  PLAN_READ = 'PLAN_READ',
  /** Create and change plans and their teams. */
  PLAN_MANAGE = 'PLAN_MANAGE',
  /** Read checklist templates and versions (also as Excel). */
  CHECKLIST_READ = 'CHECKLIST_READ',
  /** Edit checklist drafts, publish versions, import them from Excel. */
  CHECKLIST_MANAGE = 'CHECKLIST_MANAGE',
  /** Field work on the visits of one's own teams: start, answer, photograph, sign, submit, sync. */
  VISIT_CONDUCT = 'VISIT_CONDUCT',
  /** See every visit (and every finding) and list visits across units. */
  VISIT_READ_ALL = 'VISIT_READ_ALL',
  /** See the visits (and their findings) of one's own teams. */
  VISIT_READ_TEAM = 'VISIT_READ_TEAM',
  /** See the approved visits of one's own unit and the findings it answers for. */
  VISIT_READ_UNIT = 'VISIT_READ_UNIT',
  /** Approve or return submitted visits. */
  VISIT_REVIEW = 'VISIT_REVIEW',
  /** Follow findings across visits (the findings section); what is listed is the record scope. */
  FINDING_FOLLOW = 'FINDING_FOLLOW',
  /** Report remediation on a finding of one's own unit. */
  FINDING_REMEDIATE = 'FINDING_REMEDIATE',
  /** Close a finding after checking its remediation, or reopen it. */
  FINDING_REVIEW = 'FINDING_REVIEW',
  /** Upload photos and signatures (field evidence, remediation, office attachments). */
  FILE_UPLOAD = 'FILE_UPLOAD',
  /** Read the annual report (also as .docx / .pdf). */
  REPORT_READ = 'REPORT_READ',
  /** Edit the annual report's draft and issue it. */
  REPORT_EDIT = 'REPORT_EDIT',
  /** Read the registers (documents, procedures, index results). */
  REGISTER_READ = 'REGISTER_READ',
  /** Keep the registers and import them from Excel. */
  REGISTER_MANAGE = 'REGISTER_MANAGE',
  /** Read the year's roll-up (screen and Excel). */
  ROLLUP_READ = 'ROLLUP_READ',
  /** See the phones that sync and what waits on each. */
  DEVICE_READ = 'DEVICE_READ',
  /** Read audit trails; without AUDIT_READ_ALL only those of findings in one's record scope. */
  AUDIT_READ = 'AUDIT_READ',
  /** Read the audit trail of any record. */
  AUDIT_READ_ALL = 'AUDIT_READ_ALL',
}

/** The enums' names are exactly the shared table's (checked both ways by the compiler). */
type SameNames<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const capabilityNamesMatch: SameNames<`${Capability}`, CapabilityName> = true;
const roleNamesMatch: SameNames<`${Role}`, RoleName> = true;
void capabilityNamesMatch;
void roleNamesMatch;

/** The table (rules/src/permissions.ts, shared with the phone): each capability and the roles that hold it. */
export const PERMISSIONS = PERMISSION_TABLE as unknown as Readonly<Record<Capability, readonly Role[]>>;

/** Whether a holder of `role` (a user, a viewer) has the capability. */
export function can(holder: { role: Role }, capability: Capability): boolean {
  return PERMISSIONS[capability].includes(holder.role);
}

/** Every capability of a role, in the table's order: what `me { can }` answers. */
export function capabilitiesOf(role: Role): Capability[] {
  return Object.values(Capability).filter((capability) => PERMISSIONS[capability].includes(role));
}

/** The roles holding a capability, for queries that select people by what they may do. */
export function rolesWith(capability: Capability): readonly Role[] {
  return PERMISSIONS[capability];
}

registerEnumType(Capability, { name: 'Capability', description: 'Something a signed-in user may do' });
