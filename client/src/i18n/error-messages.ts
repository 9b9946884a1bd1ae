import type { ErrorCode } from '../apollo/generated/schema-types';
import { hasMessage, type Language, translate } from './messages';
import type { MessageKey } from './vi';

/**
 * The message of each code the API answers with (the schema's enum ErrorCode), as a key of the i18n
 * dictionaries (`error.*` in vi.ts and en.ts). A new code on the server is a type error here until it
 * has its key.
 */
export const ERROR_MESSAGE_KEYS = {
  // The request itself: most only an outdated or faulty app meets, and they share one message.
  GRAPHQL_PARSE_FAILED: 'error.requestInvalid',
  GRAPHQL_VALIDATION_FAILED: 'error.requestInvalid',
  BAD_USER_INPUT: 'error.badUserInput',
  BAD_REQUEST: 'error.requestInvalid',
  BAD_REQUEST_BODY: 'error.badRequestBody',
  OPERATION_RESOLUTION_FAILURE: 'error.requestInvalid',
  PERSISTED_QUERY_NOT_FOUND: 'error.requestInvalid',
  PERSISTED_QUERY_NOT_SUPPORTED: 'error.requestInvalid',
  QUERY_TOO_DEEP: 'error.requestInvalid',
  QUERY_TOO_MANY_ALIASES: 'error.requestInvalid',
  QUERY_TOO_MANY_DIRECTIVES: 'error.requestInvalid',
  QUERY_TOO_COSTLY: 'error.queryTooCostly',
  QUERY_TOO_LONG: 'error.requestInvalid',
  BATCH_TOO_LARGE: 'error.requestInvalid',
  REQUEST_TOO_LARGE: 'error.requestTooLarge',
  UNSUPPORTED_MEDIA_TYPE: 'error.requestInvalid',
  INPUT_CONTROL_CHARACTER: 'error.inputControlCharacter',
  CROSS_SITE_REQUEST_REFUSED: 'error.requestInvalid',
  NOT_FOUND: 'error.requestInvalid',
  METHOD_NOT_ALLOWED: 'error.requestInvalid',
  INTERNAL_SERVER_ERROR: 'error.internal',
  DATABASE_UNAVAILABLE: 'error.databaseUnavailable',

  // Sessions, passwords and permissions.
  UNAUTHENTICATED: 'error.unauthenticated',
  FORBIDDEN: 'error.forbidden',
  PASSWORD_CHANGE_REQUIRED: 'error.passwordChangeRequired',
  INVALID_CREDENTIALS: 'error.invalidCredentials',
  SIGN_IN_THROTTLED: 'error.signInThrottled',
  SIGN_IN_BUSY: 'error.signInBusy',
  WRONG_CURRENT_PASSWORD: 'error.wrongCurrentPassword',
  WEAK_PASSWORD: 'error.weakPassword',

  // Users and units.
  USER_NOT_FOUND: 'error.userNotFound',
  USERNAME_TAKEN: 'error.usernameTaken',
  USER_UNIT_REQUIRED: 'error.userUnitRequired',
  USER_NAME_REQUIRED: 'error.userNameRequired',
  CANNOT_DEACTIVATE_SELF: 'error.cannotDeactivateSelf',
  UNIT_NOT_FOUND: 'error.unitNotFound',
  UNIT_PARENT_NOT_FOUND: 'error.unitParentNotFound',
  UNIT_CODE_TAKEN: 'error.unitCodeTaken',
  UNIT_CYCLE: 'error.unitCycle',
  UNIT_ROOT_LOCKED: 'error.unitRootLocked',
  UNIT_PARENT_REQUIRED: 'error.unitParentRequired',
  UNIT_PARENT_INACTIVE: 'error.unitParentInactive',
  UNIT_HAS_ACTIVE_CHILDREN: 'error.unitHasActiveChildren',
  UNIT_CHANGE_IN_FUTURE: 'error.unitChangeInFuture',
  UNIT_CHANGE_BASIS_REQUIRED: 'error.unitChangeBasisRequired',
  UNIT_CHANGE_BASIS_AFTER: 'error.unitChangeBasisAfter',
  UNIT_REHOME_UNCONFIRMED: 'error.unitRehomeUnconfirmed',
  UNIT_REHOME_CONFLICT: 'error.unitRehomeConflict',
  UNIT_NOT_IN_FORCE: 'error.unitNotInForce',
  UNIT_VERSION_OVERLAP: 'error.unitVersionOverlap',
  UNIT_MERGE_TARGET_DISSOLVED: 'error.unitMergeTargetDissolved',
  UNIT_MERGE_TARGET_RENAME_NEW: 'error.unitMergeTargetRenameNew',
  UNIT_RENAME_UNCHANGED: 'error.unitRenameUnchanged',
  UNIT_RECEIVER_SELF: 'error.unitReceiverSelf',
  UNIT_RECEIVER_NOT_FOUND: 'error.unitReceiverNotFound',
  UNIT_RECEIVER_DISSOLVED: 'error.unitReceiverDissolved',
  UNIT_RECEIVER_NOT_IN_FORCE: 'error.unitReceiverNotInForce',
  UNIT_RECEIVER_DESCENDANT: 'error.unitReceiverDescendant',
  UNIT_EVENT_INVALID: 'error.unitEventInvalid',
  UNIT_NAME_REQUIRED: 'error.unitNameRequired',
  UNIT_VERSION_CONFLICT: 'error.versionConflict',
  UNIT_NOT_ACTIVE_IN_YEAR: 'error.unitNotActiveInYear',
  UNIT_IMPORT_KIND_UNKNOWN: 'error.unitImportKindUnknown',
  UNIT_IMPORT_CELL_MISSING: 'error.unitImportCellMissing',
  UNIT_IMPORT_DATE_INVALID: 'error.unitImportDateInvalid',
  UNIT_IMPORT_ROW_INVALID: 'error.unitImportRowInvalid',
  UNIT_CODE_UNKNOWN: 'error.unitCodeUnknown',
  UNIT_IMPORT_INVALID: 'error.unitImportInvalid',
  AGENCY_NAME_REQUIRED: 'error.agencyNameRequired',
  AGENCY_ABBREVIATION_REQUIRED: 'error.agencyAbbreviationRequired',
  AGENCY_ABBREVIATION_INVALID: 'error.agencyAbbreviationInvalid',
  AGENCY_PLACE_REQUIRED: 'error.agencyPlaceRequired',
  AGENCY_LEGAL_BASIS_REQUIRED: 'error.agencyLegalBasisRequired',
  AGENCY_PERIOD_OVERLAP: 'error.agencyPeriodOverlap',
  AGENCY_PERIOD_BEFORE_CURRENT: 'error.agencyPeriodBeforeCurrent',
  AGENCY_PERIOD_GAP: 'error.agencyPeriodGap',

  // Checklists.
  CHECKLIST_NOT_FOUND: 'error.checklistNotFound',
  CHECKLIST_VERSION_NOT_FOUND: 'error.checklistVersionNotFound',
  CHECKLIST_CODE_TAKEN: 'error.checklistCodeTaken',
  CHECKLIST_NO_DRAFT: 'error.checklistNoDraft',
  CHECKLIST_EMPTY: 'error.checklistEmpty',
  CHECKLIST_DUPLICATE_CODE: 'error.checklistDuplicateCode',
  CHECKLIST_BAD_BOUNDS: 'error.checklistBadBounds',
  CHECKLIST_NOT_PUBLISHED: 'error.checklistNotPublished',
  CHECKLIST_IMPORT_INVALID: 'error.importInvalid',

  // Plans and teams.
  PLAN_NOT_FOUND: 'error.planNotFound',
  PLAN_LINE_NOT_FOUND: 'error.planLineNotFound',
  PLAN_LINE_DUPLICATE: 'error.planLineDuplicate',
  PLAN_LINE_STARTED: 'error.planLineStarted',
  TEAM_NOT_FOUND: 'error.teamNotFound',
  TEAM_YEAR_MISMATCH: 'error.teamYearMismatch',
  TEAM_NEEDS_ONE_LEAD: 'error.teamNeedsOneLead',
  TEAM_MEMBER_NOT_FOUND: 'error.teamMemberNotFound',
  TEAM_MEMBER_NOT_INSPECTOR: 'error.teamMemberNotInspector',
  TEAM_MEMBER_DUPLICATE: 'error.teamMemberDuplicate',

  // Visits, their answers and attachments, and the documents made from them.
  VISIT_NOT_FOUND: 'error.visitNotFound',
  VISIT_NOT_YOUR_TEAM: 'error.visitNotYourTeam',
  VISIT_NOT_EDITABLE: 'error.visitNotEditable',
  VISIT_DATE_OUTSIDE_PLAN_YEAR: 'error.visitDateOutsidePlanYear',
  VISIT_DATE_IN_FUTURE: 'error.visitDateInFuture',
  VISIT_ALREADY_STARTED: 'error.visitAlreadyStarted',
  VISIT_NOT_SUBMITTED: 'error.visitNotSubmitted',
  VISIT_NOT_APPROVED: 'error.visitNotApproved',
  VISIT_INCOMPLETE: 'error.visitIncomplete',
  VISIT_NOT_STARTED: 'error.visitNotStarted',
  NOTICE_VISIT_NOT_APPROVED: 'error.noticeVisitNotApproved',
  NOTICE_NOT_ISSUED: 'error.noticeNotIssued',
  NOTICE_NOT_YOUR_UNIT: 'error.noticeNotYourUnit',
  NOTICE_NUMBER_INVALID: 'error.noticeNumberInvalid',
  NOTICE_ISSUED_BEFORE_APPROVAL: 'error.noticeIssuedBeforeApproval',
  NOTICE_ISSUED_IN_FUTURE: 'error.noticeIssuedInFuture',
  NOTICE_STRENGTHS_REQUIRED: 'error.noticeStrengthsRequired',
  NOTICE_SIGNER_REQUIRED: 'error.noticeSignerRequired',
  NOTICE_REPORT_DUE_REQUIRED: 'error.noticeReportDueRequired',
  NOTICE_REPORT_DUE_NOT_AFTER_ISSUE: 'error.noticeReportDueNotAfterIssue',
  NOTICE_REPORT_DUE_WITHOUT_FINDINGS: 'error.noticeReportDueWithoutFindings',
  NOTICE_ALREADY_RECEIVED: 'error.noticeAlreadyReceived',
  DOCUMENT_IS_CONCLUSION_NOTICE: 'error.documentIsConclusionNotice',
  ITEM_NOT_IN_VISIT: 'error.itemNotInVisit',
  ANSWER_INVALID: 'error.answerInvalid',
  RETURN_COMMENT_REQUIRED: 'error.returnCommentRequired',
  REVISION_REASON_REQUIRED: 'error.revisionReasonRequired',
  ATTACHMENT_NOT_FOUND: 'error.attachmentNotFound',
  ATTACHMENT_ID_TAKEN: 'error.recordIdTaken',
  SIGNATURE_NO_SECRETARY: 'error.signatureNoSecretary',

  // Findings.
  FINDING_NOT_FOUND: 'error.findingNotFound',
  FINDING_ID_TAKEN: 'error.recordIdTaken',
  FINDING_FROM_FAILED_ITEM: 'error.findingFromFailedItem',
  FINDING_FOUND_TEXT_REQUIRED: 'error.findingFoundTextRequired',
  FINDING_VISIT_NOT_APPROVED: 'error.findingVisitNotApproved',
  FINDING_WRONG_STATUS: 'error.findingWrongStatus',
  FINDING_NOT_YOUR_UNIT: 'error.findingNotYourUnit',
  REMEDIATION_TEXT_REQUIRED: 'error.remediationTextRequired',
  REOPEN_REASON_REQUIRED: 'error.reopenReasonRequired',
  REMEDIATION_REJECTION_REASON_REQUIRED: 'error.remediationRejectionReasonRequired',
  FINDING_CLOSE_REASON_REQUIRED: 'error.findingCloseReasonRequired',
  DEADLINE_EXTENSION_REASON_REQUIRED: 'error.deadlineExtensionReasonRequired',
  FINDING_DEADLINE_BEFORE_VISIT: 'error.findingDeadlineBeforeVisit',
  FINDING_DEADLINE_IN_PAST: 'error.findingDeadlineInPast',
  FINDING_DEADLINE_UNCHANGED: 'error.findingDeadlineUnchanged',

  // Photos and signatures, and uploaded spreadsheets.
  FILE_ID_INVALID: 'error.requestInvalid',
  FILE_EMPTY: 'error.fileEmpty',
  FILE_TOO_LARGE: 'error.fileTooLarge',
  FILE_NOT_IMAGE: 'error.fileNotImage',
  FILE_ID_CONFLICT: 'error.fileIdConflict',
  FILE_NOT_FOUND: 'error.fileNotFound',
  FILE_HASH_MISMATCH: 'error.fileHashMismatch',
  FILE_HASH_INVALID: 'error.requestInvalid',
  FILE_PIECE_INVALID: 'error.requestInvalid',
  FILE_PIECE_TOO_SMALL: 'error.requestInvalid',
  FILE_QUOTA_EXCEEDED: 'error.fileQuotaExceeded',
  FILE_UPLOAD_OFFSET: 'error.requestInvalid',
  FILE_STORAGE_FAILED: 'error.fileStorageFailed',
  FILE_STORAGE_FULL: 'error.fileStorageFull',
  FILE_UNPACKS_TOO_LARGE: 'error.fileUnpacksTooLarge',
  FILE_ARCHIVE_INVALID: 'error.fileArchiveInvalid',

  // Field writes sent from the phone's outbox.
  DEVICE_OF_ANOTHER_USER: 'error.deviceOfAnotherUser',
  OPERATION_ID_REUSED: 'error.operationIdReused',
  HELD_AFTER_REFUSED_OPERATION: 'error.heldAfterRefused',
  SYNC_FAILED: 'error.internal',

  // Registers (directive documents, administrative procedures, index results) and their files.
  DOCUMENT_NUMBER_INVALID: 'error.documentNumberInvalid',
  DOCUMENT_NUMBER_TAKEN: 'error.documentNumberTaken',
  DOCUMENT_SUMMARY_REQUIRED: 'error.documentSummaryRequired',
  DIRECTIVE_DOCUMENT_NOT_FOUND: 'error.directiveDocumentNotFound',
  TTHC_NOT_FOUND: 'error.procedureNotFound',
  TTHC_CODE_TAKEN: 'error.procedureCodeTaken',
  TTHC_CODE_REQUIRED: 'error.procedureCodeRequired',
  TTHC_NAME_REQUIRED: 'error.procedureNameRequired',
  TTHC_LEGAL_DAYS_REQUIRED: 'error.procedureLegalDaysRequired',
  TTHC_DAYS_CUT_TOO_MANY: 'error.procedureDaysCutTooMany',
  INDEX_RESULT_NOT_FOUND: 'error.indexResultNotFound',
  INDEX_RESULT_TAKEN: 'error.indexResultTaken',
  INDEX_COMPONENT_OVER_MAX: 'error.indexComponentOverMax',
  INDEX_COMPONENT_NAME_REQUIRED: 'error.indexComponentNameRequired',
  REGISTER_IMPORT_INVALID: 'error.importInvalid',
  REGISTER_NOT_FOUND: 'error.registerNotFound',
  REGISTER_YEAR_INVALID: 'error.yearInvalid',
  REGISTER_VERSION_CONFLICT: 'error.versionConflict',

  // The annual report and the rollup.
  ANNUAL_REPORT_YEAR_INVALID: 'error.yearInvalid',
  ANNUAL_REPORT_DRAFT_NOT_FOUND: 'error.reportDraftNotFound',
  ANNUAL_REPORT_DRAFT_EXISTS: 'error.reportDraftExists',
  ANNUAL_REPORT_SAME_YEAR: 'error.reportSameYear',
  ANNUAL_REPORT_ALREADY_ISSUED: 'error.reportAlreadyIssued',
  ANNUAL_REPORT_NUMBER_INVALID: 'error.reportNumberInvalid',
  ANNUAL_REPORT_DATE_INVALID: 'error.reportDateInvalid',
  ANNUAL_REPORT_TEXT_REQUIRED: 'error.reportTextRequired',
  ANNUAL_REPORT_VERSION_CONFLICT: 'error.versionConflict',
  ANNUAL_REPORT_NO_DEPARTMENT: 'error.reportNoDepartment',
  ROLLUP_YEAR_INVALID: 'error.yearInvalid',

  // The self-assessment's measures.
  MEASURE_PARAMS_INVALID: 'error.measureParamsInvalid',
  MEASURE_BANDS_INVALID: 'error.measureBandsInvalid',
  MEASURE_YEAR_INVALID: 'error.yearInvalid',
} as const satisfies Record<ErrorCode, MessageKey>;

/** Whether a code from an answer is one this build of the app knows. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_MESSAGE_KEYS, value);
}

/**
 * An error's message in the UI's language. The server writes Vietnamese and its message says more than
 * the key (names, counts, years), so the Vietnamese UI shows it as sent; English shows the code's key.
 * A code this build does not know (a newer server) falls back on the server's message; null when there
 * is neither (no answer came: the caller says so in its own words). The Vietnamese messages of the codes
 * load once the first screen has shown (main.tsx); until then a code without the server's message reads
 * as the general one.
 */
export function errorText(language: Language, code: unknown, serverMessage: string | null | undefined): string | null {
  if (language === 'vi' && serverMessage) return serverMessage;
  if (isErrorCode(code)) {
    const key = ERROR_MESSAGE_KEYS[code];
    if (hasMessage(language, key)) return translate(language, key);
    return serverMessage ?? translate(language, 'common.error');
  }
  return serverMessage ?? null;
}
