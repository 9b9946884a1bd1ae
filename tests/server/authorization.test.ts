import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EVIDENCE_2025 } from '../../server/src/db/seeders/demo-criteria.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/src/db/seeders/demo-data.js';
import { buildAppSchema } from '../../server/src/graphql/schema.js';
import { DEMO_YEAR } from '../helpers/demo.js';
import { GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

type Caller = 'anonymous' | 'ADMIN' | 'OFFICE' | 'LEADERSHIP' | 'INSPECTOR' | 'UNIT_HEAD';
const CALLERS: Caller[] = ['anonymous', 'ADMIN', 'OFFICE', 'LEADERSHIP', 'INSPECTOR', 'UNIT_HEAD'];
const SIGNED_IN: Caller[] = ['ADMIN', 'OFFICE', 'LEADERSHIP', 'INSPECTOR', 'UNIT_HEAD'];
const NOBODY = '00000000-0000-4000-8000-000000000000';

/** A field write of the inspection team: inspectors only; an unknown visit stops it after the role check. */
function fieldWrite(name: string, inputType: string, extra: Record<string, unknown>) {
  return {
    allowed: ['INSPECTOR'] as Caller[],
    doc: `mutation ($i: ${inputType}!) { ${name}(input: $i) { id } }`,
    variables: { i: { operationId: NOBODY, visitId: NOBODY, ...extra } },
  };
}

/** The registers of the annual report: the office keeps them, leadership reads them. */
const REGISTER_EDITORS: Caller[] = ['ADMIN', 'OFFICE'];
const REGISTER_READERS: Caller[] = ['ADMIN', 'OFFICE', 'LEADERSHIP'];
const DOCUMENT = { type: 'CONG_VAN', number: '9999/SNN-VP', issuedOn: '2021-12-01', summary: 'Thử quyền' };
/** Stops on its days cut above the legal days, after the role check. */
const PROCEDURE = {
  year: 2021,
  code: 'AUTHZ',
  name: 'Thử quyền',
  level: 'TINH',
  mechanism: 'MOT_CUA',
  onlineService: 'KHONG',
  publicPostal: false,
  legalDays: 1,
  daysCut: 2,
};
/** The PAR INDEX self-assessment: the office scores it, leadership reads it and approves it. */
const ASSESSMENT_EDITORS: Caller[] = ['ADMIN', 'OFFICE'];
const ASSESSMENT_READERS: Caller[] = ['ADMIN', 'OFFICE', 'LEADERSHIP'];
/** Stops on a component above its maximum, after the role check. */
const INDEX_RESULT = { year: 2030, index: 'SIPAS', totalScore: 1, components: [{ name: 'X', score: 2, maxScore: 1 }] };

/**
 * THE authorization matrix: every query and mutation, who may call it. Allowed calls use arguments
 * that pass the permission check and then stop on a harmless domain error (an unknown id), so the
 * matrix changes no data; the other test files cover what the allowed calls do.
 */
const MATRIX: Record<string, { allowed: Caller[]; doc: string; variables?: Record<string, unknown> }> = {
  me: { allowed: CALLERS, doc: '{ me { id } }' },
  signIn: {
    allowed: CALLERS,
    doc: 'mutation ($i: SignInInput!) { signIn(input: $i) { id } }',
    variables: { i: { username: 'khong-co-ai', password: 'sai-mat-khau-1' } },
  },
  signOut: { allowed: CALLERS, doc: 'mutation { signOut }' },
  changePassword: {
    allowed: SIGNED_IN,
    doc: 'mutation ($i: ChangePasswordInput!) { changePassword(input: $i) }',
    variables: { i: { currentPassword: 'sai-mat-khau-1', newPassword: 'MatKhauMoi2026' } },
  },
  units: { allowed: SIGNED_IN, doc: '{ units { id } }' },
  // Each person's own inbox, choices and push subscriptions: every signed-in user, only their own.
  myNotifications: { allowed: SIGNED_IN, doc: '{ myNotifications(first: 1) { total } }' },
  unreadNotificationCount: { allowed: SIGNED_IN, doc: '{ unreadNotificationCount }' },
  notificationSettings: { allowed: SIGNED_IN, doc: '{ notificationSettings { kinds } }' },
  pushPublicKey: { allowed: SIGNED_IN, doc: '{ pushPublicKey }' },
  markNotificationRead: { allowed: SIGNED_IN, doc: `mutation { markNotificationRead(id: "${NOBODY}") { id } }` },
  markAllNotificationsRead: { allowed: SIGNED_IN, doc: 'mutation { markAllNotificationsRead }' },
  saveNotificationSettings: {
    allowed: SIGNED_IN,
    // Stops on e-mail chosen without an address, after the sign-in check.
    doc: 'mutation ($i: SaveNotificationSettingsInput!) { saveNotificationSettings(input: $i) { kinds } }',
    variables: { i: { kinds: [], channels: ['EMAIL'] } },
  },
  savePushSubscription: {
    allowed: SIGNED_IN,
    // Stops on an endpoint that is no address.
    doc: 'mutation ($i: SavePushSubscriptionInput!) { savePushSubscription(input: $i) }',
    variables: { i: { endpoint: 'khong-phai-dia-chi', p256dh: 'x', auth: 'x' } },
  },
  removePushSubscription: {
    allowed: SIGNED_IN,
    doc: 'mutation { removePushSubscription(endpoint: "https://push.invalid/none") }',
  },
  unit: { allowed: SIGNED_IN, doc: `{ unit(id: "${NOBODY}") { id } }` },
  correctUnitDetails: {
    allowed: ['ADMIN', 'OFFICE'],
    doc: 'mutation ($i: CorrectUnitDetailsInput!) { correctUnitDetails(input: $i) { id } }',
    variables: { i: { id: NOBODY, version: 1, address: 'Địa chỉ thử' } },
  },
  previewUnitChange: {
    allowed: ['ADMIN', 'OFFICE'],
    doc: 'query ($i: RecordUnitChangeInput!) { previewUnitChange(input: $i) { planLines } }',
    variables: {
      i: {
        kind: 'DISSOLVE',
        effectiveOn: '2026-01-05',
        basisNumber: '1/QĐ-UBND',
        basisDate: '2026-01-01',
        unitId: NOBODY,
      },
    },
  },
  recordUnitChange: {
    allowed: ['ADMIN', 'OFFICE'],
    doc: 'mutation ($i: RecordUnitChangeInput!) { recordUnitChange(input: $i) { id } }',
    variables: {
      i: {
        kind: 'DISSOLVE',
        effectiveOn: '2026-01-05',
        basisNumber: '1/QĐ-UBND',
        basisDate: '2026-01-01',
        unitId: NOBODY,
      },
    },
  },
  issuingAgencyIdentities: { allowed: ['ADMIN', 'OFFICE', 'LEADERSHIP'], doc: '{ issuingAgencyIdentities { id } }' },
  addIssuingAgencyIdentity: {
    allowed: ['ADMIN', 'OFFICE'],
    // Stops on the empty name, after the role check.
    doc: 'mutation ($i: AddIssuingAgencyIdentityInput!) { addIssuingAgencyIdentity(input: $i) { id } }',
    variables: { i: { validFrom: '2030-01-01', name: ' ', abbreviation: 'AUTHZ', place: 'X', legalBasis: 'X' } },
  },
  users: { allowed: ['ADMIN'], doc: '{ users { id } }' },
  userPage: { allowed: ['ADMIN'], doc: '{ userPage(filter: { q: "a" }, first: 5) { total items { id } } }' },
  updateUser: {
    allowed: ['ADMIN'],
    doc: 'mutation ($i: UpdateUserInput!) { updateUser(input: $i) { id } }',
    variables: { i: { userId: NOBODY, fullName: 'Thử quyền', role: 'INSPECTOR' } },
  },
  inspectors: { allowed: ['ADMIN', 'OFFICE', 'LEADERSHIP'], doc: '{ inspectors { id } }' },
  createUser: {
    allowed: ['ADMIN'],
    doc: 'mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }',
    variables: {
      i: {
        username: 'authz.test',
        fullName: 'Thử quyền',
        role: 'UNIT_HEAD',
        unitId: NOBODY,
        password: 'Chim sẻ đậu cành mai 47',
      },
    },
  },
  setUserActive: {
    allowed: ['ADMIN'],
    doc: 'mutation ($i: SetUserActiveInput!) { setUserActive(input: $i) { id } }',
    variables: { i: { userId: NOBODY, active: false } },
  },
  resetUserPassword: {
    allowed: ['ADMIN'],
    doc: 'mutation ($i: ResetPasswordInput!) { resetUserPassword(input: $i) { id } }',
    variables: { i: { userId: NOBODY, newPassword: 'Chim sẻ đậu cành mai 47' } },
  },
  checklistTemplates: { allowed: ['ADMIN', 'OFFICE', 'LEADERSHIP', 'INSPECTOR'], doc: '{ checklistTemplates { id } }' },
  checklistVersion: {
    allowed: ['ADMIN', 'OFFICE', 'LEADERSHIP', 'INSPECTOR'],
    doc: `{ checklistVersion(id: "${NOBODY}") { id } }`,
  },
  createChecklistTemplate: {
    allowed: ['ADMIN', 'OFFICE'],
    doc: 'mutation ($i: CreateChecklistTemplateInput!) { createChecklistTemplate(input: $i) { id } }',
    variables: { i: { code: 'KLKC', name: 'Trùng mã' } },
  },
  saveChecklistDraft: {
    allowed: ['ADMIN', 'OFFICE'],
    doc: 'mutation ($i: SaveChecklistDraftInput!) { saveChecklistDraft(input: $i) { id } }',
    variables: { i: { templateId: NOBODY, groups: [] } },
  },
  publishChecklistDraft: {
    allowed: ['ADMIN', 'OFFICE'],
    doc: `mutation { publishChecklistDraft(templateId: "${NOBODY}") { id } }`,
  },
  inspectionPlans: { allowed: ['ADMIN', 'OFFICE', 'LEADERSHIP'], doc: '{ inspectionPlans { id } }' },
  inspectionPlan: { allowed: ['ADMIN', 'OFFICE', 'LEADERSHIP'], doc: `{ inspectionPlan(id: "${NOBODY}") { id } }` },
  inspectionTeams: { allowed: ['ADMIN', 'OFFICE', 'LEADERSHIP'], doc: '{ inspectionTeams { id } }' },
  createInspectionPlan: {
    allowed: ['ADMIN', 'OFFICE'],
    doc: 'mutation ($i: CreatePlanInput!) { createInspectionPlan(input: $i) { id } }',
    variables: {
      i: { year: 2026, title: 'Thử', documentNumber: '1/KH-SNN', documentDate: '2026-01-01', templateId: NOBODY },
    },
  },
  addPlanLine: {
    allowed: ['ADMIN', 'OFFICE'],
    doc: 'mutation ($i: PlanLineInput!) { addPlanLine(input: $i) { id } }',
    variables: { i: { planId: NOBODY, unitId: NOBODY, plannedMonth: 5, teamId: NOBODY } },
  },
  updatePlanLine: {
    allowed: ['ADMIN', 'OFFICE'],
    doc: 'mutation ($i: UpdatePlanLineInput!) { updatePlanLine(input: $i) { id } }',
    variables: { i: { lineId: NOBODY, plannedMonth: 5, teamId: NOBODY } },
  },
  removePlanLine: { allowed: ['ADMIN', 'OFFICE'], doc: `mutation { removePlanLine(lineId: "${NOBODY}") }` },
  saveInspectionTeam: {
    allowed: ['ADMIN', 'OFFICE'],
    doc: 'mutation ($i: SaveTeamInput!) { saveInspectionTeam(input: $i) { id } }',
    variables: {
      i: {
        year: 2026,
        name: 'Đoàn thử',
        decisionNumber: '1/QĐ-SNN',
        decisionDate: '2026-01-01',
        members: [{ userId: NOBODY, role: 'LEAD' }],
      },
    },
  },
  myVisits: { allowed: ['INSPECTOR'], doc: '{ myVisits { id } }' },
  visits: { allowed: ['ADMIN', 'OFFICE', 'LEADERSHIP'], doc: '{ visits { id } }' },
  visitPage: { allowed: ['ADMIN', 'OFFICE', 'LEADERSHIP'], doc: '{ visitPage(first: 5) { total items { id } } }' },
  visit: { allowed: SIGNED_IN, doc: `{ visit(id: "${NOBODY}") { id } }` },
  auditTrail: {
    allowed: ['ADMIN', 'OFFICE', 'LEADERSHIP', 'UNIT_HEAD'],
    doc: `{ auditTrail(entityId: "${NOBODY}") { id } }`,
  },
  auditTrailPage: {
    allowed: ['ADMIN', 'OFFICE', 'LEADERSHIP'],
    doc: '{ auditTrailPage(first: 5) { total items { id } } }',
  },
  startVisit: fieldWrite('startVisit', 'StartVisitInput', {}),
  answerItem: fieldWrite('answerItem', 'AnswerItemInput', { itemId: NOBODY, passFail: 'PASS' }),
  setVisitAttendees: fieldWrite('setVisitAttendees', 'SetAttendeesInput', { attendees: [] }),
  setVisitConclusion: fieldWrite('setVisitConclusion', 'SetConclusionInput', { conclusion: 'Kết luận' }),
  setVisitUnitComments: fieldWrite('setVisitUnitComments', 'SetUnitCommentsInput', { unitComments: 'Ý kiến' }),
  attachVisitFile: fieldWrite('attachVisitFile', 'AttachFileInput', {
    attachmentId: NOBODY,
    kind: 'PHOTO',
    fileId: NOBODY,
  }),
  removeVisitAttachment: fieldWrite('removeVisitAttachment', 'RemoveAttachmentInput', { attachmentId: NOBODY }),
  saveFinding: fieldWrite('saveFinding', 'SaveFindingInput', {
    findingId: NOBODY,
    severity: 'LOW',
    description: 'Mô tả',
  }),
  deleteFinding: fieldWrite('deleteFinding', 'DeleteFindingInput', { findingId: NOBODY }),
  submitVisit: fieldWrite('submitVisit', 'SubmitVisitInput', {}),
  returnVisit: {
    allowed: ['ADMIN', 'OFFICE'],
    doc: 'mutation ($i: ReturnVisitInput!) { returnVisit(input: $i) { id } }',
    variables: { i: { visitId: NOBODY, comment: 'Bổ sung' } },
  },
  approveVisit: { allowed: ['ADMIN', 'OFFICE'], doc: `mutation { approveVisit(visitId: "${NOBODY}") { id } }` },
  replyToReviewComment: fieldWrite('replyToReviewComment', 'ReplyToReviewCommentInput', {
    replyId: NOBODY,
    commentId: NOBODY,
    text: 'Đã bổ sung.',
  }),
  reviseVisit: {
    allowed: ['ADMIN', 'OFFICE'],
    doc: 'mutation ($i: ReviseVisitInput!) { reviseVisit(input: $i) { id } }',
    variables: { i: { visitId: NOBODY, reason: 'Sửa lỗi đánh máy' } },
  },
  syncBatch: {
    allowed: ['INSPECTOR'],
    doc: 'mutation ($i: SyncBatchInput!) { syncBatch(input: $i) { outcomes { status } } }',
    variables: { i: { deviceId: NOBODY, operations: [] } },
  },
  syncDevices: { allowed: ['ADMIN', 'OFFICE', 'LEADERSHIP'], doc: '{ syncDevices { id } }' },
  // Whoever is signed in on a shared phone reports what it holds for everyone on it (nothing here).
  reportPhoneHoldings: {
    allowed: SIGNED_IN,
    doc: 'mutation ($i: PhoneHoldingsInput!) { reportPhoneHoldings(input: $i) }',
    variables: { i: { holdings: [] } },
  },
  findings: { allowed: SIGNED_IN, doc: '{ findings { id } }' },
  findingPage: { allowed: SIGNED_IN, doc: '{ findingPage(first: 5) { total items { id } } }' },
  findingCounts: { allowed: SIGNED_IN, doc: '{ findingCounts { open } }' },
  homeCounts: { allowed: SIGNED_IN, doc: '{ homeCounts { findingsOpen visitsSubmitted } }' },
  finding: { allowed: SIGNED_IN, doc: `{ finding(id: "${NOBODY}") { id } }` },
  myUnitVisits: { allowed: ['UNIT_HEAD'], doc: '{ myUnitVisits { id } }' },
  issueConclusionNotice: {
    allowed: ['ADMIN', 'OFFICE'],
    doc: 'mutation ($i: IssueConclusionNoticeInput!) { issueConclusionNotice(input: $i) { id } }',
    variables: {
      i: { visitId: NOBODY, number: '1/TB-SNN', issuedOn: '2026-01-05', strengths: 'x', signerName: 'x' },
    },
  },
  acknowledgeConclusionNotice: {
    allowed: ['UNIT_HEAD'],
    doc: `mutation { acknowledgeConclusionNotice(visitId: "${NOBODY}") { id } }`,
  },
  reportRemediation: {
    allowed: ['UNIT_HEAD'],
    doc: 'mutation ($i: ReportRemediationInput!) { reportRemediation(input: $i) { id } }',
    variables: { i: { operationId: NOBODY, findingId: NOBODY, text: 'Đã khắc phục' } },
  },
  closeFinding: {
    allowed: ['ADMIN', 'OFFICE'],
    doc: 'mutation ($i: CloseFindingInput!) { closeFinding(input: $i) { id } }',
    variables: { i: { findingId: NOBODY } },
  },
  reopenFinding: {
    allowed: ['ADMIN', 'OFFICE'],
    doc: 'mutation ($i: ReopenFindingInput!) { reopenFinding(input: $i) { id } }',
    variables: { i: { findingId: NOBODY, reason: 'Chưa khắc phục' } },
  },
  rejectRemediation: {
    allowed: ['ADMIN', 'OFFICE'],
    doc: 'mutation ($i: RejectRemediationInput!) { rejectRemediation(input: $i) { id } }',
    variables: { i: { findingId: NOBODY, reason: 'Ảnh chưa rõ' } },
  },
  closeFindingWithoutReport: {
    allowed: ['ADMIN', 'OFFICE'],
    doc: 'mutation ($i: CloseWithoutReportInput!) { closeFindingWithoutReport(input: $i) { id } }',
    variables: { i: { findingId: NOBODY, reason: 'Không còn đối tượng' } },
  },
  extendFindingDeadline: {
    allowed: ['ADMIN', 'OFFICE'],
    doc: 'mutation ($i: ExtendDeadlineInput!) { extendFindingDeadline(input: $i) { id } }',
    variables: { i: { findingId: NOBODY, newDeadline: '2099-12-31', reason: 'Xin thêm thời gian' } },
  },
  directiveDocuments: { allowed: REGISTER_READERS, doc: '{ directiveDocuments(year: 2021) { id } }' },
  directiveDocumentPage: {
    allowed: REGISTER_READERS,
    doc: '{ directiveDocumentPage(year: 2021, search: "ke hoach", first: 5) { total items { id } } }',
  },
  createDirectiveDocument: {
    allowed: REGISTER_EDITORS,
    doc: 'mutation ($i: DirectiveDocumentInput!) { createDirectiveDocument(input: $i) { id } }',
    variables: { i: { ...DOCUMENT, issuingUnitId: NOBODY } },
  },
  updateDirectiveDocument: {
    allowed: REGISTER_EDITORS,
    doc: 'mutation ($i: UpdateDirectiveDocumentInput!) { updateDirectiveDocument(input: $i) { id } }',
    variables: { i: { ...DOCUMENT, id: NOBODY, issuingUnitId: NOBODY } },
  },
  deleteDirectiveDocument: {
    allowed: REGISTER_EDITORS,
    doc: `mutation { deleteDirectiveDocument(id: "${NOBODY}") }`,
  },
  administrativeProcedures: { allowed: REGISTER_READERS, doc: '{ administrativeProcedures(year: 2021) { id } }' },
  procedurePage: {
    allowed: REGISTER_READERS,
    doc: '{ procedurePage(year: 2021, search: "ho tich", first: 5) { total items { id } } }',
  },
  tthcFigures: { allowed: REGISTER_READERS, doc: '{ tthcFigures(year: 2021) { total } }' },
  createAdministrativeProcedure: {
    allowed: REGISTER_EDITORS,
    doc: 'mutation ($i: AdministrativeProcedureInput!) { createAdministrativeProcedure(input: $i) { id } }',
    variables: { i: PROCEDURE },
  },
  updateAdministrativeProcedure: {
    allowed: REGISTER_EDITORS,
    doc: 'mutation ($i: UpdateAdministrativeProcedureInput!) { updateAdministrativeProcedure(input: $i) { id } }',
    variables: { i: { ...PROCEDURE, id: NOBODY } },
  },
  deleteAdministrativeProcedure: {
    allowed: REGISTER_EDITORS,
    doc: `mutation { deleteAdministrativeProcedure(id: "${NOBODY}") }`,
  },
  indexResults: { allowed: REGISTER_READERS, doc: '{ indexResults { id } }' },
  rollup: { allowed: REGISTER_READERS, doc: '{ rollup(year: 2021) { year } }' },
  rollupRecords: {
    allowed: REGISTER_READERS,
    doc: '{ rollupRecords(year: 2021, figure: UNITS_NOT_INSPECTED) { id } }',
  },
  createIndexResult: {
    allowed: REGISTER_EDITORS,
    doc: 'mutation ($i: IndexResultInput!) { createIndexResult(input: $i) { id } }',
    variables: { i: INDEX_RESULT },
  },
  updateIndexResult: {
    allowed: REGISTER_EDITORS,
    doc: 'mutation ($i: UpdateIndexResultInput!) { updateIndexResult(input: $i) { id } }',
    variables: { i: { ...INDEX_RESULT, id: NOBODY } },
  },
  deleteIndexResult: { allowed: REGISTER_EDITORS, doc: `mutation { deleteIndexResult(id: "${NOBODY}") }` },
  annualReportDraft: { allowed: REGISTER_READERS, doc: '{ annualReportDraft(year: 2030) { id } }' },
  annualReportPreview: { allowed: REGISTER_READERS, doc: '{ annualReportPreview(year: 2021) }' },
  saveAnnualReportDraft: {
    allowed: REGISTER_EDITORS,
    doc: 'mutation ($i: SaveAnnualReportDraftInput!) { saveAnnualReportDraft(input: $i) { id } }',
    // A version for a year with no draft: a conflict, after the role check
    variables: { i: { year: 2030, strengths: 'Thử', weaknesses: 'Thử', directions: 'Thử', version: 99 } },
  },
  startAnnualReportDraftFromYear: {
    allowed: REGISTER_EDITORS,
    doc: 'mutation { startAnnualReportDraftFromYear(year: 2030, fromYear: 2029) { id } }',
  },
  issueAnnualReport: {
    allowed: REGISTER_EDITORS,
    doc: 'mutation { issueAnnualReport(year: 2030, number: 1, date: "2030-12-01") { id } }',
  },
  // The PAR INDEX self-assessment (issue 17): the office keeps it, leadership reads and approves it.
  criteriaSets: { allowed: ASSESSMENT_READERS, doc: '{ criteriaSets(year: 2025) { id } }' },
  criteriaSet: { allowed: ASSESSMENT_READERS, doc: `{ criteriaSet(id: "${NOBODY}") { id } }` },
  selfAssessments: { allowed: ASSESSMENT_READERS, doc: '{ selfAssessments { id } }' },
  selfAssessment: { allowed: ASSESSMENT_READERS, doc: '{ selfAssessment(year: 2030) { id } }' },
  // A year without a criteria set: refused after the role check.
  startSelfAssessment: {
    allowed: ASSESSMENT_EDITORS,
    doc: 'mutation ($i: StartSelfAssessmentInput!) { startSelfAssessment(input: $i) { id } }',
    variables: { i: { year: 2030 } },
  },
  scoreCriterion: {
    allowed: ASSESSMENT_EDITORS,
    doc: 'mutation ($i: ScoreCriterionInput!) { scoreCriterion(input: $i) { id } }',
    variables: { i: { assessmentId: NOBODY, criterionId: NOBODY, points: 1 } },
  },
  acceptSuggestion: {
    allowed: ASSESSMENT_EDITORS,
    doc: `mutation { acceptSuggestion(assessmentId: "${NOBODY}", criterionId: "${NOBODY}") { id } }`,
  },
  addAssessmentEvidence: {
    allowed: ASSESSMENT_EDITORS,
    doc: 'mutation ($i: AddAssessmentEvidenceInput!) { addAssessmentEvidence(input: $i) { id } }',
    variables: { i: { assessmentId: NOBODY, criterionId: NOBODY, fileId: NOBODY } },
  },
  removeAssessmentEvidence: {
    allowed: ASSESSMENT_EDITORS,
    doc: `mutation { removeAssessmentEvidence(id: "${NOBODY}") }`,
  },
  submitSelfAssessment: {
    allowed: ASSESSMENT_EDITORS,
    doc: `mutation { submitSelfAssessment(id: "${NOBODY}") { id } }`,
  },
  approveSelfAssessment: {
    allowed: ['LEADERSHIP'],
    doc: `mutation { approveSelfAssessment(id: "${NOBODY}") { id } }`,
  },
  returnSelfAssessment: {
    allowed: ['LEADERSHIP'],
    doc: 'mutation ($i: ReturnSelfAssessmentInput!) { returnSelfAssessment(input: $i) { id } }',
    variables: { i: { id: NOBODY, comment: 'Thử quyền' } },
  },
  startSelfAssessmentAppraisal: {
    allowed: ASSESSMENT_EDITORS,
    doc: `mutation { startSelfAssessmentAppraisal(id: "${NOBODY}") { id } }`,
  },
  enterAppraisalScore: {
    allowed: ASSESSMENT_EDITORS,
    doc: 'mutation ($i: AppraisalScoreInput!) { enterAppraisalScore(input: $i) { id } }',
    variables: { i: { assessmentId: NOBODY, criterionId: NOBODY, round: 'FIRST', points: 1 } },
  },
  finaliseSelfAssessment: {
    allowed: ASSESSMENT_EDITORS,
    doc: `mutation { finaliseSelfAssessment(id: "${NOBODY}") { id } }`,
  },
  // Its outputs: whoever reads it builds and follows the evidence pack (a year without an assessment
  // stops the build after the role check).
  startEvidencePack: { allowed: ASSESSMENT_READERS, doc: 'mutation { startEvidencePack(year: 2030) { id } }' },
  evidencePack: { allowed: ASSESSMENT_READERS, doc: `{ evidencePack(id: "${NOBODY}") { id } }` },
  evidencePacks: { allowed: ASSESSMENT_READERS, doc: '{ evidencePacks(year: 2025) { id } }' },
  // The records the evidence picker lists: for those who cite them; a year without records answers [].
  citableRecords: { allowed: ASSESSMENT_EDITORS, doc: '{ citableRecords(year: 2030, kind: PLAN) { id } }' },
};

/**
 * The plain HTTP routes of operations the schema does not list (the restructure import, issue 16; the
 * self-assessment's sheets, issue 17): who may call them, the same capability as recordUnitChange
 * (UNIT_MANAGE) and scoreCriterion (SELF_ASSESSMENT_EDIT). The bodies are not a workbook,
 * so an allowed call stops on the file after the role check and changes nothing.
 */
const UNIT_MANAGERS: Caller[] = ['ADMIN', 'OFFICE'];
const ROUTE_MATRIX: Record<string, { allowed: Caller[]; method: 'GET' | 'POST'; answers?: number[] }> = {
  '/api/unit-changes/template.xlsx': { allowed: UNIT_MANAGERS, method: 'GET' },
  '/api/unit-changes/import-preview': { allowed: UNIT_MANAGERS, method: 'POST' },
  '/api/unit-changes/import': { allowed: UNIT_MANAGERS, method: 'POST' },
  // The self-assessment's sheets (SELF_ASSESSMENT_EDIT): an import without the set's details stops on
  // them; the demo's 2025 assessment is a draft, so its appraisal import stops on the file and the status.
  '/api/criteria-sets/template.xlsx': { allowed: ASSESSMENT_EDITORS, method: 'GET' },
  '/api/criteria-sets/2025/import-preview': { allowed: ASSESSMENT_EDITORS, method: 'POST' },
  '/api/criteria-sets/2025/import': { allowed: ASSESSMENT_EDITORS, method: 'POST' },
  '/api/self-assessments/2025/appraisal-template.xlsx': { allowed: ASSESSMENT_EDITORS, method: 'GET' },
  '/api/self-assessments/2025/appraisal-import-preview': { allowed: ASSESSMENT_EDITORS, method: 'POST' },
  '/api/self-assessments/2025/appraisal-import': { allowed: ASSESSMENT_EDITORS, method: 'POST' },
  // Its outputs (SELF_ASSESSMENT_READ): the scoring table of the demo's 2025 assessment; a pack that is
  // not there answers 404 after the role check.
  '/api/self-assessments/2025/scoring-table.xlsx': { allowed: ASSESSMENT_READERS, method: 'GET' },
  '/api/self-assessments/2025/scoring-table.docx': { allowed: ASSESSMENT_READERS, method: 'GET' },
  [`/api/evidence-packs/${NOBODY}.zip`]: { allowed: ASSESSMENT_READERS, method: 'GET', answers: [404] },
};

let t: TestApp;
const callers = new Map<Caller, GraphQLCaller>();

beforeAll(async () => {
  t = await startTestApp();
  callers.set('anonymous', t.caller());
  // One caller per role: the first demo account of it (kiemtra, not kiemtra2, for inspectors).
  for (const account of DEMO_ACCOUNTS) {
    if (callers.has(account.role)) continue;
    callers.set(account.role, await new GraphQLCaller(t.url).signIn(account.username, DEMO_PASSWORD));
  }
});
afterAll(() => t?.close());

describe('authorization matrix', () => {
  it('covers every query and mutation of the schema', async () => {
    const schema = await buildAppSchema();
    const operations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ].sort();
    expect(Object.keys(MATRIX).sort()).toEqual(operations);
  });

  const rows = Object.entries(MATRIX).flatMap(([operation, entry]) =>
    CALLERS.map((caller) => [operation, caller, entry.allowed.includes(caller)] as const),
  );

  it.each(rows)('%s as %s → allowed: %s', async (operation, caller, allowed) => {
    const entry = MATRIX[operation];
    if (!entry) throw new Error(operation);
    // signOut would end the shared session: use a throwaway one for it
    const who =
      operation === 'signOut' && caller !== 'anonymous'
        ? await new GraphQLCaller(t.url).signIn(
            DEMO_ACCOUNTS.find((a) => a.role === caller)?.username ?? '',
            DEMO_PASSWORD,
          )
        : callers.get(caller);
    const res = await who?.request(entry.doc, entry.variables ?? {});
    const code = res?.errors?.[0]?.extensions?.code ?? null;
    if (allowed) {
      expect(code).not.toBe('UNAUTHENTICATED');
      expect(code).not.toBe('FORBIDDEN');
      expect(code).not.toBe('INTERNAL_SERVER_ERROR');
    } else {
      expect(code).toBe(caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      expect((res?.data as Record<string, unknown> | null)?.[operation] ?? null).toBeNull();
    }
  });

  const routeRows = Object.entries(ROUTE_MATRIX).flatMap(([route, entry]) =>
    CALLERS.map((caller) => [route, caller, entry.allowed.includes(caller)] as const),
  );

  it.each(routeRows)('%s as %s → allowed: %s', async (route, caller, allowed) => {
    const entry = ROUTE_MATRIX[route];
    if (!entry) throw new Error(route);
    const cookie = callers.get(caller)?.cookie;
    const res = await fetch(`${t.url}${route}`, {
      method: entry.method,
      headers: { ...(cookie ? { cookie } : {}), 'content-type': 'application/octet-stream' },
      body: entry.method === 'POST' ? new Uint8Array(Buffer.from('không phải tệp Excel')) : undefined,
    });
    if (allowed) expect(entry.answers ?? [200, 400]).toContain(res.status);
    else expect(res.status).toBe(caller === 'anonymous' ? 401 : 403);
  });

  // The demo's own 2025 changes are in unit_change; the matrix's change is the one on basis 1/QĐ-UBND. The
  // demo's 2025 self-assessment cites its own evidence (DEMO_EVIDENCE_2025).
  it('refused calls changed nothing', async () => {
    const rows = await t.sql<{ n: string }>(
      `select (select count(*) from unit where code = 'AUTHZ') + (select count(*) from app_user where username = 'authz.test')
        + (select count(*) from directive_document where number = '9999/SNN-VP')
        + (select count(*) from administrative_procedure where code = 'AUTHZ')
        + (select count(*) from index_result where year = 2030)
        + (select count(*) from annual_report_draft where year = 2030)
        + (select count(*) from issuing_agency_identity where abbreviation = 'AUTHZ')
        + (select count(*) from unit_change where basis_number = '1/QĐ-UBND')
        + (select count(*) from conclusion_notice)
        + (select count(*) from self_assessment where year <> 2025) + (select count(*) from criteria_set where revision > 1)
        + (select count(*) from assessment_evidence)
        + (select count(*) from notification_preference) + (select count(*) from push_subscription) as n`,
    );
    expect(Number(rows[0]?.n)).toBe(DEMO_EVIDENCE_2025.length);
  });
});

/**
 * Scope within a role: the same operation, allowed for the role, on records the caller may and may not
 * touch. Ids are real (guessed ids are what IDOR is about), and the refusal says "not found" so that it
 * does not even confirm the record exists.
 */
describe('authorization scope (own / other)', () => {
  const VISIT = 'query ($id: ID!) { visit(id: $id) { id } }';
  const ANSWER = 'mutation ($i: AnswerItemInput!) { answerItem(input: $i) { id } }';
  const FINDING = 'query ($id: ID!) { finding(id: $id) { id } }';
  const visitOf = async (year: number, unit: string) => {
    const rows = await t.sql<{ id: string }>(
      `select v.id from visit v join unit u on u.id = v.unit_id join plan_line l on l.id = v.plan_line_id
        join inspection_plan p on p.id = l.plan_id where p.year = ? and u.code = ?`,
      [year, unit],
    );
    return rows[0]?.id ?? '';
  };
  const findingOf = async (unit: string) => {
    const rows = await t.sql<{ id: string }>(
      'select f.id from finding f join unit u on u.id = f.responsible_unit_id where u.code = ? limit 1',
      [unit],
    );
    return rows[0]?.id ?? '';
  };
  const caller = (role: Caller) => {
    const c = callers.get(role);
    if (!c) throw new Error(role);
    return c;
  };

  it("an inspector reads and answers only their team's visits", async () => {
    const ours = await visitOf(DEMO_YEAR, 'HKL-CL');
    const kiemtra2 = await new GraphQLCaller(t.url).signIn('kiemtra2', DEMO_PASSWORD);
    expect((await caller('INSPECTOR').request(VISIT, { id: ours })).errors).toBeUndefined();
    expect((await kiemtra2.request(VISIT, { id: ours })).errors?.[0]?.extensions?.code).toBe('VISIT_NOT_FOUND');
    const answer = await kiemtra2.request(ANSWER, {
      i: { operationId: crypto.randomUUID(), visitId: ours, itemId: NOBODY, passFail: 'PASS' },
    });
    expect(answer.errors?.[0]?.extensions?.code).toBe('VISIT_NOT_FOUND');
  });

  it("a unit head reads only their own unit's approved visits and findings", async () => {
    const head = caller('UNIT_HEAD');
    expect((await head.request(VISIT, { id: await visitOf(2021, 'HKL-CL') })).errors).toBeUndefined();
    expect((await head.request(VISIT, { id: await visitOf(2021, 'TTKN') })).errors?.[0]?.extensions?.code).toBe(
      'VISIT_NOT_FOUND',
    );
    expect((await head.request(VISIT, { id: await visitOf(DEMO_YEAR, 'HKL-CL') })).errors?.[0]?.extensions?.code).toBe(
      'VISIT_NOT_FOUND',
    );
    expect((await head.request(FINDING, { id: await findingOf('TTKN') })).errors?.[0]?.extensions?.code).toBe(
      'FINDING_NOT_FOUND',
    );
    // Their list: the findings their unit answers for today. The demo head's station took over HKL-TP
    // on 01/07/2025 with its open finding, which it follows now; nothing of another unit.
    const mine = await head.request<{ findings: { id: string }[] }>('{ findings { id } }');
    const answersFor = await t.sql<{ id: string }>(
      `select f.id from finding f join app_user u on u.username = 'thutruong'
        where coalesce(f.followed_by_unit_id, f.responsible_unit_id) = u.unit_id order by f.id`,
    );
    expect(answersFor.length).toBeGreaterThan(0);
    expect(mine.data?.findings.map((f) => f.id).sort()).toEqual(answersFor.map((f) => f.id));
    expect(mine.data?.findings.map((f) => f.id)).not.toContain(await findingOf('TTKN'));
    // The paged list keeps the same scope, and its total counts only that.
    const page = await head.request<{ findingPage: { total: number; items: { id: string }[] } }>(
      '{ findingPage(first: 500) { total items { id } } }',
    );
    expect(page.data?.findingPage.total).toBe(answersFor.length);
    expect(page.data?.findingPage.items.map((f) => f.id).sort()).toEqual(answersFor.map((f) => f.id));
    const history = await head.request('query ($id: ID!) { auditTrail(entityId: $id) { id } }', {
      id: await findingOf('TTKN'),
    });
    expect(history.errors?.[0]?.extensions?.code).toBe('FINDING_NOT_FOUND');
    const visitHistory = await head.request('query ($id: ID!) { auditTrail(entityId: $id) { id } }', {
      id: await visitOf(2021, 'HKL-CL'),
    });
    expect(visitHistory.errors?.[0]?.extensions?.code).toBe('FINDING_NOT_FOUND');
  });

  it('leadership and office staff read any visit and finding', async () => {
    for (const role of ['LEADERSHIP', 'OFFICE', 'ADMIN'] as const) {
      expect((await caller(role).request(VISIT, { id: await visitOf(2021, 'TTKN') })).errors).toBeUndefined();
      expect((await caller(role).request(FINDING, { id: await findingOf('TTKN') })).errors).toBeUndefined();
    }
  });
});

/**
 * What the client is told it may do (`me { can }`), per role: the permissions table the server enforces
 * above, so the UI offers exactly what the matrix allows. Anonymous callers have no `me`.
 */
describe('me { can }', () => {
  const CAN: Record<Exclude<Caller, 'anonymous'>, string[]> = {
    ADMIN: [
      'UNIT_MANAGE',
      'AGENCY_READ',
      'AGENCY_MANAGE',
      'USER_MANAGE',
      'PLAN_READ',
      'PLAN_MANAGE',
      'CHECKLIST_READ',
      'CHECKLIST_MANAGE',
      'VISIT_READ_ALL',
      'VISIT_REVIEW',
      'FINDING_FOLLOW',
      'FINDING_REVIEW',
      'NOTICE_ISSUE',
      'FILE_UPLOAD',
      'REPORT_READ',
      'REPORT_EDIT',
      'REGISTER_READ',
      'REGISTER_MANAGE',
      'ROLLUP_READ',
      'DEVICE_READ',
      'SELF_ASSESSMENT_READ',
      'SELF_ASSESSMENT_EDIT',
      'AUDIT_READ',
      'AUDIT_READ_ALL',
    ],
    OFFICE: [
      'UNIT_MANAGE',
      'AGENCY_READ',
      'AGENCY_MANAGE',
      'PLAN_READ',
      'PLAN_MANAGE',
      'CHECKLIST_READ',
      'CHECKLIST_MANAGE',
      'VISIT_READ_ALL',
      'VISIT_REVIEW',
      'FINDING_FOLLOW',
      'FINDING_REVIEW',
      'NOTICE_ISSUE',
      'FILE_UPLOAD',
      'REPORT_READ',
      'REPORT_EDIT',
      'REGISTER_READ',
      'REGISTER_MANAGE',
      'ROLLUP_READ',
      'DEVICE_READ',
      'SELF_ASSESSMENT_READ',
      'SELF_ASSESSMENT_EDIT',
      'AUDIT_READ',
      'AUDIT_READ_ALL',
    ],
    LEADERSHIP: [
      'AGENCY_READ',
      'PLAN_READ',
      'CHECKLIST_READ',
      'VISIT_READ_ALL',
      'FINDING_FOLLOW',
      'REPORT_READ',
      'REGISTER_READ',
      'ROLLUP_READ',
      'DEVICE_READ',
      'SELF_ASSESSMENT_READ',
      'SELF_ASSESSMENT_APPROVE',
      'AUDIT_READ',
      'AUDIT_READ_ALL',
    ],
    INSPECTOR: ['CHECKLIST_READ', 'VISIT_CONDUCT', 'VISIT_READ_TEAM', 'FILE_UPLOAD'],
    UNIT_HEAD: [
      'VISIT_READ_UNIT',
      'FINDING_FOLLOW',
      'FINDING_REMEDIATE',
      'NOTICE_ACKNOWLEDGE',
      'FILE_UPLOAD',
      'AUDIT_READ',
    ],
  };

  it.each(Object.entries(CAN))('%s', async (role, expected) => {
    const who = callers.get(role as Caller);
    if (!who) throw new Error(role);
    const res = await who.request<{ me: { role: string; can: string[] } }>('{ me { role can } }');
    expect(res.errors).toBeUndefined();
    expect(res.data?.me.role).toBe(role);
    expect(res.data?.me.can).toEqual(expected);
  });

  it('the capabilities name the operations the matrix allows', () => {
    // A role that may review visits may call approveVisit, and so on: the two tables agree.
    const pairs: [string, string][] = [
      ['VISIT_REVIEW', 'approveVisit'],
      ['VISIT_CONDUCT', 'syncBatch'],
      ['USER_MANAGE', 'createUser'],
      ['FINDING_REMEDIATE', 'reportRemediation'],
      ['NOTICE_ACKNOWLEDGE', 'acknowledgeConclusionNotice'],
      ['NOTICE_ISSUE', 'issueConclusionNotice'],
      ['FINDING_REVIEW', 'closeFinding'],
      ['DEVICE_READ', 'syncDevices'],
      ['AUDIT_READ', 'auditTrail'],
      ['REPORT_EDIT', 'issueAnnualReport'],
      ['REGISTER_MANAGE', 'createDirectiveDocument'],
      ['PLAN_MANAGE', 'createInspectionPlan'],
      ['PLAN_READ', 'inspectionPlans'],
      ['CHECKLIST_MANAGE', 'publishChecklistDraft'],
      ['UNIT_MANAGE', 'recordUnitChange'],
      ['UNIT_MANAGE', 'correctUnitDetails'],
      ['AGENCY_READ', 'issuingAgencyIdentities'],
      ['AGENCY_MANAGE', 'addIssuingAgencyIdentity'],
      ['SELF_ASSESSMENT_READ', 'selfAssessment'],
      ['SELF_ASSESSMENT_EDIT', 'scoreCriterion'],
      ['SELF_ASSESSMENT_APPROVE', 'approveSelfAssessment'],
    ];
    for (const [capability, operation] of pairs) {
      const allowed = MATRIX[operation]?.allowed;
      expect(allowed, operation).toBeDefined();
      const holders = Object.entries(CAN)
        .filter(([, can]) => can.includes(capability))
        .map(([role]) => role);
      expect([...(allowed ?? [])].sort(), `${capability} / ${operation}`).toEqual(holders.sort());
    }
  });
});
