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
  /** Create, rename, move and deactivate units. */
  UNIT_MANAGE: [ADMIN, OFFICE],
  /** Read the department's identities as the issuer of its documents, per period. */
  AGENCY_READ: [ADMIN, OFFICE, LEADERSHIP],
  /** Add a new identity of the department from a day (a merger, a rename). */
  AGENCY_MANAGE: [ADMIN, OFFICE],
  /** List users, create them, (de)activate them, reset their passwords. */
  USER_MANAGE: [ADMIN],
  /** Read inspection plans, their teams and the inspectors to form teams from. */
  PLAN_READ: [ADMIN, OFFICE, LEADERSHIP],
  /** Create and change plans and their teams. */
  PLAN_MANAGE: [ADMIN, OFFICE],
  /** Read checklist templates and versions (also as Excel). */
  CHECKLIST_READ: [ADMIN, OFFICE, LEADERSHIP, INSPECTOR],
  /** Edit checklist drafts, publish versions, import them from Excel. */
  CHECKLIST_MANAGE: [ADMIN, OFFICE],
  /** Field work on the visits of one's own teams: start, answer, photograph, sign, submit, sync. */
  VISIT_CONDUCT: [INSPECTOR],
  /** See every visit (and every finding) and list visits across units. */
  VISIT_READ_ALL: [ADMIN, OFFICE, LEADERSHIP],
  /** See the visits (and their findings) of one's own teams. */
  VISIT_READ_TEAM: [INSPECTOR],
  /** See the approved visits of one's own unit and the findings it answers for. */
  VISIT_READ_UNIT: [UNIT_HEAD],
  /** Approve or return submitted visits. */
  VISIT_REVIEW: [ADMIN, OFFICE],
  /** Follow findings across visits (the findings section); what is listed is the record scope. */
  FINDING_FOLLOW: [ADMIN, OFFICE, LEADERSHIP, UNIT_HEAD],
  /** Report remediation on a finding of one's own unit. */
  FINDING_REMEDIATE: [UNIT_HEAD],
  /** Acknowledge receipt of the conclusion notice of one's own unit's approved visit. */
  NOTICE_ACKNOWLEDGE: [UNIT_HEAD],
  /** Close a finding after checking its remediation, or reopen it. */
  FINDING_REVIEW: [ADMIN, OFFICE],
  /** Issue a visit's conclusion notice: its number, date, strengths, report date and signer. */
  NOTICE_ISSUE: [ADMIN, OFFICE],
  /** Upload photos and signatures (field evidence, remediation, office attachments). */
  FILE_UPLOAD: [ADMIN, OFFICE, INSPECTOR, UNIT_HEAD],
  /** Read the annual report (also as .docx / .pdf). */
  REPORT_READ: [ADMIN, OFFICE, LEADERSHIP],
  /** Edit the annual report's draft and issue it. */
  REPORT_EDIT: [ADMIN, OFFICE],
  /** Read the registers (documents, procedures, index results). */
  REGISTER_READ: [ADMIN, OFFICE, LEADERSHIP],
  /** Keep the registers and import them from Excel. */
  REGISTER_MANAGE: [ADMIN, OFFICE],
  /** Read the year's roll-up (screen and Excel). */
  ROLLUP_READ: [ADMIN, OFFICE, LEADERSHIP],
  /** See the phones that sync and what waits on each. */
  DEVICE_READ: [ADMIN, OFFICE, LEADERSHIP],
  /** Read the PAR INDEX criteria sets and the year's self-assessment with its evidence and appraisal. */
  SELF_ASSESSMENT_READ: [ADMIN, OFFICE, LEADERSHIP],
  /** Import criteria sets, score the self-assessment, attach evidence, submit it, enter the appraisal. */
  SELF_ASSESSMENT_EDIT: [ADMIN, OFFICE],
  /** Approve a submitted self-assessment, or return it to draft with a comment. */
  SELF_ASSESSMENT_APPROVE: [LEADERSHIP],
  /** Read audit trails; without AUDIT_READ_ALL only those of findings in one's record scope. */
  AUDIT_READ: [ADMIN, OFFICE, LEADERSHIP, UNIT_HEAD],
  /** Read the audit trail of any record. */
  AUDIT_READ_ALL: [ADMIN, OFFICE, LEADERSHIP],
} as const satisfies Record<string, readonly RoleName[]>;

export type CapabilityName = keyof typeof PERMISSION_TABLE;

/** Every capability of a role, in the table's order. */
export function capabilitiesOfRole(role: RoleName): CapabilityName[] {
  return (Object.keys(PERMISSION_TABLE) as CapabilityName[]).filter((capability) =>
    (PERMISSION_TABLE[capability] as readonly RoleName[]).includes(role),
  );
}
