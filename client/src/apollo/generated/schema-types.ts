export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: unknown; output: unknown; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: unknown; output: unknown; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

export type AddAssessmentEvidenceInput = {
  assessmentId: Scalars['ID']['input'];
  criterionId: Scalars['ID']['input'];
  documentDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Số, ký hiệu văn bản */
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  fileId?: InputMaybe<Scalars['ID']['input']>;
  /** Cơ quan ban hành */
  issuer?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Trang, mục cần xem, e.g. "trang 3, mục II.2" */
  pointer?: InputMaybe<Scalars['String']['input']>;
  recordId?: InputMaybe<Scalars['ID']['input']>;
  recordKind?: InputMaybe<EvidenceRecordKind>;
};

export type AddIssuingAgencyIdentityInput = {
  /** Ký hiệu in document numbers, e.g. SNNMT */
  abbreviation: Scalars['String']['input'];
  /** Căn cứ pháp lý, e.g. Nghị quyết 176/2025/QH15 */
  legalBasis: Scalars['String']['input'];
  legalBasisDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Tên cơ quan, e.g. Sở Nông nghiệp và Môi trường */
  name: Scalars['String']['input'];
  /** Defaults to the lines of the identity in force */
  noticeRecipients?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Cơ quan chủ quản as printed, e.g. UBND TỈNH LẠNG SƠN */
  parentName?: InputMaybe<Scalars['String']['input']>;
  /** Địa danh of the place-date line, e.g. Lạng Sơn */
  place: Scalars['String']['input'];
  /** Defaults to the lines of the identity in force */
  reportRecipients?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Defaults to the lines of the identity in force */
  signerTitleLines?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Ngày bắt đầu có hiệu lực */
  validFrom: Scalars['LocalDate']['input'];
};

/** Thủ tục hành chính trong danh mục của năm */
export type AdministrativeProcedure = {
  __typename?: 'AdministrativeProcedure';
  /** Mã TTHC, unique within the year */
  code: Scalars['String']['output'];
  /** Days cut from legalDays in the review of the year */
  daysCut?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** Thời hạn giải quyết theo quy định, in days */
  legalDays?: Maybe<Scalars['Int']['output']>;
  level: ProcedureLevel;
  mechanism: ProcedureMechanism;
  name: Scalars['String']['output'];
  onlineService: OnlineService;
  /** Received and returned through the public postal service (bưu chính công ích) */
  publicPostal: Scalars['Boolean']['output'];
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type AdministrativeProcedureInput = {
  /** Mã TTHC, unique within the year */
  code: Scalars['String']['input'];
  daysCut?: InputMaybe<Scalars['Int']['input']>;
  legalDays?: InputMaybe<Scalars['Int']['input']>;
  level: ProcedureLevel;
  mechanism: ProcedureMechanism;
  name: Scalars['String']['input'];
  onlineService: OnlineService;
  publicPostal: Scalars['Boolean']['input'];
  year: Scalars['Int']['input'];
};

/** Loại cơ quan được đánh giá Chỉ số CCHC */
export type AgencyKind =
  | 'DEPARTMENT';

/** Phần lời của báo cáo SIPAS / PAR INDEX năm */
export type AnnualReportDraft = {
  __typename?: 'AnnualReportDraft';
  /** Căn cứ: the province plan the report answers */
  basis?: Maybe<Scalars['String']['output']>;
  /** Phương hướng */
  directions: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Số of the issued report; null while a draft */
  issuedNumber?: Maybe<Scalars['Int']['output']>;
  /** Date of the issued report; null while a draft */
  issuedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Further PAR INDEX tasks, after those drawn from data */
  parTasks?: Maybe<Scalars['String']['output']>;
  /** Who signs (printed under the signature) */
  signerName?: Maybe<Scalars['String']['output']>;
  /** Further SIPAS tasks, after those drawn from data */
  sipasTasks?: Maybe<Scalars['String']['output']>;
  /** Ưu điểm */
  strengths: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  /** Tồn tại, hạn chế */
  weaknesses: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type AnswerItemInput = {
  /** The phone's own previous write to this item (its operation id), if made since baseVersion */
  baseOperationId?: InputMaybe<Scalars['ID']['input']>;
  /** The version of the answer the phone last saw; null: it saw none; omitted: no check (last write wins) */
  baseVersion?: InputMaybe<Scalars['Int']['input']>;
  /** When the edit was made on the phone */
  editedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Thực trạng phát hiện of a Không đạt answer; omitted: unchanged */
  foundText?: InputMaybe<Scalars['String']['input']>;
  itemId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  numberValue?: InputMaybe<Scalars['Float']['input']>;
  /** Client-generated UUID of this write */
  operationId: Scalars['ID']['input'];
  passFail?: InputMaybe<PassFail>;
  /** Kiến nghị of a Không đạt answer; omitted: unchanged */
  recommendation?: InputMaybe<Scalars['String']['input']>;
  textValue?: InputMaybe<Scalars['String']['input']>;
  visitId: Scalars['ID']['input'];
};

export type AnswerType =
  | 'NUMBER'
  | 'PASS_FAIL'
  | 'TEXT';

/** Vòng thẩm định */
export type AppraisalRound =
  | 'FIRST'
  | 'SECOND';

export type AppraisalScoreInput = {
  assessmentId: Scalars['ID']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  criterionId: Scalars['ID']['input'];
  /** Trống: xóa điểm thẩm định của vòng này */
  points?: InputMaybe<Scalars['Float']['input']>;
  round: AppraisalRound;
};

/** Một lĩnh vực (hoặc toàn bộ) so với năm trước */
export type AreaComparison = {
  __typename?: 'AreaComparison';
  code?: Maybe<Scalars['String']['output']>;
  /** Có lĩnh vực cùng mã trong bản tự đánh giá năm trước */
  comparable: Scalars['Boolean']['output'];
  /** Lĩnh vực trong bộ tiêu chí năm nay; trống: toàn bộ */
  criterionId?: Maybe<Scalars['ID']['output']>;
  /** Điểm năm nay trừ điểm năm trước */
  difference?: Maybe<Scalars['Float']['output']>;
  maxPoints: Scalars['Float']['output'];
  previousMaxPoints?: Maybe<Scalars['Float']['output']>;
  /** Điểm năm trước: thẩm định nếu đã có kết quả cuối, không thì tự chấm */
  previousPoints?: Maybe<Scalars['Float']['output']>;
  /** Điểm tự chấm năm nay */
  selfPoints: Scalars['Float']['output'];
  text?: Maybe<Scalars['String']['output']>;
};

/** Tổng điểm của một lĩnh vực */
export type AreaTotal = {
  __typename?: 'AreaTotal';
  /** Điểm thẩm định (vòng 2 nếu có, không thì vòng 1) */
  appraisalPoints?: Maybe<Scalars['Float']['output']>;
  appraisedLeaves: Scalars['Int']['output'];
  code: Scalars['String']['output'];
  criterionId: Scalars['ID']['output'];
  /** Số tiêu chí được chấm điểm trực tiếp */
  leaves: Scalars['Int']['output'];
  /** Điểm tối đa sau khi trừ các tiêu chí không áp dụng */
  maxPoints: Scalars['Float']['output'];
  notApplicableLeaves: Scalars['Int']['output'];
  scoredLeaves: Scalars['Int']['output'];
  /** Điểm tự chấm */
  selfPoints: Scalars['Float']['output'];
  /** Điểm tối đa theo bộ tiêu chí */
  statedMaxPoints: Scalars['Float']['output'];
  text: Scalars['String']['output'];
};

/** So sánh với năm trước và điểm yếu của bản tự đánh giá */
export type AssessmentComparison = {
  __typename?: 'AssessmentComparison';
  /** Các tiêu chí đã thẩm định (kể cả không chênh lệch), chênh lệch lớn trước */
  appraisalGaps: Array<CriterionGap>;
  /** Các lĩnh vực năm nay, theo thứ tự của bộ tiêu chí */
  areas: Array<AreaComparison>;
  /** Mã các lĩnh vực năm trước không còn trong bộ tiêu chí năm nay */
  droppedAreaCodes: Array<Scalars['String']['output']>;
  overall: AreaComparison;
  /** Điểm năm trước là điểm thẩm định (kết quả cuối) */
  previousIsAppraisal: Scalars['Boolean']['output'];
  /** Năm của bản tự đánh giá được so sánh; trống: chưa có */
  previousYear?: Maybe<Scalars['Int']['output']>;
  /** Các tiêu chí đã chấm có tỷ lệ điểm thấp nhất */
  weakest: Array<WeakCriterion>;
};

/** Tài liệu kiểm chứng */
export type AssessmentEvidence = {
  __typename?: 'AssessmentEvidence';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Ngày văn bản */
  documentDate?: Maybe<Scalars['LocalDate']['output']>;
  /** Số, ký hiệu văn bản */
  documentNumber?: Maybe<Scalars['String']['output']>;
  /** The uploaded file (GET /api/files/:id) */
  fileId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** Cơ quan ban hành */
  issuer?: Maybe<Scalars['String']['output']>;
  /** What a person reads: the record (number, date, unit) or the file’s document number */
  label: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** Trang, mục cần xem */
  pointer?: Maybe<Scalars['String']['output']>;
  recordId?: Maybe<Scalars['ID']['output']>;
  recordKind?: Maybe<EvidenceRecordKind>;
};

/** SIPAS hoặc PAR INDEX */
export type AssessmentIndex =
  | 'PAR_INDEX'
  | 'SIPAS';

/** Tổng điểm theo lĩnh vực và toàn bộ */
export type AssessmentTotals = {
  __typename?: 'AssessmentTotals';
  areas: Array<AreaTotal>;
  overall: ScoreTotal;
};

export type AttachFileInput = {
  /** Client-generated UUID of the attachment */
  attachmentId: Scalars['ID']['input'];
  caption?: InputMaybe<Scalars['String']['input']>;
  /** An uploaded file (PUT /api/files/:id) */
  fileId: Scalars['ID']['input'];
  /** The item the photo is evidence for */
  itemId?: InputMaybe<Scalars['ID']['input']>;
  kind: AttachmentKind;
  /** Client-generated UUID of this write */
  operationId: Scalars['ID']['input'];
  visitId: Scalars['ID']['input'];
};

/** Ảnh minh chứng hoặc chữ ký */
export type Attachment = {
  __typename?: 'Attachment';
  caption?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  fileId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  itemId?: Maybe<Scalars['ID']['output']>;
  kind: AttachmentKind;
  sha256: Scalars['String']['output'];
  /** Where the signed-in user can fetch the image */
  url: Scalars['String']['output'];
};

export type AttachmentKind =
  | 'PHOTO'
  | 'REMEDIATION'
  | 'SIGNATURE_SECRETARY'
  | 'SIGNATURE_TEAM_LEAD'
  | 'SIGNATURE_UNIT_REPRESENTATIVE';

/** Người tham dự buổi kiểm tra */
export type Attendee = {
  __typename?: 'Attendee';
  name: Scalars['String']['output'];
  position?: Maybe<Scalars['String']['output']>;
  side: AttendeeSide;
};

export type AttendeeInput = {
  name: Scalars['String']['input'];
  position?: InputMaybe<Scalars['String']['input']>;
  side: AttendeeSide;
};

export type AttendeeSide =
  | 'TEAM'
  | 'UNIT';

/** Nhật ký thay đổi */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: Scalars['String']['output'];
  actorName?: Maybe<Scalars['String']['output']>;
  actorRole?: Maybe<Role>;
  after?: Maybe<Scalars['JSON']['output']>;
  at: Scalars['DateTimeISO']['output'];
  before?: Maybe<Scalars['JSON']['output']>;
  entityId: Scalars['ID']['output'];
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  itemLabel?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
};

/** One page of the whole audit trail, newest first */
export type AuditEntryPage = {
  __typename?: 'AuditEntryPage';
  items: Array<AuditEntry>;
  /** Items in the whole list with the same filters */
  total: Scalars['Int']['output'];
};

/** Which entries of the audit trail to list */
export type AuditTrailFilter = {
  /** What was done, e.g. RETURN, APPROVE */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Words of the actor's name, with or without diacritics */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** Kind of record, e.g. Visit, Finding, User */
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** From this day (department time), inclusive */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** To this day (department time), inclusive */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Something a signed-in user may do */
export type Capability =
  | 'AGENCY_MANAGE'
  | 'AGENCY_READ'
  | 'AUDIT_READ'
  | 'AUDIT_READ_ALL'
  | 'CHECKLIST_MANAGE'
  | 'CHECKLIST_READ'
  | 'DEVICE_READ'
  | 'FILE_UPLOAD'
  | 'FINDING_FOLLOW'
  | 'FINDING_REMEDIATE'
  | 'FINDING_REVIEW'
  | 'NOTICE_ACKNOWLEDGE'
  | 'NOTICE_ISSUE'
  | 'PLAN_MANAGE'
  | 'PLAN_READ'
  | 'REGISTER_MANAGE'
  | 'REGISTER_READ'
  | 'REPORT_EDIT'
  | 'REPORT_READ'
  | 'ROLLUP_READ'
  | 'SELF_ASSESSMENT_APPROVE'
  | 'SELF_ASSESSMENT_EDIT'
  | 'SELF_ASSESSMENT_READ'
  | 'UNIT_MANAGE'
  | 'USER_MANAGE'
  | 'VISIT_CONDUCT'
  | 'VISIT_READ_ALL'
  | 'VISIT_READ_TEAM'
  | 'VISIT_READ_UNIT'
  | 'VISIT_REVIEW';

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

/** Một thay đổi của đoàn kiểm tra sau khi cuộc kiểm tra bị trả lại */
export type ChangeSinceReturn = {
  __typename?: 'ChangeSinceReturn';
  count: Scalars['Int']['output'];
  /** An answer's result when returned (PASS, FAIL, NOT_APPLICABLE) */
  fromResult?: Maybe<Scalars['String']['output']>;
  /** The checklist item, as people know it */
  itemLabel?: Maybe<Scalars['String']['output']>;
  kind: ChangeSinceReturnKind;
  /** An answer's result now */
  toResult?: Maybe<Scalars['String']['output']>;
};

export type ChangeSinceReturnKind =
  | 'ANSWER'
  | 'ATTENDEES'
  | 'CONCLUSION'
  | 'FINDING'
  | 'FINDING_ADDED'
  | 'FINDING_REMOVED'
  | 'PHOTO_ADDED'
  | 'PHOTO_REMOVED'
  | 'SIGNATURE'
  | 'UNIT_COMMENTS';

/** Nhóm tiêu chí */
export type ChecklistGroup = {
  __typename?: 'ChecklistGroup';
  /** Short code, e.g. 1, 2, GIO_GIAC */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  items: Array<ChecklistItem>;
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type ChecklistGroupInput = {
  code: Scalars['String']['input'];
  items: Array<ChecklistItemInput>;
  title: Scalars['String']['input'];
};

/** Tiêu chí */
export type ChecklistItem = {
  __typename?: 'ChecklistItem';
  answerType: AnswerType;
  /** Stable code across versions, e.g. 1.3 */
  code: Scalars['String']['output'];
  guidance?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Căn cứ pháp lý */
  legalBasis?: Maybe<Scalars['String']['output']>;
  maxValue?: Maybe<Scalars['Float']['output']>;
  minValue?: Maybe<Scalars['Float']['output']>;
  photoRequiredOnFail: Scalars['Boolean']['output'];
  /** Weight in points */
  points: Scalars['Float']['output'];
  position: Scalars['Int']['output'];
  required: Scalars['Boolean']['output'];
  text: Scalars['String']['output'];
};

export type ChecklistItemInput = {
  answerType: AnswerType;
  code: Scalars['String']['input'];
  guidance?: InputMaybe<Scalars['String']['input']>;
  legalBasis?: InputMaybe<Scalars['String']['input']>;
  maxValue?: InputMaybe<Scalars['Float']['input']>;
  minValue?: InputMaybe<Scalars['Float']['input']>;
  photoRequiredOnFail: Scalars['Boolean']['input'];
  points: Scalars['Float']['input'];
  required: Scalars['Boolean']['input'];
  text: Scalars['String']['input'];
};

/** Bộ tiêu chí kiểm tra */
export type ChecklistTemplate = {
  __typename?: 'ChecklistTemplate';
  code: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  draft?: Maybe<ChecklistVersion>;
  id: Scalars['ID']['output'];
  latestPublished?: Maybe<ChecklistVersion>;
  name: Scalars['String']['output'];
  /** Newest first */
  versions: Array<ChecklistVersion>;
};

/** Một phiên bản của bộ tiêu chí */
export type ChecklistVersion = {
  __typename?: 'ChecklistVersion';
  groups: Array<ChecklistGroup>;
  id: Scalars['ID']['output'];
  number: Scalars['Int']['output'];
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: ChecklistVersionStatus;
  templateId: Scalars['ID']['output'];
};

export type ChecklistVersionStatus =
  | 'DRAFT'
  | 'PUBLISHED';

/** Một hồ sơ của phần mềm có thể dùng làm tài liệu kiểm chứng của năm */
export type CitableRecord = {
  __typename?: 'CitableRecord';
  id: Scalars['ID']['output'];
  kind: EvidenceRecordKind;
  /** Số, ngày, đơn vị của hồ sơ, as the evidence list names it */
  label: Scalars['String']['output'];
};

export type CloseFindingInput = {
  findingId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

export type CloseWithoutReportInput = {
  findingId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** Mức độ đạt tiêu chí, tính theo điểm */
export type ComplianceFigure = {
  __typename?: 'ComplianceFigure';
  /** Points of the PASS and FAIL answers */
  applicablePoints: Scalars['Float']['output'];
  failed: Scalars['Int']['output'];
  /** A unit row (TODAY): the units of the year it holds, other than itself */
  formerUnits: Array<Scalars['String']['output']>;
  /** The group code of an item */
  groupCode?: Maybe<Scalars['String']['output']>;
  /** Group code, item code or unit id; TOTAL for the whole scope */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Không áp dụng: left out of the ratio */
  notApplicable: Scalars['Int']['output'];
  passed: Scalars['Int']['output'];
  passedPoints: Scalars['Float']['output'];
  /** passedPoints / applicablePoints; null when nothing applied */
  ratio?: Maybe<Scalars['Float']['output']>;
  /** A unit row (TODAY): it holds a split unit’s past, also shown elsewhere */
  sharedPast: Scalars['Boolean']['output'];
};

/** Thông báo kết luận kiểm tra đã ban hành */
export type ConclusionNotice = {
  __typename?: 'ConclusionNotice';
  id: Scalars['ID']['output'];
  /** Ngày ban hành (from the register entry) */
  issuedOn: Scalars['LocalDate']['output'];
  /** Số và ký hiệu, e.g. 25/TB-SNN (from the register entry) */
  number: Scalars['String']['output'];
  /** Đơn vị báo cáo kết quả khắc phục về Sở trước ngày này (không có khi không có tồn tại) */
  reportDueOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Họ tên người ký thông báo */
  signerName: Scalars['String']['output'];
  /** Ưu điểm của đơn vị */
  strengths: Scalars['String']['output'];
  /** Lúc Văn phòng ghi nhận ban hành (lần sửa gần nhất) */
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type ConflictKind =
  | 'CONCURRENT_EDIT'
  | 'VISIT_CLOSED';

export type CorrectUnitDetailsInput = {
  /** Địa chỉ đúng của giai đoạn hiện tại; chuỗi rỗng: xóa */
  address?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** The version corrected; a newer one on the server is a conflict */
  version: Scalars['Int']['input'];
};

export type CreateChecklistTemplateInput = {
  code: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CreatePlanInput = {
  documentDate: Scalars['LocalDate']['input'];
  documentNumber: Scalars['String']['input'];
  templateId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type CreateUserInput = {
  fullName: Scalars['String']['input'];
  /** The first password, to hand over to the person */
  password: Scalars['String']['input'];
  role: Role;
  /** Required for a unit head; a home unit, optional, for others */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** 3-64 characters: letters without diacritics, digits, . _ - */
  username: Scalars['String']['input'];
};

/** Bộ tiêu chí chấm điểm Chỉ số CCHC của một năm (một lần ban hành) */
export type CriteriaSet = {
  __typename?: 'CriteriaSet';
  agencyKind: AgencyKind;
  /** Areas, criteria and components, in the set’s order */
  criteria: Array<Criterion>;
  /** Số, ký hiệu văn bản ban hành bộ tiêu chí */
  documentNumber: Scalars['String']['output'];
  /** Ngày áp dụng */
  effectiveOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  /** Ngày ban hành văn bản */
  issuedOn: Scalars['LocalDate']['output'];
  /** Lần ban hành trong năm: 1, 2, ... */
  revision: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  /** Tổng điểm tối đa của bộ tiêu chí (thường 100) */
  totalPoints: Scalars['Float']['output'];
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** Lĩnh vực, tiêu chí hoặc tiêu chí thành phần */
export type Criterion = {
  __typename?: 'Criterion';
  /** Thang điểm; khi có, chỉ chấm đúng các mức này hoặc 0 */
  bands?: Maybe<Array<ScoreBand>>;
  /** Mã, e.g. 1, 1.1, 1.1.2 */
  code: Scalars['String']['output'];
  /** Tài liệu kiểm chứng cần có */
  expectedEvidence?: Maybe<Scalars['String']['output']>;
  /** Hướng dẫn chấm điểm */
  guidance?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Chấm điểm trực tiếp (không có tiêu chí con) */
  isLeaf: Scalars['Boolean']['output'];
  level: CriterionLevel;
  /** Điểm tối đa */
  maxPoints: Scalars['Float']['output'];
  /** Chỉ số phần mềm tính được cho tiêu chí này */
  measure?: Maybe<PerformanceMeasure>;
  /** Tham số của chỉ số, e.g. loại văn bản và hạn */
  measureParams?: Maybe<Scalars['JSONObject']['output']>;
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Thứ tự trong bộ tiêu chí */
  position: Scalars['Int']['output'];
  /** Bước điểm cho phép, e.g. 0,25; không có: đến 0,01 */
  scoreStep?: Maybe<Scalars['Float']['output']>;
  /** Nội dung */
  text: Scalars['String']['output'];
};

/** Chênh lệch giữa điểm tự chấm và điểm thẩm định của một tiêu chí */
export type CriterionGap = {
  __typename?: 'CriterionGap';
  appraisalPoints: Scalars['Float']['output'];
  code: Scalars['String']['output'];
  criterionId: Scalars['ID']['output'];
  /** Điểm thẩm định trừ điểm tự chấm */
  gap: Scalars['Float']['output'];
  maxPoints: Scalars['Float']['output'];
  selfPoints: Scalars['Float']['output'];
  text: Scalars['String']['output'];
};

/** Cấp của tiêu chí */
export type CriterionLevel =
  | 'AREA'
  | 'COMPONENT'
  | 'CRITERION';

/** Điểm tự chấm của một tiêu chí */
export type CriterionScore = {
  __typename?: 'CriterionScore';
  appraisalComment1?: Maybe<Scalars['String']['output']>;
  appraisalComment2?: Maybe<Scalars['String']['output']>;
  /** Điểm thẩm định vòng 1 */
  appraisalPoints1?: Maybe<Scalars['Float']['output']>;
  /** Điểm thẩm định vòng 2 */
  appraisalPoints2?: Maybe<Scalars['Float']['output']>;
  criterion: Criterion;
  criterionId: Scalars['ID']['output'];
  evidence: Array<AssessmentEvidence>;
  /** Giải trình */
  explanation?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Tiêu chí đã thay đổi khi bộ tiêu chí ban hành lại: cần chấm lại */
  needsReview: Scalars['Boolean']['output'];
  /** Không áp dụng: điểm tối đa của tổng giảm theo tiêu chí này */
  notApplicable: Scalars['Boolean']['output'];
  notApplicableReason?: Maybe<Scalars['String']['output']>;
  /** Giải trình khi điểm khác điểm gợi ý */
  overrideExplanation?: Maybe<Scalars['String']['output']>;
  /** Điểm tự chấm; trống: chưa chấm */
  points?: Maybe<Scalars['Float']['output']>;
  /** Điểm tối đa theo lần ban hành trước */
  priorMaxPoints?: Maybe<Scalars['Float']['output']>;
  /** Điểm đã chấm theo lần ban hành trước */
  priorPoints?: Maybe<Scalars['Float']['output']>;
  /** Nội dung tiêu chí theo lần ban hành trước */
  priorText?: Maybe<Scalars['String']['output']>;
  /** Lần ban hành đã bỏ tiêu chí này (điểm chỉ còn trong lịch sử) */
  retiredInRevision?: Maybe<Scalars['Int']['output']>;
  /** Vì sao cần chấm lại, hoặc vì sao điểm được giữ lại */
  reviewNote?: Maybe<Scalars['String']['output']>;
  /** Điểm gợi ý từ dữ liệu đã được chấp nhận */
  suggestedPoints?: Maybe<Scalars['Float']['output']>;
  suggestionAcceptedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  suggestionAcceptedByName?: Maybe<Scalars['String']['output']>;
  /** Cách tính của điểm gợi ý đã chấp nhận */
  suggestionComputation?: Maybe<Scalars['String']['output']>;
  updatedByName?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

/** Điểm gợi ý tính từ dữ liệu của năm cho một tiêu chí */
export type CriterionSuggestion = {
  __typename?: 'CriterionSuggestion';
  /** e.g. 20/25 tồn tại khắc phục đúng hạn = 80% -> 0,5/1 điểm */
  computation: Scalars['String']['output'];
  criterionId: Scalars['ID']['output'];
  denominator: Scalars['Int']['output'];
  numerator: Scalars['Int']['output'];
  /** Null when nothing was due: the computation says why */
  points?: Maybe<Scalars['Float']['output']>;
  records: Array<MeasuredRecordView>;
};

export type DeleteFindingInput = {
  findingId: Scalars['ID']['input'];
  /** Client-generated UUID of this write */
  operationId: Scalars['ID']['input'];
  visitId: Scalars['ID']['input'];
};

/** Một máy (cài đặt ứng dụng) của một người dùng */
export type Device = {
  __typename?: 'Device';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  lastSequence: Scalars['Int']['output'];
  lastSyncAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the oldest of them was made */
  oldestPendingAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Operations still on the phone after its last sync */
  pendingCount: Scalars['Int']['output'];
  pendingOperationIds: Array<Scalars['ID']['output']>;
  /** When the phone last said what it holds for this user, whoever was signed in on it */
  pendingReportedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  user: User;
  userAgent?: Maybe<Scalars['String']['output']>;
};

/** Văn bản chỉ đạo */
export type DirectiveDocument = {
  __typename?: 'DirectiveDocument';
  id: Scalars['ID']['output'];
  issuedOn: Scalars['LocalDate']['output'];
  issuingUnit: Unit;
  issuingUnitId: Scalars['ID']['output'];
  /** Số và ký hiệu, e.g. 80/KH-SNN */
  number: Scalars['String']['output'];
  /** Trích yếu */
  summary: Scalars['String']['output'];
  type: DirectiveDocumentType;
  version: Scalars['Int']['output'];
  /** The year of issuedOn */
  year: Scalars['Int']['output'];
};

export type DirectiveDocumentInput = {
  issuedOn: Scalars['LocalDate']['input'];
  issuingUnitId: Scalars['ID']['input'];
  /** Số và ký hiệu, e.g. 80/KH-SNN */
  number: Scalars['String']['input'];
  /** Trích yếu */
  summary: Scalars['String']['input'];
  type: DirectiveDocumentType;
};

/** One page of the directive documents of a year */
export type DirectiveDocumentPage = {
  __typename?: 'DirectiveDocumentPage';
  items: Array<DirectiveDocument>;
  /** Items in the whole list with the same filters */
  total: Scalars['Int']['output'];
};

/** Loại văn bản chỉ đạo */
export type DirectiveDocumentType =
  | 'BAO_CAO'
  | 'CONG_VAN'
  | 'KE_HOACH'
  | 'KHAC'
  | 'QUYET_DINH'
  | 'THONG_BAO';

/** Số văn bản chỉ đạo theo loại */
export type DocumentCount = {
  __typename?: 'DocumentCount';
  count: Scalars['Int']['output'];
  type: DirectiveDocumentType;
};

/** Every code an error of the API carries (`extensions.code`, the `code` of an /api answer or of an OperationOutcome) */
export type ErrorCode =
  | 'ACCOUNT_LOCKED'
  | 'AGENCY_ABBREVIATION_INVALID'
  | 'AGENCY_ABBREVIATION_REQUIRED'
  | 'AGENCY_LEGAL_BASIS_REQUIRED'
  | 'AGENCY_NAME_REQUIRED'
  | 'AGENCY_PERIOD_BEFORE_CURRENT'
  | 'AGENCY_PERIOD_GAP'
  | 'AGENCY_PERIOD_OVERLAP'
  | 'AGENCY_PLACE_REQUIRED'
  | 'ANNUAL_REPORT_ALREADY_ISSUED'
  | 'ANNUAL_REPORT_DATE_INVALID'
  | 'ANNUAL_REPORT_DRAFT_EXISTS'
  | 'ANNUAL_REPORT_DRAFT_NOT_FOUND'
  | 'ANNUAL_REPORT_NO_DEPARTMENT'
  | 'ANNUAL_REPORT_NUMBER_INVALID'
  | 'ANNUAL_REPORT_SAME_YEAR'
  | 'ANNUAL_REPORT_TEXT_REQUIRED'
  | 'ANNUAL_REPORT_VERSION_CONFLICT'
  | 'ANNUAL_REPORT_YEAR_INVALID'
  | 'ANSWER_INVALID'
  | 'APPRAISAL_CODE_UNKNOWN'
  | 'APPRAISAL_IMPORT_INVALID'
  | 'APPRAISAL_SCORE_INVALID'
  | 'ATTACHMENT_ID_TAKEN'
  | 'ATTACHMENT_NOT_FOUND'
  | 'BAD_REQUEST'
  | 'BAD_REQUEST_BODY'
  | 'BAD_USER_INPUT'
  | 'BATCH_TOO_LARGE'
  | 'CANNOT_DEACTIVATE_SELF'
  | 'CANNOT_DEMOTE_SELF'
  | 'CHECKLIST_BAD_BOUNDS'
  | 'CHECKLIST_CODE_TAKEN'
  | 'CHECKLIST_DUPLICATE_CODE'
  | 'CHECKLIST_EMPTY'
  | 'CHECKLIST_IMPORT_INVALID'
  | 'CHECKLIST_NOT_FOUND'
  | 'CHECKLIST_NOT_PUBLISHED'
  | 'CHECKLIST_NO_DRAFT'
  | 'CHECKLIST_VERSION_NOT_FOUND'
  | 'CRITERIA_BANDS_INVALID'
  | 'CRITERIA_CODE_INVALID'
  | 'CRITERIA_CODE_MISSING'
  | 'CRITERIA_CODE_NOT_UNDER_PARENT'
  | 'CRITERIA_DUPLICATE_CODE'
  | 'CRITERIA_IMPORT_INVALID'
  | 'CRITERIA_MEASURE_ON_PARENT'
  | 'CRITERIA_MEASURE_PARAMS_INVALID'
  | 'CRITERIA_MEASURE_UNKNOWN'
  | 'CRITERIA_NUMBER_INVALID'
  | 'CRITERIA_PARENT_MISSING'
  | 'CRITERIA_POINTS_MISMATCH'
  | 'CRITERIA_SET_DETAILS_INVALID'
  | 'CRITERIA_SET_EMPTY'
  | 'CRITERIA_SET_NOT_FOUND'
  | 'CRITERIA_STEP_INVALID'
  | 'CRITERIA_TEXT_MISSING'
  | 'CRITERIA_TOO_DEEP'
  | 'CRITERIA_TOTAL_MISMATCH'
  | 'CRITERION_NOT_FOUND'
  | 'CRITERION_NOT_SCORED_DIRECTLY'
  | 'CROSS_SITE_REQUEST_REFUSED'
  | 'DATABASE_UNAVAILABLE'
  | 'DEADLINE_EXTENSION_REASON_REQUIRED'
  | 'DEVICE_OF_ANOTHER_USER'
  | 'DIRECTIVE_DOCUMENT_NOT_FOUND'
  | 'DOCUMENT_IS_CONCLUSION_NOTICE'
  | 'DOCUMENT_NUMBER_INVALID'
  | 'DOCUMENT_NUMBER_TAKEN'
  | 'DOCUMENT_SUMMARY_REQUIRED'
  | 'EVIDENCE_FILE_NOT_FOUND'
  | 'EVIDENCE_NOT_FOUND'
  | 'EVIDENCE_OTHER_YEAR'
  | 'EVIDENCE_PACK_FAILED'
  | 'EVIDENCE_PACK_FILE_MISSING'
  | 'EVIDENCE_PACK_NOT_FOUND'
  | 'EVIDENCE_PACK_NOT_READY'
  | 'EVIDENCE_RECORD_NOT_FOUND'
  | 'EVIDENCE_SOURCE_INVALID'
  | 'FILE_ARCHIVE_INVALID'
  | 'FILE_EMPTY'
  | 'FILE_HASH_INVALID'
  | 'FILE_HASH_MISMATCH'
  | 'FILE_ID_CONFLICT'
  | 'FILE_ID_INVALID'
  | 'FILE_NOT_FOUND'
  | 'FILE_NOT_IMAGE'
  | 'FILE_PIECE_INVALID'
  | 'FILE_PIECE_TOO_SMALL'
  | 'FILE_QUOTA_EXCEEDED'
  | 'FILE_STORAGE_FAILED'
  | 'FILE_STORAGE_FULL'
  | 'FILE_TOO_LARGE'
  | 'FILE_TYPE_NOT_ALLOWED'
  | 'FILE_UNPACKS_TOO_LARGE'
  | 'FILE_UPLOAD_OFFSET'
  | 'FINDING_CLOSE_REASON_REQUIRED'
  | 'FINDING_DEADLINE_BEFORE_VISIT'
  | 'FINDING_DEADLINE_IN_PAST'
  | 'FINDING_DEADLINE_UNCHANGED'
  | 'FINDING_FOUND_TEXT_REQUIRED'
  | 'FINDING_FROM_FAILED_ITEM'
  | 'FINDING_ID_TAKEN'
  | 'FINDING_NOT_FOUND'
  | 'FINDING_NOT_YOUR_UNIT'
  | 'FINDING_VISIT_NOT_APPROVED'
  | 'FINDING_WRONG_STATUS'
  | 'FORBIDDEN'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'HELD_AFTER_REFUSED_OPERATION'
  | 'INDEX_COMPONENT_NAME_REQUIRED'
  | 'INDEX_COMPONENT_OVER_MAX'
  | 'INDEX_RANK_OVER_COUNT'
  | 'INDEX_RESULT_NOT_FOUND'
  | 'INDEX_RESULT_TAKEN'
  | 'INPUT_CONTROL_CHARACTER'
  | 'INTERNAL_SERVER_ERROR'
  | 'INVALID_CREDENTIALS'
  | 'ITEM_NOT_IN_VISIT'
  | 'LAST_ADMIN'
  | 'MEASURE_BANDS_INVALID'
  | 'MEASURE_PARAMS_INVALID'
  | 'MEASURE_YEAR_INVALID'
  | 'METHOD_NOT_ALLOWED'
  | 'NOTICE_ALREADY_RECEIVED'
  | 'NOTICE_ISSUED_BEFORE_APPROVAL'
  | 'NOTICE_ISSUED_IN_FUTURE'
  | 'NOTICE_NOT_ISSUED'
  | 'NOTICE_NOT_YOUR_UNIT'
  | 'NOTICE_NUMBER_INVALID'
  | 'NOTICE_REPORT_DUE_NOT_AFTER_ISSUE'
  | 'NOTICE_REPORT_DUE_REQUIRED'
  | 'NOTICE_REPORT_DUE_WITHOUT_FINDINGS'
  | 'NOTICE_SIGNER_REQUIRED'
  | 'NOTICE_STRENGTHS_REQUIRED'
  | 'NOTICE_VISIT_NOT_APPROVED'
  | 'NOTIFICATION_EMAIL_REQUIRED'
  | 'NOTIFICATION_NOT_FOUND'
  | 'NOT_APPLICABLE_REASON_REQUIRED'
  | 'NOT_FOUND'
  | 'OPERATION_ID_REUSED'
  | 'OPERATION_RESOLUTION_FAILURE'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'PERSISTED_QUERY_NOT_SUPPORTED'
  | 'PLAN_LINE_DATE_MONTH_MISMATCH'
  | 'PLAN_LINE_DATE_OUT_OF_YEAR'
  | 'PLAN_LINE_DUPLICATE'
  | 'PLAN_LINE_NOT_FOUND'
  | 'PLAN_LINE_STARTED'
  | 'PLAN_NOT_FOUND'
  | 'PUSH_SUBSCRIPTION_INVALID'
  | 'QUERY_TOO_COSTLY'
  | 'QUERY_TOO_DEEP'
  | 'QUERY_TOO_LONG'
  | 'QUERY_TOO_MANY_ALIASES'
  | 'QUERY_TOO_MANY_DIRECTIVES'
  | 'REGISTER_IMPORT_INVALID'
  | 'REGISTER_NOT_FOUND'
  | 'REGISTER_VERSION_CONFLICT'
  | 'REGISTER_YEAR_INVALID'
  | 'REMEDIATION_REJECTION_REASON_REQUIRED'
  | 'REMEDIATION_TEXT_REQUIRED'
  | 'REOPEN_REASON_REQUIRED'
  | 'REQUEST_TOO_LARGE'
  | 'RETURN_COMMENT_REQUIRED'
  | 'REVIEW_COMMENT_NOT_FOUND'
  | 'REVIEW_REPLY_ID_TAKEN'
  | 'REVIEW_REPLY_REQUIRED'
  | 'REVIEW_REPLY_VISIT_NOT_RETURNED'
  | 'REVISION_REASON_REQUIRED'
  | 'ROLLUP_YEAR_INVALID'
  | 'SCORE_ABOVE_MAX'
  | 'SCORE_BETWEEN_STEPS'
  | 'SCORE_NEGATIVE'
  | 'SCORE_NOT_A_BAND'
  | 'SCORE_OVERRIDE_EXPLANATION_REQUIRED'
  | 'SCORE_WITH_NOT_APPLICABLE'
  | 'SELF_ASSESSMENT_APPRAISAL_INCOMPLETE'
  | 'SELF_ASSESSMENT_EXISTS'
  | 'SELF_ASSESSMENT_INCOMPLETE'
  | 'SELF_ASSESSMENT_LOCKED'
  | 'SELF_ASSESSMENT_NOT_FOUND'
  | 'SELF_ASSESSMENT_REISSUE_LOCKED'
  | 'SELF_ASSESSMENT_RETURN_COMMENT_REQUIRED'
  | 'SELF_ASSESSMENT_VERSION_CONFLICT'
  | 'SELF_ASSESSMENT_WRONG_STATUS'
  | 'SELF_ASSESSMENT_YEAR_INVALID'
  | 'SIGNATURE_NO_SECRETARY'
  | 'SIGN_IN_BUSY'
  | 'SIGN_IN_THROTTLED'
  | 'SUGGESTION_UNAVAILABLE'
  | 'SYNC_FAILED'
  | 'TEAM_MEMBER_DUPLICATE'
  | 'TEAM_MEMBER_NOT_FOUND'
  | 'TEAM_MEMBER_NOT_INSPECTOR'
  | 'TEAM_NEEDS_ONE_LEAD'
  | 'TEAM_NOT_FOUND'
  | 'TEAM_YEAR_MISMATCH'
  | 'TTHC_CODE_REQUIRED'
  | 'TTHC_CODE_TAKEN'
  | 'TTHC_DAYS_CUT_TOO_MANY'
  | 'TTHC_LEGAL_DAYS_REQUIRED'
  | 'TTHC_NAME_REQUIRED'
  | 'TTHC_NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'UNIT_CHANGE_BASIS_AFTER'
  | 'UNIT_CHANGE_BASIS_REQUIRED'
  | 'UNIT_CHANGE_IN_FUTURE'
  | 'UNIT_CODE_TAKEN'
  | 'UNIT_CODE_UNKNOWN'
  | 'UNIT_CYCLE'
  | 'UNIT_EVENT_INVALID'
  | 'UNIT_HAS_ACTIVE_CHILDREN'
  | 'UNIT_IMPORT_CELL_MISSING'
  | 'UNIT_IMPORT_DATE_INVALID'
  | 'UNIT_IMPORT_INVALID'
  | 'UNIT_IMPORT_KIND_UNKNOWN'
  | 'UNIT_IMPORT_ROW_INVALID'
  | 'UNIT_MERGE_TARGET_DISSOLVED'
  | 'UNIT_MERGE_TARGET_RENAME_NEW'
  | 'UNIT_NAME_REQUIRED'
  | 'UNIT_NOT_ACTIVE_IN_YEAR'
  | 'UNIT_NOT_FOUND'
  | 'UNIT_NOT_IN_FORCE'
  | 'UNIT_PARENT_INACTIVE'
  | 'UNIT_PARENT_NOT_FOUND'
  | 'UNIT_PARENT_REQUIRED'
  | 'UNIT_RECEIVER_DESCENDANT'
  | 'UNIT_RECEIVER_DISSOLVED'
  | 'UNIT_RECEIVER_NOT_FOUND'
  | 'UNIT_RECEIVER_NOT_IN_FORCE'
  | 'UNIT_RECEIVER_SELF'
  | 'UNIT_REHOME_CONFLICT'
  | 'UNIT_REHOME_UNCONFIRMED'
  | 'UNIT_RENAME_UNCHANGED'
  | 'UNIT_ROOT_LOCKED'
  | 'UNIT_VERSION_CONFLICT'
  | 'UNIT_VERSION_OVERLAP'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'USERNAME_TAKEN'
  | 'USER_NAME_REQUIRED'
  | 'USER_NOT_FOUND'
  | 'USER_UNIT_REQUIRED'
  | 'VISIT_ALREADY_STARTED'
  | 'VISIT_DATE_IN_FUTURE'
  | 'VISIT_DATE_OUTSIDE_PLAN_YEAR'
  | 'VISIT_INCOMPLETE'
  | 'VISIT_NOT_APPROVED'
  | 'VISIT_NOT_EDITABLE'
  | 'VISIT_NOT_FOUND'
  | 'VISIT_NOT_STARTED'
  | 'VISIT_NOT_SUBMITTED'
  | 'VISIT_NOT_YOUR_TEAM'
  | 'WEAK_PASSWORD'
  | 'WRONG_CURRENT_PASSWORD';

/** What `extensions` of a GraphQL error (and the JSON of a refused /api request) carries */
export type ErrorExtensions = {
  __typename?: 'ErrorExtensions';
  code: ErrorCode;
  /** The input field the message is about, when it is about one */
  field?: Maybe<Scalars['String']['output']>;
};

/** Bộ tài liệu kiểm chứng (.zip) của bản tự đánh giá, tạo ở chế độ nền */
export type EvidencePack = {
  __typename?: 'EvidencePack';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Where to download the .zip, once done */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  /** The error code when the pack failed */
  errorCode?: Maybe<Scalars['String']['output']>;
  /** Why the pack failed, in Vietnamese */
  errorMessage?: Maybe<Scalars['String']['output']>;
  fileName: Scalars['String']['output'];
  /** Files in the .zip (the manifest included), once done */
  files?: Maybe<Scalars['Int']['output']>;
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  progress: EvidencePackProgress;
  /** Bytes of the .zip, once done */
  size?: Maybe<Scalars['Float']['output']>;
  startedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: EvidencePackStatus;
  year: Scalars['Int']['output'];
};

/** Tiến độ tạo bộ tài liệu kiểm chứng: số tệp đã ghi trên tổng số */
export type EvidencePackProgress = {
  __typename?: 'EvidencePackProgress';
  done: Scalars['Int']['output'];
  /** 0 until the files are counted */
  total: Scalars['Int']['output'];
};

/** Bước của việc tạo bộ tài liệu kiểm chứng (.zip) */
export type EvidencePackStatus =
  | 'DONE'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

export type EvidencePhotoInput = {
  attachmentId: Scalars['ID']['input'];
  fileId: Scalars['ID']['input'];
};

/** Loại hồ sơ của phần mềm dùng làm tài liệu kiểm chứng */
export type EvidenceRecordKind =
  | 'DIRECTIVE_DOCUMENT'
  | 'FINDING'
  | 'INDEX_RESULT'
  | 'NOTICE'
  | 'PLAN'
  | 'PROCEDURE'
  | 'VISIT';

export type ExtendDeadlineInput = {
  findingId: Scalars['ID']['input'];
  newDeadline: Scalars['LocalDate']['input'];
  reason: Scalars['String']['input'];
};

export type FieldWriteKind =
  | 'ANSWER_ITEM'
  | 'ATTACH_VISIT_FILE'
  | 'DELETE_FINDING'
  | 'REMOVE_VISIT_ATTACHMENT'
  | 'REPLY_TO_REVIEW_COMMENT'
  | 'SAVE_FINDING'
  | 'SET_VISIT_ATTENDEES'
  | 'SET_VISIT_CONCLUSION'
  | 'SET_VISIT_UNIT_COMMENTS'
  | 'START_VISIT'
  | 'SUBMIT_VISIT';

/** Tồn tại, hạn chế phát hiện khi kiểm tra */
export type Finding = {
  __typename?: 'Finding';
  /** Lý do đóng khi đơn vị chưa báo cáo khắc phục */
  closeReason?: Maybe<Scalars['String']['output']>;
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Hạn khắc phục */
  deadline?: Maybe<Scalars['LocalDate']['output']>;
  /** Lịch sử gia hạn, oldest first */
  deadlineExtensions: Array<FindingDeadlineExtension>;
  /** @deprecated Use foundText (what was found) and requirement; this is foundText, empty while not written */
  description: Scalars['String']['output'];
  /** Evidence: the photos taken for the finding's item at the visit */
  evidencePhotos: Array<Attachment>;
  /** Đơn vị kế thừa theo dõi tồn tại since the responsible unit ended (merge, split); null: the responsible unit follows it */
  followingUnit?: Maybe<Unit>;
  /** Thực trạng phát hiện (what was found); null: not written yet */
  foundText?: Maybe<Scalars['String']['output']>;
  fromFailedItem: Scalars['Boolean']['output'];
  /** The checklist group title the finding belongs to */
  groupTitle: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  itemCode?: Maybe<Scalars['String']['output']>;
  itemId?: Maybe<Scalars['ID']['output']>;
  /** What was found is not written yet (shown "Chưa ghi thực trạng") */
  needsWording: Scalars['Boolean']['output'];
  overdue: Scalars['Boolean']['output'];
  /** Kiến nghị */
  recommendation?: Maybe<Scalars['String']['output']>;
  rejectedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who rejected the latest remediation report */
  rejectedByName?: Maybe<Scalars['String']['output']>;
  /** Lý do không chấp nhận báo cáo khắc phục gần nhất (kept after the unit reports again) */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  remediationPhotos: Array<Attachment>;
  remediationReportedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  remediationText?: Maybe<Scalars['String']['output']>;
  reopenCount: Scalars['Int']['output'];
  /** Yêu cầu: the checklist item's text, the requirement the finding is measured against */
  requirement?: Maybe<Scalars['String']['output']>;
  /** Đơn vị chịu trách nhiệm: the unit the finding was raised against */
  responsibleUnit: Unit;
  /** The responsible unit as it was on the day of the visit that found it (its version then) */
  responsibleUnitAsOf: UnitAsOf;
  severity: FindingSeverity;
  status: FindingStatus;
  version: Scalars['Float']['output'];
  /** Day of the visit that found it */
  visitDate?: Maybe<Scalars['String']['output']>;
  visitId: Scalars['ID']['output'];
};

/** Số lượng tồn tại theo trạng thái */
export type FindingCounts = {
  __typename?: 'FindingCounts';
  closed: Scalars['Int']['output'];
  open: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  remediationReported: Scalars['Int']['output'];
};

/** Một lần gia hạn khắc phục */
export type FindingDeadlineExtension = {
  __typename?: 'FindingDeadlineExtension';
  extendedAt: Scalars['DateTimeISO']['output'];
  extendedByName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Hạn mới */
  newDeadline: Scalars['LocalDate']['output'];
  /** Hạn cũ */
  previousDeadline?: Maybe<Scalars['LocalDate']['output']>;
  reason: Scalars['String']['output'];
};

/** Tồn tại theo kết quả khắc phục */
export type FindingFigure = {
  __typename?: 'FindingFigure';
  /** Closed after the deadline */
  fixedLate: Scalars['Int']['output'];
  /** Closed on or before the deadline (or closed without a deadline) */
  fixedOnTime: Scalars['Int']['output'];
  /** Group code (the group title for a finding without an item); TOTAL overall */
  groupCode: Scalars['String']['output'];
  groupTitle: Scalars['String']['output'];
  /** Not closed, not overdue */
  open: Scalars['Int']['output'];
  /** Not closed, deadline before asOf */
  overdue: Scalars['Int']['output'];
  /** Same item and responsible unit had a finding in an earlier year */
  repeat: Scalars['Int']['output'];
  /** null on the total */
  severity?: Maybe<FindingSeverity>;
  total: Scalars['Int']['output'];
};

export type FindingFilter = {
  /** Only those past their deadline and not closed */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Words of the finding's text, recommendation or group, or of its unit's name or code, with or without diacritics */
  search?: InputMaybe<Scalars['String']['input']>;
  severity?: InputMaybe<FindingSeverity>;
  status?: InputMaybe<FindingStatus>;
  /** Findings raised against the unit, and those it follows since the unit they were raised against ended */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** Year of the visit */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** One page of the finding list */
export type FindingPage = {
  __typename?: 'FindingPage';
  items: Array<Finding>;
  /** Items in the whole list with the same filters */
  total: Scalars['Int']['output'];
};

export type FindingSeverity =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type FindingStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'REMEDIATION_REPORTED';

export type GroupProgress = {
  __typename?: 'GroupProgress';
  answered: Scalars['Int']['output'];
  groupId: Scalars['ID']['output'];
  total: Scalars['Int']['output'];
};

/** Số liệu của trang chủ, trong phạm vi người dùng được xem */
export type HomeCounts = {
  __typename?: 'HomeCounts';
  /** Findings not remediated (OPEN) */
  findingsOpen: Scalars['Int']['output'];
  /** Findings past their deadline and not closed */
  findingsOverdue: Scalars['Int']['output'];
  /** Findings whose remediation report waits for the office (REMEDIATION_REPORTED) */
  findingsRemediationReported: Scalars['Int']['output'];
  /** Of those, carried out: approved and dated in the plan's year */
  planVisitsDoneThisYear: Scalars['Int']['output'];
  /** Approved visits of the current year */
  visitsApprovedThisYear: Scalars['Int']['output'];
  /** Visits started and not submitted (IN_PROGRESS), any year */
  visitsInProgress: Scalars['Int']['output'];
  /** Visits of the current year not started yet (PLANNED) */
  visitsPlanned: Scalars['Int']['output'];
  /** Visits of the current year's plans (one per plan line) */
  visitsPlannedThisYear: Scalars['Int']['output'];
  /** Visits returned for correction (RETURNED), any year */
  visitsReturned: Scalars['Int']['output'];
  /** Visits waiting for review (SUBMITTED), any year */
  visitsSubmitted: Scalars['Int']['output'];
  /** The current year in the department time zone, which the yearly figures count */
  year: Scalars['Int']['output'];
};

/** Điểm thành phần của chỉ số */
export type IndexComponent = {
  __typename?: 'IndexComponent';
  maxScore?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  score: Scalars['Float']['output'];
};

export type IndexComponentInput = {
  maxScore?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
  score: Scalars['Float']['input'];
};

/** Kết quả chỉ số SIPAS / PAR INDEX của năm */
export type IndexResult = {
  __typename?: 'IndexResult';
  components: Array<IndexComponent>;
  id: Scalars['ID']['output'];
  index: AssessmentIndex;
  note?: Maybe<Scalars['String']['output']>;
  /** Xếp hạng among the province’s departments */
  rank?: Maybe<Scalars['Int']['output']>;
  /** How many departments the province ranked that year: the N of "xếp hạng 5/N" */
  rankOf?: Maybe<Scalars['Int']['output']>;
  totalScore: Scalars['Float']['output'];
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type IndexResultInput = {
  components?: InputMaybe<Array<IndexComponentInput>>;
  index: AssessmentIndex;
  note?: InputMaybe<Scalars['String']['input']>;
  rank?: InputMaybe<Scalars['Int']['input']>;
  rankOf?: InputMaybe<Scalars['Int']['input']>;
  totalScore: Scalars['Float']['input'];
  year: Scalars['Int']['input'];
};

/** Điểm SIPAS / PAR INDEX của một năm */
export type IndexScore = {
  __typename?: 'IndexScore';
  index: AssessmentIndex;
  rank?: Maybe<Scalars['Int']['output']>;
  /** How many departments were ranked: the N of rank/N */
  rankOf?: Maybe<Scalars['Int']['output']>;
  totalScore: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

/** Kế hoạch kiểm tra */
export type InspectionPlan = {
  __typename?: 'InspectionPlan';
  documentDate: Scalars['LocalDate']['output'];
  /** e.g. 80/KH-SNN */
  documentNumber: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lines: Array<PlanLine>;
  /** Planned, done, in progress and overdue by month */
  progress: Array<PlanMonthProgress>;
  template: ChecklistTemplate;
  title: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** Đoàn kiểm tra */
export type InspectionTeam = {
  __typename?: 'InspectionTeam';
  decisionDate: Scalars['LocalDate']['output'];
  /** Quyết định thành lập đoàn, e.g. 120/QĐ-SNN */
  decisionNumber: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  members: Array<TeamMember>;
  name: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type IssueConclusionNoticeInput = {
  /** Ngày ban hành */
  issuedOn: Scalars['LocalDate']['input'];
  /** Số và ký hiệu, e.g. 25/TB-SNN */
  number: Scalars['String']['input'];
  /** Đơn vị báo cáo kết quả khắc phục về Sở trước ngày này; bắt buộc khi có tồn tại */
  reportDueOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Họ tên người ký (Giám đốc hoặc Phó Giám đốc được ủy quyền) */
  signerName: Scalars['String']['input'];
  /** Ưu điểm của đơn vị */
  strengths: Scalars['String']['input'];
  visitId: Scalars['ID']['input'];
};

/** Cơ quan ban hành văn bản trong một thời kỳ (tên, cơ quan chủ quản, ký hiệu...) */
export type IssuingAgencyIdentity = {
  __typename?: 'IssuingAgencyIdentity';
  /** Ký hiệu in document numbers, e.g. SNNMT of 12/TB-SNNMT */
  abbreviation: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Căn cứ pháp lý, e.g. Nghị quyết 176/2025/QH15 */
  legalBasis: Scalars['String']['output'];
  /** Ngày ban hành của căn cứ pháp lý */
  legalBasisDate?: Maybe<Scalars['LocalDate']['output']>;
  /** Tên cơ quan, e.g. Sở Nông nghiệp và Môi trường */
  name: Scalars['String']['output'];
  /** Nơi nhận of the conclusion notice, after the inspected unit */
  noticeRecipients: Array<Scalars['String']['output']>;
  /** Cơ quan chủ quản as printed, e.g. UBND TỈNH LẠNG SƠN */
  parentName?: Maybe<Scalars['String']['output']>;
  /** Địa danh of the place-date line, e.g. Lạng Sơn */
  place: Scalars['String']['output'];
  /** Nơi nhận of the annual report */
  reportRecipients: Array<Scalars['String']['output']>;
  /** Lines over the signature, e.g. KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC */
  signerTitleLines: Array<Scalars['String']['output']>;
  /** Ngày bắt đầu có hiệu lực */
  validFrom: Scalars['LocalDate']['output'];
  /** Ngày cuối cùng có hiệu lực; null: đang có hiệu lực */
  validTo?: Maybe<Scalars['LocalDate']['output']>;
  version: Scalars['Int']['output'];
};

export type ItemCommentInput = {
  comment: Scalars['String']['input'];
  itemId: Scalars['ID']['input'];
};

/** Một hồ sơ được đếm khi tính điểm gợi ý */
export type MeasuredRecordView = {
  __typename?: 'MeasuredRecordView';
  /** Counted in the numerator, not only the denominator */
  counted: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: EvidenceRecordKind;
  /** Số, ngày, đơn vị của hồ sơ */
  label: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts the score suggested from the year’s records, computed again on the server; draft only */
  acceptSuggestion: CriterionScore;
  /** Thủ trưởng đơn vị xác nhận đã nhận thông báo kết luận đã ban hành; lần sau giữ nguyên lần đầu */
  acknowledgeConclusionNotice: NoticeAcknowledgement;
  /** Cites a record of the year or an uploaded file as evidence */
  addAssessmentEvidence: AssessmentEvidence;
  /** Thêm cơ quan ban hành từ một ngày; thời kỳ đang có hiệu lực kết thúc vào ngày hôm trước */
  addIssuingAgencyIdentity: IssuingAgencyIdentity;
  /** Adds a unit to the plan; its visit is created, planned */
  addPlanLine: PlanLine;
  answerItem: Visit;
  approveSelfAssessment: SelfAssessment;
  /** Approves and locks a submitted visit */
  approveVisit: Visit;
  /** Attaches an uploaded photo (to an item) or a signature */
  attachVisitFile: Visit;
  /** Changes the own password; other sessions are signed out */
  changePassword: Scalars['Boolean']['output'];
  /** Accepts the unit's remediation report and closes the finding */
  closeFinding: Finding;
  /** Closes a finding the unit has not reported on, with a reason */
  closeFindingWithoutReport: Finding;
  /** Sửa thông tin (không phải thay đổi tổ chức): sửa địa chỉ ghi sai của giai đoạn hiện tại, tọa độ trên bản đồ; ghi nhật ký. Đổi tên, mã, loại, đơn vị cấp trên: recordUnitChange */
  correctUnitDetails: Unit;
  createAdministrativeProcedure: AdministrativeProcedure;
  /** Creates a checklist with an empty draft version 1 */
  createChecklistTemplate: ChecklistTemplate;
  createDirectiveDocument: DirectiveDocument;
  createIndexResult: IndexResult;
  createInspectionPlan: InspectionPlan;
  /** Creates a user who must change the given password at first sign-in */
  createUser: User;
  deleteAdministrativeProcedure: Scalars['Boolean']['output'];
  deleteDirectiveDocument: Scalars['Boolean']['output'];
  deleteFinding: Visit;
  deleteIndexResult: Scalars['Boolean']['output'];
  /** The Sở Nội vụ’s score and comment of a criterion in a round */
  enterAppraisalScore: CriterionScore;
  /** Moves the deadline (gia hạn), with a reason */
  extendFindingDeadline: Finding;
  /** Closes the appraisal: the result is final */
  finaliseSelfAssessment: SelfAssessment;
  /** Gives the report its number (the "215" of 215/BC-SNN) and date */
  issueAnnualReport: AnnualReportDraft;
  /** Văn phòng ban hành thông báo kết luận của cuộc kiểm tra đã duyệt (số, ngày, ưu điểm, hạn báo cáo, người ký); sửa được đến khi đơn vị xác nhận đã nhận */
  issueConclusionNotice: ConclusionNotice;
  /** Đánh dấu mọi thông báo của tôi là đã đọc; trả về số đã đánh dấu */
  markAllNotificationsRead: Scalars['Int']['output'];
  /** Đánh dấu một thông báo của tôi là đã đọc */
  markNotificationRead: Notification;
  /** Publishes (freezes) the draft */
  publishChecklistDraft: ChecklistVersion;
  /** Ghi nhận thay đổi tổ chức có hiệu lực từ một ngày, theo văn bản căn cứ: thành lập, đổi tên, chuyển cấp trên, hợp nhất, chia tách, giải thể */
  recordUnitChange: UnitChange;
  /** Rejects the unit's remediation report, with a reason: back to the unit */
  rejectRemediation: Finding;
  removeAssessmentEvidence: Scalars['Boolean']['output'];
  /** Removes a line whose visit has not started */
  removePlanLine: Scalars['Boolean']['output'];
  /** Bỏ đăng ký nhận thông báo đẩy của trình duyệt này */
  removePushSubscription: Scalars['Boolean']['output'];
  removeVisitAttachment: Visit;
  /** Reopens a finding, with a reason */
  reopenFinding: Finding;
  /** A team member answers a reviewer's comment on a returned visit (a field write, also queued in syncBatch) */
  replyToReviewComment: ReviewReply;
  /** A phone says how much unsent work it holds for every person whose work is on it, whoever is signed in; returns the number of persons recorded */
  reportPhoneHoldings: Scalars['Int']['output'];
  /** The unit head reports remediation on their unit's finding */
  reportRemediation: Finding;
  /** Sets a temporary password and signs the user out everywhere */
  resetUserPassword: User;
  /** Returns a submitted assessment to draft, with a comment */
  returnSelfAssessment: SelfAssessment;
  /** Returns a submitted visit with comments */
  returnVisit: Visit;
  /** Changes an approved visit, with a reason kept in the audit trail */
  reviseVisit: Visit;
  saveAnnualReportDraft: AnnualReportDraft;
  /** Replaces the draft content (a new draft if none) */
  saveChecklistDraft: ChecklistVersion;
  /** Adds or edits a finding while the visit is open */
  saveFinding: Visit;
  /** Creates a team, or replaces its details and members */
  saveInspectionTeam: InspectionTeam;
  /** Lưu lựa chọn loại và kênh nhận thông báo của tôi */
  saveNotificationSettings: NotificationSettings;
  /** Lưu đăng ký nhận thông báo đẩy của trình duyệt này cho tôi */
  savePushSubscription: Scalars['Boolean']['output'];
  /** A criterion’s self-score, explanation or not-applicable; draft only */
  scoreCriterion: CriterionScore;
  /** Deactivates (signing the user out) or reactivates a user */
  setUserActive: User;
  setVisitAttendees: Visit;
  setVisitConclusion: Visit;
  /** Records the inspected unit's comments for the minutes */
  setVisitUnitComments: Visit;
  /** Signs in and sets the session cookie */
  signIn: User;
  /** Revokes this session and clears the cookie */
  signOut: Scalars['Boolean']['output'];
  /** Starts a year’s narrative as a copy of another year’s */
  startAnnualReportDraftFromYear: AnnualReportDraft;
  /** Starts building the year’s evidence pack (.zip) in the background, or answers the one being built */
  startEvidencePack: EvidencePack;
  /** Starts the year’s self-assessment on its latest criteria set */
  startSelfAssessment: SelfAssessment;
  /** The approved assessment goes to the Sở Nội vụ’s appraisal */
  startSelfAssessmentAppraisal: SelfAssessment;
  startVisit: Visit;
  /** Submits the draft to leadership; it is locked from then on */
  submitSelfAssessment: SelfAssessment;
  /** Submits for review; refused with VISIT_INCOMPLETE and the list of what is missing */
  submitVisit: Visit;
  /** Applies a phone's queued field writes, in order, once each */
  syncBatch: SyncResult;
  updateAdministrativeProcedure: AdministrativeProcedure;
  updateDirectiveDocument: DirectiveDocument;
  updateIndexResult: IndexResult;
  updatePlanLine: PlanLine;
  /** Changes a user's full name, role and unit; the new permissions hold from their next request */
  updateUser: User;
};


export type MutationAcceptSuggestionArgs = {
  assessmentId: Scalars['ID']['input'];
  criterionId: Scalars['ID']['input'];
};


export type MutationAcknowledgeConclusionNoticeArgs = {
  visitId: Scalars['ID']['input'];
};


export type MutationAddAssessmentEvidenceArgs = {
  input: AddAssessmentEvidenceInput;
};


export type MutationAddIssuingAgencyIdentityArgs = {
  input: AddIssuingAgencyIdentityInput;
};


export type MutationAddPlanLineArgs = {
  input: PlanLineInput;
};


export type MutationAnswerItemArgs = {
  input: AnswerItemInput;
};


export type MutationApproveSelfAssessmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationApproveVisitArgs = {
  visitId: Scalars['ID']['input'];
};


export type MutationAttachVisitFileArgs = {
  input: AttachFileInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCloseFindingArgs = {
  input: CloseFindingInput;
};


export type MutationCloseFindingWithoutReportArgs = {
  input: CloseWithoutReportInput;
};


export type MutationCorrectUnitDetailsArgs = {
  input: CorrectUnitDetailsInput;
};


export type MutationCreateAdministrativeProcedureArgs = {
  input: AdministrativeProcedureInput;
};


export type MutationCreateChecklistTemplateArgs = {
  input: CreateChecklistTemplateInput;
};


export type MutationCreateDirectiveDocumentArgs = {
  input: DirectiveDocumentInput;
};


export type MutationCreateIndexResultArgs = {
  input: IndexResultInput;
};


export type MutationCreateInspectionPlanArgs = {
  input: CreatePlanInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeleteAdministrativeProcedureArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDirectiveDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteFindingArgs = {
  input: DeleteFindingInput;
};


export type MutationDeleteIndexResultArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEnterAppraisalScoreArgs = {
  input: AppraisalScoreInput;
};


export type MutationExtendFindingDeadlineArgs = {
  input: ExtendDeadlineInput;
};


export type MutationFinaliseSelfAssessmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationIssueAnnualReportArgs = {
  date: Scalars['LocalDate']['input'];
  number: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};


export type MutationIssueConclusionNoticeArgs = {
  input: IssueConclusionNoticeInput;
};


export type MutationMarkNotificationReadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishChecklistDraftArgs = {
  templateId: Scalars['ID']['input'];
};


export type MutationRecordUnitChangeArgs = {
  input: RecordUnitChangeInput;
};


export type MutationRejectRemediationArgs = {
  input: RejectRemediationInput;
};


export type MutationRemoveAssessmentEvidenceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemovePlanLineArgs = {
  lineId: Scalars['ID']['input'];
};


export type MutationRemovePushSubscriptionArgs = {
  endpoint: Scalars['String']['input'];
};


export type MutationRemoveVisitAttachmentArgs = {
  input: RemoveAttachmentInput;
};


export type MutationReopenFindingArgs = {
  input: ReopenFindingInput;
};


export type MutationReplyToReviewCommentArgs = {
  input: ReplyToReviewCommentInput;
};


export type MutationReportPhoneHoldingsArgs = {
  input: PhoneHoldingsInput;
};


export type MutationReportRemediationArgs = {
  input: ReportRemediationInput;
};


export type MutationResetUserPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationReturnSelfAssessmentArgs = {
  input: ReturnSelfAssessmentInput;
};


export type MutationReturnVisitArgs = {
  input: ReturnVisitInput;
};


export type MutationReviseVisitArgs = {
  input: ReviseVisitInput;
};


export type MutationSaveAnnualReportDraftArgs = {
  input: SaveAnnualReportDraftInput;
};


export type MutationSaveChecklistDraftArgs = {
  input: SaveChecklistDraftInput;
};


export type MutationSaveFindingArgs = {
  input: SaveFindingInput;
};


export type MutationSaveInspectionTeamArgs = {
  input: SaveTeamInput;
};


export type MutationSaveNotificationSettingsArgs = {
  input: SaveNotificationSettingsInput;
};


export type MutationSavePushSubscriptionArgs = {
  input: SavePushSubscriptionInput;
};


export type MutationScoreCriterionArgs = {
  input: ScoreCriterionInput;
};


export type MutationSetUserActiveArgs = {
  input: SetUserActiveInput;
};


export type MutationSetVisitAttendeesArgs = {
  input: SetAttendeesInput;
};


export type MutationSetVisitConclusionArgs = {
  input: SetConclusionInput;
};


export type MutationSetVisitUnitCommentsArgs = {
  input: SetUnitCommentsInput;
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationStartAnnualReportDraftFromYearArgs = {
  fromYear: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};


export type MutationStartEvidencePackArgs = {
  agencyKind?: AgencyKind;
  year: Scalars['Int']['input'];
};


export type MutationStartSelfAssessmentArgs = {
  input: StartSelfAssessmentInput;
};


export type MutationStartSelfAssessmentAppraisalArgs = {
  id: Scalars['ID']['input'];
};


export type MutationStartVisitArgs = {
  input: StartVisitInput;
};


export type MutationSubmitSelfAssessmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSubmitVisitArgs = {
  input: SubmitVisitInput;
};


export type MutationSyncBatchArgs = {
  input: SyncBatchInput;
};


export type MutationUpdateAdministrativeProcedureArgs = {
  input: UpdateAdministrativeProcedureInput;
};


export type MutationUpdateDirectiveDocumentArgs = {
  input: UpdateDirectiveDocumentInput;
};


export type MutationUpdateIndexResultArgs = {
  input: UpdateIndexResultInput;
};


export type MutationUpdatePlanLineArgs = {
  input: UpdatePlanLineInput;
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};

export type NewUnitInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  code: Scalars['String']['input'];
  kind: UnitKind;
  name: Scalars['String']['input'];
  /** Đơn vị cấp trên */
  parentId: Scalars['ID']['input'];
  shortName?: InputMaybe<Scalars['String']['input']>;
};

/** Xác nhận đơn vị đã nhận thông báo kết luận */
export type NoticeAcknowledgement = {
  __typename?: 'NoticeAcknowledgement';
  acknowledgedAt: Scalars['DateTimeISO']['output'];
  /** Họ tên người xác nhận */
  acknowledgedByName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

/** Một thông báo trong hộp thư của người dùng */
export type Notification = {
  __typename?: 'Notification';
  /** Nội dung, tiếng Việt */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** Địa chỉ của hồ sơ trong ứng dụng, ví dụ /cuoc-kiem-tra/<id> */
  link: Scalars['String']['output'];
  readAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Tiêu đề, tiếng Việt */
  title: Scalars['String']['output'];
};

/** Kênh nhận thông báo ngoài hộp thư trong ứng dụng */
export type NotificationChannel =
  | 'EMAIL'
  | 'PUSH';

/** Loại thông báo */
export type NotificationKind =
  | 'DEADLINE_PASSED'
  | 'DEADLINE_SOON'
  | 'FINDINGS_ISSUED'
  | 'REMEDIATION_REPORTED'
  | 'VISIT_PLANNED'
  | 'VISIT_RETURNED'
  | 'VISIT_TOMORROW';

/** Một trang của hộp thư, mới nhất trước */
export type NotificationPage = {
  __typename?: 'NotificationPage';
  items: Array<Notification>;
  /** Tổng số thông báo */
  total: Scalars['Int']['output'];
};

/** Lựa chọn nhận thông báo của người dùng */
export type NotificationSettings = {
  __typename?: 'NotificationSettings';
  /** Các kênh ngoài hộp thư trong ứng dụng (luôn có) */
  channels: Array<NotificationChannel>;
  emailAddress?: Maybe<Scalars['String']['output']>;
  /** Máy chủ đã cấu hình gửi thư (SMTP) */
  emailAvailable: Scalars['Boolean']['output'];
  /** Các loại thông báo muốn nhận */
  kinds: Array<NotificationKind>;
};

/** Mức dịch vụ công trực tuyến */
export type OnlineService =
  | 'KHONG'
  | 'MOT_PHAN'
  | 'TOAN_TRINH';

export type OperationOutcome = {
  __typename?: 'OperationOutcome';
  code?: Maybe<Scalars['String']['output']>;
  /** Why it was refused, in Vietnamese */
  message?: Maybe<Scalars['String']['output']>;
  operationId: Scalars['ID']['output'];
  sequence: Scalars['Int']['output'];
  status: OutcomeStatus;
};

export type OutcomeStatus =
  | 'APPLIED'
  | 'HELD'
  | 'REFUSED';

export type PassFail =
  | 'FAIL'
  | 'NOT_APPLICABLE'
  | 'PASS';

export type PendingReportInput = {
  count: Scalars['Int']['input'];
  oldestAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  operationIds: Array<Scalars['ID']['input']>;
};

/** Chỉ số đo được từ dữ liệu của phần mềm cho một tiêu chí */
export type PerformanceMeasure =
  | 'DIRECTIVE_ISSUED_ON_TIME'
  | 'FINDINGS_FIXED_ON_TIME'
  | 'FINDINGS_FOLLOWED_UP'
  | 'PLAN_INSPECTED'
  | 'TTHC_ONE_STOP'
  | 'TTHC_ONLINE'
  | 'TTHC_POSTAL'
  | 'TTHC_TIME_CUT';

export type PhoneHoldingInput = {
  /** Writes of this person still on the phone */
  count: Scalars['Int']['input'];
  /** The phone's installation id for this person (as in syncBatch) */
  deviceId: Scalars['ID']['input'];
  /** When the oldest of them was made */
  oldestAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** The operation ids of those writes: the server counts only those it has not applied, so a report that arrives after the writes themselves cannot bring back a count of work already arrived */
  operationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  userId: Scalars['ID']['input'];
};

export type PhoneHoldingsInput = {
  holdings: Array<PhoneHoldingInput>;
};

/** Một dòng của kế hoạch: đơn vị, tháng (ngày dự kiến), đoàn */
export type PlanLine = {
  __typename?: 'PlanLine';
  id: Scalars['ID']['output'];
  plannedDate?: Maybe<Scalars['LocalDate']['output']>;
  plannedMonth: Scalars['Int']['output'];
  team: InspectionTeam;
  unit: Unit;
  /** The line's unit as it was on its visit's day (not made yet: its planned month, within the plan year) */
  unitAsOf: UnitAsOf;
  visit?: Maybe<Visit>;
};

export type PlanLineInput = {
  planId: Scalars['ID']['input'];
  /** Ngày dự kiến, in the plan year and the month */
  plannedDate?: InputMaybe<Scalars['LocalDate']['input']>;
  plannedMonth: Scalars['Int']['input'];
  teamId: Scalars['ID']['input'];
  unitId: Scalars['ID']['input'];
};

/** Tiến độ kế hoạch trong một tháng */
export type PlanMonthProgress = {
  __typename?: 'PlanMonthProgress';
  /** Approved visits */
  done: Scalars['Int']['output'];
  /** Started, submitted or returned */
  inProgress: Scalars['Int']['output'];
  month: Scalars['Int']['output'];
  /** Not approved although the month has ended */
  overdue: Scalars['Int']['output'];
  /** Plan lines in the month */
  planned: Scalars['Int']['output'];
};

/** Cấp thẩm quyền giải quyết TTHC */
export type ProcedureLevel =
  | 'HUYEN'
  | 'TINH'
  | 'XA';

/** Cơ chế một cửa / liên thông */
export type ProcedureMechanism =
  | 'MOT_CUA'
  | 'MOT_CUA_LIEN_THONG';

/** One page of the TTHC catalogue of a year */
export type ProcedurePage = {
  __typename?: 'ProcedurePage';
  items: Array<AdministrativeProcedure>;
  /** Items in the whole list with the same filters */
  total: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The TTHC catalogue of a year, by code */
  administrativeProcedures: Array<AdministrativeProcedure>;
  /** The narrative of a year’s SIPAS / PAR INDEX report */
  annualReportDraft?: Maybe<AnnualReportDraft>;
  /** The year’s report as an HTML fragment for reading on screen: the same text as the .docx and .pdf, every text escaped */
  annualReportPreview: Scalars['String']['output'];
  /** History of a visit (with its answers, photos, findings) or any record; unit heads: their findings only */
  auditTrail: Array<AuditEntry>;
  /** Nhật ký của cả hệ thống, mới nhất trước: một trang và tổng số mục khớp bộ lọc */
  auditTrailPage: AuditEntryPage;
  checklistTemplates: Array<ChecklistTemplate>;
  /** A checklist version with its groups and items */
  checklistVersion: ChecklistVersion;
  /** The records of a kind that a self-assessment of the year can cite as evidence, those whose label has every word of search; at most 100 */
  citableRecords: Array<CitableRecord>;
  criteriaSet: CriteriaSet;
  /** PAR INDEX criteria sets (every revision), newest first */
  criteriaSets: Array<CriteriaSet>;
  /** One page of the directive documents of a year matching the search, by date, with their count */
  directiveDocumentPage: DirectiveDocumentPage;
  /** Directive documents issued in a year, by date */
  directiveDocuments: Array<DirectiveDocument>;
  /** An evidence pack and its progress, from any server instance */
  evidencePack: EvidencePack;
  /** The latest evidence packs of a year, newest first */
  evidencePacks: Array<EvidencePack>;
  finding: Finding;
  findingCounts: FindingCounts;
  /** One page of the findings list, with the count of the whole list */
  findingPage: FindingPage;
  /** Findings of approved visits that the signed-in user may see */
  findings: Array<Finding>;
  /** The home screen's figures, within what the signed-in user may see */
  homeCounts: HomeCounts;
  /** SIPAS and PAR INDEX results of a year, or of every year */
  indexResults: Array<IndexResult>;
  inspectionPlan: InspectionPlan;
  inspectionPlans: Array<InspectionPlan>;
  inspectionTeams: Array<InspectionTeam>;
  /** Active inspectors, to form inspection teams */
  inspectors: Array<User>;
  /** Cơ quan ban hành văn bản theo từng thời kỳ, cũ nhất trước */
  issuingAgencyIdentities: Array<IssuingAgencyIdentity>;
  /** The signed-in user, or null */
  me?: Maybe<User>;
  /** Hộp thư thông báo của tôi, mới nhất trước */
  myNotifications: NotificationPage;
  /** Các cuộc kiểm tra đã phê duyệt của đơn vị mình: biên bản, thông báo kết luận và xác nhận đã nhận */
  myUnitVisits: Array<Visit>;
  /** Visits of the signed-in inspector's teams */
  myVisits: Array<Visit>;
  /** Lựa chọn nhận thông báo của tôi */
  notificationSettings: NotificationSettings;
  /** Xem trước một thay đổi tổ chức (không ghi gì): đơn vị kết thúc, đơn vị sau thay đổi, những gì chuyển đi */
  previewUnitChange: UnitChangePreview;
  /** One page of the TTHC catalogue of a year matching the search, by code, with their count */
  procedurePage: ProcedurePage;
  /** Khóa công khai VAPID để trình duyệt đăng ký nhận thông báo đẩy */
  pushPublicKey: Scalars['String']['output'];
  /** The annual roll-up of a year over a sub-tree of units (default: everything) */
  rollup: Rollup;
  /** The records behind one figure of the roll-up */
  rollupRecords: Array<RollupRecord>;
  /** The self-assessment of a year, if started */
  selfAssessment?: Maybe<SelfAssessment>;
  /** Every year’s self-assessment, newest first */
  selfAssessments: Array<SelfAssessment>;
  /** Phones and what is still waiting on each, oldest first */
  syncDevices: Array<Device>;
  /** The TTHC figures of a year, computed from its catalogue */
  tthcFigures: TthcFigures;
  unit?: Maybe<Unit>;
  /** Units of the department, flat; build the tree from parentId */
  units: Array<Unit>;
  /** Số thông báo chưa đọc của tôi */
  unreadNotificationCount: Scalars['Int']['output'];
  /** Users matching a search and filters, one page, active first then by name */
  userPage: UserPage;
  users: Array<User>;
  /** A visit the signed-in user may see */
  visit: Visit;
  /** One page of the office's visit list, with the count of the whole list */
  visitPage: VisitPage;
  visits: Array<Visit>;
};


export type QueryAdministrativeProceduresArgs = {
  year: Scalars['Int']['input'];
};


export type QueryAnnualReportDraftArgs = {
  year: Scalars['Int']['input'];
};


export type QueryAnnualReportPreviewArgs = {
  year: Scalars['Int']['input'];
};


export type QueryAuditTrailArgs = {
  entityId: Scalars['ID']['input'];
};


export type QueryAuditTrailPageArgs = {
  filter?: InputMaybe<AuditTrailFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChecklistVersionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCitableRecordsArgs = {
  kind: EvidenceRecordKind;
  search?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryCriteriaSetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCriteriaSetsArgs = {
  agencyKind?: InputMaybe<AgencyKind>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDirectiveDocumentPageArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryDirectiveDocumentsArgs = {
  type?: InputMaybe<DirectiveDocumentType>;
  year: Scalars['Int']['input'];
};


export type QueryEvidencePackArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEvidencePacksArgs = {
  year: Scalars['Int']['input'];
};


export type QueryFindingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFindingCountsArgs = {
  filter?: InputMaybe<FindingFilter>;
};


export type QueryFindingPageArgs = {
  filter?: InputMaybe<FindingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFindingsArgs = {
  filter?: InputMaybe<FindingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIndexResultsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInspectionPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInspectionPlansArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInspectionTeamsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyNotificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPreviewUnitChangeArgs = {
  input: RecordUnitChangeInput;
};


export type QueryProcedurePageArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryRollupArgs = {
  rootUnitId?: InputMaybe<Scalars['ID']['input']>;
  structure?: InputMaybe<RollupStructure>;
  year: Scalars['Int']['input'];
};


export type QueryRollupRecordsArgs = {
  figure: RollupFigure;
  key?: InputMaybe<Scalars['String']['input']>;
  rootUnitId?: InputMaybe<Scalars['ID']['input']>;
  structure?: InputMaybe<RollupStructure>;
  year: Scalars['Int']['input'];
};


export type QuerySelfAssessmentArgs = {
  agencyKind?: AgencyKind;
  year: Scalars['Int']['input'];
};


export type QueryTthcFiguresArgs = {
  year: Scalars['Int']['input'];
};


export type QueryUnitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUnitsArgs = {
  filter?: InputMaybe<UnitFilter>;
};


export type QueryUserPageArgs = {
  filter?: InputMaybe<UserFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVisitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVisitPageArgs = {
  filter?: InputMaybe<VisitListFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVisitsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<VisitStatus>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type QueuedOperationInput = {
  /** The input of the mutation, as for the mutation itself */
  input: Scalars['JSONObject']['input'];
  kind: FieldWriteKind;
  /** The operation id, also inside the input */
  operationId: Scalars['ID']['input'];
  /** Order of the operation on the device, increasing */
  sequence: Scalars['Int']['input'];
};

export type RecordUnitChangeInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  /** Ngày ban hành văn bản căn cứ */
  basisDate: Scalars['LocalDate']['input'];
  /** Số, ký hiệu văn bản căn cứ, e.g. 123/QĐ-UBND */
  basisNumber: Scalars['String']['input'];
  code?: InputMaybe<Scalars['String']['input']>;
  /** Xác nhận chuyển sang đơn vị kế thừa các cuộc kiểm tra ghi ngày từ ngày hiệu lực trở đi */
  confirmRehome?: InputMaybe<Scalars['Boolean']['input']>;
  /** Có hiệu lực từ ngày */
  effectiveOn: Scalars['LocalDate']['input'];
  kind: UnitChangeKind;
  name?: InputMaybe<Scalars['String']['input']>;
  newUnits?: InputMaybe<Array<NewUnitInput>>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Giải thể: đơn vị tiếp nhận nhiệm vụ và hồ sơ đang mở; để trống là đơn vị cấp trên */
  receiverId?: InputMaybe<Scalars['ID']['input']>;
  /** Đổi tên: tên viết tắt mới; không gửi: giữ nguyên; chuỗi rỗng hoặc null: xóa */
  shortName?: InputMaybe<Scalars['String']['input']>;
  sourceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
  /** Hợp nhất vào đơn vị đang có: tên mới của đơn vị đó từ ngày hiệu lực; để trống: giữ tên */
  targetName?: InputMaybe<Scalars['String']['input']>;
  /** Hợp nhất vào đơn vị đang có: tên viết tắt mới của đơn vị đó; không gửi: giữ nguyên; chuỗi rỗng hoặc null: xóa */
  targetShortName?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** Loại đơn vị mới (đổi tên) */
  unitKind?: InputMaybe<UnitKind>;
};

export type RejectRemediationInput = {
  findingId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type RemoveAttachmentInput = {
  attachmentId: Scalars['ID']['input'];
  /** Client-generated UUID of this write */
  operationId: Scalars['ID']['input'];
  visitId: Scalars['ID']['input'];
};

export type ReopenFindingInput = {
  findingId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type ReplyToReviewCommentInput = {
  commentId: Scalars['ID']['input'];
  /** Client-generated UUID of this write */
  operationId: Scalars['ID']['input'];
  /** Client-generated UUID of the reply */
  replyId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
  visitId: Scalars['ID']['input'];
};

export type ReportRemediationInput = {
  findingId: Scalars['ID']['input'];
  operationId: Scalars['ID']['input'];
  photos?: InputMaybe<Array<EvidencePhotoInput>>;
  text: Scalars['String']['input'];
};

export type ResetPasswordInput = {
  newPassword: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};

export type ReturnSelfAssessmentInput = {
  /** Ý kiến của lãnh đạo */
  comment: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};

export type ReturnVisitInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  itemComments?: InputMaybe<Array<ItemCommentInput>>;
  visitId: Scalars['ID']['input'];
};

/** Ý kiến của người duyệt */
export type ReviewComment = {
  __typename?: 'ReviewComment';
  authorName: Scalars['String']['output'];
  comment: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  itemId?: Maybe<Scalars['ID']['output']>;
  /** The team's replies, oldest first */
  replies: Array<ReviewReply>;
};

/** Trả lời của đoàn kiểm tra cho một ý kiến của người duyệt */
export type ReviewReply = {
  __typename?: 'ReviewReply';
  authorName: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

export type ReviseVisitInput = {
  answers?: InputMaybe<Array<RevisedAnswerInput>>;
  conclusion?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  visitId: Scalars['ID']['input'];
};

export type RevisedAnswerInput = {
  /** Thực trạng phát hiện of a Không đạt answer; omitted: unchanged */
  foundText?: InputMaybe<Scalars['String']['input']>;
  itemId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  numberValue?: InputMaybe<Scalars['Float']['input']>;
  passFail?: InputMaybe<PassFail>;
  /** Kiến nghị of a Không đạt answer; omitted: unchanged */
  recommendation?: InputMaybe<Scalars['String']['input']>;
  textValue?: InputMaybe<Scalars['String']['input']>;
};

/** A user role */
export type Role =
  | 'ADMIN'
  | 'INSPECTOR'
  | 'LEADERSHIP'
  | 'OFFICE'
  | 'UNIT_HEAD';

/** Tổng hợp kết quả của một năm trên một cây đơn vị */
export type Rollup = {
  __typename?: 'Rollup';
  /** The day overdue is judged on: today, or 31 December for a past year */
  asOf: Scalars['LocalDate']['output'];
  /** Units of the scope needing attention: not inspected, then most overdue findings, then lowest compliance */
  attention: Array<RollupAttentionUnit>;
  compliance: RollupCompliance;
  coverage: RollupCoverage;
  /** Every document type, issued in the year within the tree */
  documents: Array<DocumentCount>;
  findings: RollupFindings;
  /** SIPAS and PAR INDEX of the year */
  indexScores: Array<IndexScore>;
  /** SIPAS and PAR INDEX of every year, oldest first */
  indexTrend: Array<IndexScore>;
  /** Findings of the year that repeat one of the previous year: same item, same responsible unit */
  repeatFindings: Scalars['Int']['output'];
  /** null: every department */
  rootUnitId?: Maybe<Scalars['ID']['output']>;
  /** AS_IT_WAS: the year's own units and names. TODAY: the units' rows under today's units (a split unit's past under each successor, marked); totals over the year's units, once each */
  structure: RollupStructure;
  /** The year and up to four earlier years with approved visits in the sub-tree, oldest first */
  trend: Array<RollupYear>;
  /** The department’s TTHC catalogue of the year */
  tthc: TthcFigures;
  warnings: Array<RollupWarning>;
  year: Scalars['Int']['output'];
};

/** Đơn vị cần lãnh đạo chú ý */
export type RollupAttentionUnit = {
  __typename?: 'RollupAttentionUnit';
  /** Its compliance by points; null when nothing applied */
  complianceRatio?: Maybe<Scalars['Float']['output']>;
  /** Không đạt answers of its visits in the year */
  failedAnswers: Scalars['Int']['output'];
  /** Findings of the year with this responsible unit, overdue as of asOf */
  overdueFindings: Scalars['Int']['output'];
  unit: RollupUnit;
  /** Approved visits dated in the year; 0: not inspected */
  visits: Scalars['Int']['output'];
};

/** Mức độ đạt theo nhóm, tiêu chí và đơn vị */
export type RollupCompliance = {
  __typename?: 'RollupCompliance';
  /** By criterion group code, across checklist versions */
  byGroup: Array<ComplianceFigure>;
  /** By item code, across checklist versions */
  byItem: Array<ComplianceFigure>;
  /** By inspected unit (key = unit id) */
  byUnit: Array<ComplianceFigure>;
  total: ComplianceFigure;
};

/** Tỷ lệ đơn vị được kiểm tra trong năm */
export type RollupCoverage = {
  __typename?: 'RollupCoverage';
  /** Units below the root active at any time in the year */
  inScope: Scalars['Int']['output'];
  /** Units with at least one approved visit dated in the year */
  inspected: Scalars['Int']['output'];
  /** inspected / inScope; 0 when nothing is in scope */
  ratio: Scalars['Float']['output'];
  unitsNotInspected: Array<RollupUnit>;
};

/** A roll-up figure to list the records of */
export type RollupFigure =
  | 'COMPLIANCE_GROUP'
  | 'COMPLIANCE_ITEM'
  | 'COMPLIANCE_UNIT'
  | 'DOCUMENTS'
  | 'FINDINGS'
  | 'FINDINGS_FIXED_LATE'
  | 'FINDINGS_FIXED_ON_TIME'
  | 'FINDINGS_OPEN'
  | 'FINDINGS_OVERDUE'
  | 'REPEAT_FINDINGS'
  | 'UNITS_INSPECTED'
  | 'UNITS_IN_SCOPE'
  | 'UNITS_NOT_INSPECTED'
  | 'UNIT_ATTENTION';

/** Tồn tại, hạn chế và việc khắc phục */
export type RollupFindings = {
  __typename?: 'RollupFindings';
  byGroupAndSeverity: Array<FindingFigure>;
  total: FindingFigure;
};

/** Một bản ghi đứng sau một số liệu tổng hợp */
export type RollupRecord = {
  __typename?: 'RollupRecord';
  date?: Maybe<Scalars['LocalDate']['output']>;
  detail?: Maybe<Scalars['String']['output']>;
  /** An answer marked Không đạt (the drill-down can show only these) */
  failed: Scalars['Boolean']['output'];
  findingId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** UNIT, ANSWER, FINDING or DOCUMENT */
  kind: Scalars['String']['output'];
  label: Scalars['String']['output'];
  unitName?: Maybe<Scalars['String']['output']>;
  visitId?: Maybe<Scalars['ID']['output']>;
};

/** Cơ cấu tại thời điểm đó (mặc định) hoặc cơ cấu hiện nay */
export type RollupStructure =
  | 'AS_IT_WAS'
  | 'TODAY';

/** Đơn vị trong phạm vi tổng hợp */
export type RollupUnit = {
  __typename?: 'RollupUnit';
  code: Scalars['String']['output'];
  /** TODAY: the units of the year whose figures the row holds, other than the unit itself */
  formerUnits: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** TODAY: the row holds the past of a unit split since, shown under each of its successors (never add such rows up) */
  sharedPast: Scalars['Boolean']['output'];
};

/** Cảnh báo số liệu không khớp */
export type RollupWarning = {
  __typename?: 'RollupWarning';
  code: Scalars['String']['output'];
  /** In Vietnamese, for the user */
  message: Scalars['String']['output'];
};

/** Số liệu một năm trong so sánh qua các năm */
export type RollupYear = {
  __typename?: 'RollupYear';
  /** Compliance by points over the whole scope (key TOTAL) */
  compliance: ComplianceFigure;
  /** Compliance per criterion group code */
  complianceByGroup: Array<ComplianceFigure>;
  /** unitsInspected / unitsInScope; 0 when nothing is in scope */
  coverageRatio: Scalars['Float']['output'];
  /** Findings of that year's approved visits */
  findings: Scalars['Int']['output'];
  findingsFixedLate: Scalars['Int']['output'];
  findingsFixedOnTime: Scalars['Int']['output'];
  /** Not closed, deadline before that year’s asOf day */
  findingsOverdue: Scalars['Int']['output'];
  /** findingsFixedOnTime / findings; null without findings */
  fixedOnTimeRatio?: Maybe<Scalars['Float']['output']>;
  /** At least one approved visit dated in that year: without one its figures are "no data", not zero */
  hasData: Scalars['Boolean']['output'];
  /** Units below the root active at any time in that year */
  unitsInScope: Scalars['Int']['output'];
  /** Units with at least one approved visit dated in that year */
  unitsInspected: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type SaveAnnualReportDraftInput = {
  basis?: InputMaybe<Scalars['String']['input']>;
  directions: Scalars['String']['input'];
  parTasks?: InputMaybe<Scalars['String']['input']>;
  signerName?: InputMaybe<Scalars['String']['input']>;
  sipasTasks?: InputMaybe<Scalars['String']['input']>;
  strengths: Scalars['String']['input'];
  /** The version edited (null for a new draft); a newer one on the server is a conflict */
  version?: InputMaybe<Scalars['Int']['input']>;
  weaknesses: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type SaveChecklistDraftInput = {
  groups: Array<ChecklistGroupInput>;
  templateId: Scalars['ID']['input'];
};

export type SaveFindingInput = {
  deadline?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Thực trạng phát hiện: what was found, as the inspector wrote it */
  description: Scalars['String']['input'];
  /** Client-generated UUID; for a failed item its finding is updated instead */
  findingId: Scalars['ID']['input'];
  itemId?: InputMaybe<Scalars['ID']['input']>;
  /** Client-generated UUID of this write */
  operationId: Scalars['ID']['input'];
  recommendation?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to the inspected unit */
  responsibleUnitId?: InputMaybe<Scalars['ID']['input']>;
  severity: FindingSeverity;
  visitId: Scalars['ID']['input'];
};

export type SaveNotificationSettingsInput = {
  channels: Array<NotificationChannel>;
  emailAddress?: InputMaybe<Scalars['String']['input']>;
  kinds: Array<NotificationKind>;
};

/** PushSubscription của trình duyệt (endpoint và khóa) */
export type SavePushSubscriptionInput = {
  auth: Scalars['String']['input'];
  endpoint: Scalars['String']['input'];
  p256dh: Scalars['String']['input'];
};

export type SaveTeamInput = {
  decisionDate: Scalars['LocalDate']['input'];
  decisionNumber: Scalars['String']['input'];
  /** Omit to create a team */
  id?: InputMaybe<Scalars['ID']['input']>;
  members: Array<TeamMemberInput>;
  name: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

/** Một mức của thang điểm, e.g. từ 80% trở lên: 0,5 điểm */
export type ScoreBand = {
  __typename?: 'ScoreBand';
  /** Từ tỷ lệ này (%) trở lên */
  minPercent: Scalars['Float']['output'];
  points: Scalars['Float']['output'];
};

export type ScoreCriterionInput = {
  assessmentId: Scalars['ID']['input'];
  /** A scored criterion (no components) of the assessment’s criteria set */
  criterionId: Scalars['ID']['input'];
  /** Giải trình */
  explanation?: InputMaybe<Scalars['String']['input']>;
  /** Không áp dụng (default false) */
  notApplicable?: InputMaybe<Scalars['Boolean']['input']>;
  notApplicableReason?: InputMaybe<Scalars['String']['input']>;
  /** Required when the points differ from an accepted suggestion */
  overrideExplanation?: InputMaybe<Scalars['String']['input']>;
  /** Điểm tự chấm; trống: chưa chấm (or not applicable) */
  points?: InputMaybe<Scalars['Float']['input']>;
  /** The score’s version edited; a newer one is a conflict */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Tổng điểm của một lĩnh vực hoặc của cả bản tự đánh giá */
export type ScoreTotal = {
  __typename?: 'ScoreTotal';
  /** Điểm thẩm định (vòng 2 nếu có, không thì vòng 1) */
  appraisalPoints?: Maybe<Scalars['Float']['output']>;
  appraisedLeaves: Scalars['Int']['output'];
  /** Số tiêu chí được chấm điểm trực tiếp */
  leaves: Scalars['Int']['output'];
  /** Điểm tối đa sau khi trừ các tiêu chí không áp dụng */
  maxPoints: Scalars['Float']['output'];
  notApplicableLeaves: Scalars['Int']['output'];
  scoredLeaves: Scalars['Int']['output'];
  /** Điểm tự chấm */
  selfPoints: Scalars['Float']['output'];
  /** Điểm tối đa theo bộ tiêu chí */
  statedMaxPoints: Scalars['Float']['output'];
};

/** Bản tự đánh giá, chấm điểm Chỉ số CCHC của năm */
export type SelfAssessment = {
  __typename?: 'SelfAssessment';
  agencyKind: AgencyKind;
  approvedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  approvedByName?: Maybe<Scalars['String']['output']>;
  /** Each area against last year, the self vs appraisal gaps and the weakest criteria, computed on read */
  comparison: AssessmentComparison;
  /** The criteria of the current set, in order */
  criteria: Array<Criterion>;
  criteriaSet: CriteriaSet;
  finalisedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** Scores of criteria a re-issued set dropped: kept as history, not counted */
  retiredScores: Array<CriterionScore>;
  /** Ý kiến của lãnh đạo khi trả lại (lần gần nhất) */
  returnComment?: Maybe<Scalars['String']['output']>;
  returnedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The scores of the current criteria set */
  scores: Array<CriterionScore>;
  status: SelfAssessmentStatus;
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  submittedByName?: Maybe<Scalars['String']['output']>;
  /** Scores suggested from the year’s records for the criteria that name a measure, with their records */
  suggestions: Array<CriterionSuggestion>;
  /** Totals per area and overall, computed on read */
  totals: AssessmentTotals;
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** Bước của bản tự đánh giá, chấm điểm */
export type SelfAssessmentStatus =
  | 'APPRAISAL'
  | 'APPROVED'
  | 'DRAFT'
  | 'FINAL'
  | 'SUBMITTED';

export type SetAttendeesInput = {
  attendees: Array<AttendeeInput>;
  /** Client-generated UUID of this write */
  operationId: Scalars['ID']['input'];
  visitId: Scalars['ID']['input'];
};

export type SetConclusionInput = {
  conclusion: Scalars['String']['input'];
  /** Client-generated UUID of this write */
  operationId: Scalars['ID']['input'];
  visitId: Scalars['ID']['input'];
};

export type SetUnitCommentsInput = {
  /** Client-generated UUID of this write */
  operationId: Scalars['ID']['input'];
  /** Ý kiến của đơn vị được kiểm tra, as said at the visit; empty clears it */
  unitComments: Scalars['String']['input'];
  visitId: Scalars['ID']['input'];
};

export type SetUserActiveInput = {
  active: Scalars['Boolean']['input'];
  userId: Scalars['ID']['input'];
};

export type SignInInput = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};

export type StartSelfAssessmentInput = {
  /** Default: DEPARTMENT */
  agencyKind?: InputMaybe<AgencyKind>;
  year: Scalars['Int']['input'];
};

export type StartVisitInput = {
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** Client-generated UUID of this write */
  operationId: Scalars['ID']['input'];
  /** When the team started, as the phone saw it */
  startedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** The checklist version the phone downloaded (plannedTemplateVersion); default: the latest published */
  templateVersionId?: InputMaybe<Scalars['ID']['input']>;
  visitId: Scalars['ID']['input'];
};

export type SubmitVisitInput = {
  /** Client-generated UUID of this write */
  operationId: Scalars['ID']['input'];
  visitId: Scalars['ID']['input'];
};

export type SyncBatchInput = {
  /** The installation id made by the phone for this user */
  deviceId: Scalars['ID']['input'];
  operations: Array<QueuedOperationInput>;
  /** What stays on the phone after this batch */
  pending?: InputMaybe<PendingReportInput>;
};

/** Kết quả một lần đồng bộ */
export type SyncResult = {
  __typename?: 'SyncResult';
  device: Device;
  outcomes: Array<OperationOutcome>;
};

export type TeamMember = {
  __typename?: 'TeamMember';
  id: Scalars['ID']['output'];
  role: TeamRole;
  user: User;
};

export type TeamMemberInput = {
  role: TeamRole;
  userId: Scalars['ID']['input'];
};

export type TeamRole =
  | 'LEAD'
  | 'MEMBER'
  | 'SECRETARY';

/** Số liệu TTHC của năm */
export type TthcFigures = {
  __typename?: 'TthcFigures';
  /** Under một cửa liên thông */
  interconnected: Scalars['Int']['output'];
  /** One entry per level, TINH, HUYEN, XA */
  levels: Array<TthcLevelFigures>;
  /** Under một cửa */
  oneStop: Scalars['Int']['output'];
  /** Online, toàn trình or một phần */
  online: Scalars['Int']['output'];
  onlineFull: Scalars['Int']['output'];
  onlinePartial: Scalars['Int']['output'];
  /** online / total; null with no procedure in the catalogue */
  onlineShare?: Maybe<Scalars['Float']['output']>;
  /** online / total, e.g. 87,91% */
  onlineShareText?: Maybe<Scalars['String']['output']>;
  /** Through the public postal service */
  publicPostal: Scalars['Int']['output'];
  /** publicPostal / total; null with no procedure */
  publicPostalShare?: Maybe<Scalars['Float']['output']>;
  /** publicPostal / total, e.g. 97,8% */
  publicPostalShareText?: Maybe<Scalars['String']['output']>;
  total: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** Cắt giảm thời gian giải quyết TTHC ở một cấp */
export type TthcLevelFigures = {
  __typename?: 'TthcLevelFigures';
  /** daysCut / legalDays; null when nothing was reviewed */
  cutShare?: Maybe<Scalars['Float']['output']>;
  /** cutShare as written in the report, e.g. 33,11% */
  cutShareText?: Maybe<Scalars['String']['output']>;
  daysCut: Scalars['Int']['output'];
  /** Legal days of the reviewed procedures */
  legalDays: Scalars['Int']['output'];
  level: ProcedureLevel;
  /** Procedures of this level in the catalogue */
  procedures: Scalars['Int']['output'];
  /** Procedures with days cut */
  reviewed: Scalars['Int']['output'];
};

/** Đơn vị: the department or a subordinate unit */
export type Unit = {
  __typename?: 'Unit';
  /** Active today */
  active: Scalars['Boolean']['output'];
  /** First day the unit exists */
  activeFrom: Scalars['LocalDate']['output'];
  /** Last day the unit exists; null while active */
  activeTo?: Maybe<Scalars['LocalDate']['output']>;
  address?: Maybe<Scalars['String']['output']>;
  /** Các thay đổi tổ chức liên quan đến đơn vị, nhìn từ đơn vị (kể cả sáp nhập vào đơn vị và tiếp nhận nhiệm vụ của đơn vị giải thể), cũ trước */
  changes: Array<UnitTimelineChange>;
  /** Short code, unique in the department, e.g. CCKL */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: UnitKind;
  latitude?: Maybe<Scalars['Float']['output']>;
  longitude?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Tên viết tắt (of its latest version) */
  shortName?: Maybe<Scalars['String']['output']>;
  version: Scalars['Float']['output'];
  /** Các giai đoạn của đơn vị, cũ trước */
  versions: Array<UnitVersion>;
};

/** Đơn vị như tại ngày của hồ sơ (phiên bản có hiệu lực ngày đó) và tên đơn vị ngày nay */
export type UnitAsOf = {
  __typename?: 'UnitAsOf';
  code: Scalars['String']['output'];
  /** <unitId>@<validFrom>: one per version of the unit */
  id: Scalars['ID']['output'];
  kind: UnitKind;
  name: Scalars['String']['output'];
  shortName?: Maybe<Scalars['String']['output']>;
  /** Tên ngày nay: của chính đơn vị khi còn hoạt động, hoặc của các đơn vị kế thừa (hợp nhất, chia tách); trống khi đơn vị đã giải thể */
  todayNames: Array<Scalars['String']['output']>;
  unitId: Scalars['ID']['output'];
  /** Phiên bản có hiệu lực từ ngày */
  validFrom: Scalars['LocalDate']['output'];
  /** Ngày cuối của phiên bản; null khi còn hiệu lực */
  validTo?: Maybe<Scalars['LocalDate']['output']>;
};

/** Thay đổi tổ chức (có hiệu lực từ ngày, căn cứ văn bản) */
export type UnitChange = {
  __typename?: 'UnitChange';
  /** Ngày ban hành văn bản căn cứ */
  basisDate: Scalars['LocalDate']['output'];
  /** Số, ký hiệu văn bản căn cứ, e.g. 123/QĐ-UBND */
  basisNumber: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  effectiveOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  kind: UnitChangeKind;
};

/** Thành lập, đổi tên, chuyển cấp trên, hợp nhất, chia tách, giải thể */
export type UnitChangeKind =
  | 'CREATE'
  | 'DISSOLVE'
  | 'MERGE'
  | 'MOVE'
  | 'RENAME'
  | 'SPLIT';

/** Xem trước thay đổi tổ chức: đơn vị kết thúc, đơn vị sau thay đổi, những gì chuyển sang đơn vị kế thừa */
export type UnitChangePreview = {
  __typename?: 'UnitChangePreview';
  /** Đơn vị kết thúc hoạt động (hợp nhất, chia tách, giải thể) */
  endedUnits: Array<Scalars['String']['output']>;
  /** Tồn tại chưa đóng của đơn vị kết thúc, từ nay do đơn vị kế thừa theo dõi (đơn vị chịu trách nhiệm ban đầu được giữ nguyên) */
  findings: Scalars['Int']['output'];
  /** Cuộc kiểm tra ghi ngày từ ngày hiệu lực trở đi, chuyển sang đơn vị kế thừa (cần xác nhận) */
  laterVisits: Scalars['Int']['output'];
  /** Dòng kế hoạch chưa kiểm tra chuyển sang đơn vị kế thừa */
  planLines: Scalars['Int']['output'];
  /** Đơn vị tiếp nhận những gì chuyển đi (tên và mã): đơn vị hợp nhất vào, đơn vị mới thứ nhất khi chia tách, đơn vị tiếp nhận nhiệm vụ khi giải thể */
  successor?: Maybe<Scalars['String']['output']>;
  /** Đơn vị sau thay đổi, kèm mã: đổi tên, chuyển, thành lập mới */
  unitsNow: Array<Scalars['String']['output']>;
  /** Người dùng của đơn vị kết thúc, chuyển sang đơn vị kế thừa */
  users: Array<Scalars['String']['output']>;
};

/** Vai trò của đơn vị trong thay đổi: thành lập, đổi tên, điều chuyển, sáp nhập vào/hợp nhất thành, tiếp nhận sáp nhập, thành lập do hợp nhất/chia tách, chia tách thành, giải thể, tiếp nhận nhiệm vụ của đơn vị giải thể */
export type UnitChangeRole =
  | 'CREATED'
  | 'CREATED_BY_MERGER'
  | 'CREATED_BY_SPLIT'
  | 'DISSOLVED'
  | 'MERGED_INTO'
  | 'MERGED_INTO_NEW'
  | 'MOVED'
  | 'MOVED_BY_MERGER'
  | 'RECEIVED_DISSOLVED'
  | 'RECEIVED_MERGER'
  | 'RENAMED'
  | 'SPLIT_INTO';

export type UnitFilter = {
  /** Also list units that have stopped */
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Words of the name, with or without diacritics */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type UnitKind =
  | 'BOARD'
  | 'CENTER'
  | 'DEPARTMENT'
  | 'DIVISION'
  | 'INSPECTORATE'
  | 'OFFICE'
  | 'OTHER'
  | 'RANGER_STATION'
  | 'SUB_DEPARTMENT';

/** Thay đổi tổ chức trên dòng thời gian của một đơn vị, nhìn từ đơn vị đó */
export type UnitTimelineChange = {
  __typename?: 'UnitTimelineChange';
  /** Ngày ban hành văn bản căn cứ */
  basisDate: Scalars['LocalDate']['output'];
  /** Số, ký hiệu văn bản căn cứ */
  basisNumber: Scalars['String']['output'];
  /** Mã định danh của thay đổi tổ chức */
  changeId: Scalars['ID']['output'];
  effectiveOn: Scalars['LocalDate']['output'];
  kind: UnitChangeKind;
  /** Tên các đơn vị khác mà thay đổi nêu, theo vai trò: đơn vị bị sáp nhập, đơn vị tiếp nhận, đơn vị mới, đơn vị cấp trên mới */
  otherUnits: Array<Scalars['String']['output']>;
  role: UnitChangeRole;
};

/** Một giai đoạn của đơn vị: tên, mã, loại, đơn vị cấp trên trong thời gian có hiệu lực */
export type UnitVersion = {
  __typename?: 'UnitVersion';
  address?: Maybe<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: UnitKind;
  name: Scalars['String']['output'];
  /** Đơn vị cấp trên trong giai đoạn này */
  parentId?: Maybe<Scalars['ID']['output']>;
  shortName?: Maybe<Scalars['String']['output']>;
  validFrom: Scalars['LocalDate']['output'];
  /** Ngày cuối cùng có hiệu lực; null khi còn hiệu lực */
  validTo?: Maybe<Scalars['LocalDate']['output']>;
};

export type UpdateAdministrativeProcedureInput = {
  /** Mã TTHC, unique within the year */
  code: Scalars['String']['input'];
  daysCut?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  legalDays?: InputMaybe<Scalars['Int']['input']>;
  level: ProcedureLevel;
  mechanism: ProcedureMechanism;
  name: Scalars['String']['input'];
  onlineService: OnlineService;
  publicPostal: Scalars['Boolean']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};

export type UpdateDirectiveDocumentInput = {
  id: Scalars['ID']['input'];
  issuedOn: Scalars['LocalDate']['input'];
  issuingUnitId: Scalars['ID']['input'];
  /** Số và ký hiệu, e.g. 80/KH-SNN */
  number: Scalars['String']['input'];
  /** Trích yếu */
  summary: Scalars['String']['input'];
  type: DirectiveDocumentType;
  /** The version edited; a newer one on the server is a conflict */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateIndexResultInput = {
  components?: InputMaybe<Array<IndexComponentInput>>;
  id: Scalars['ID']['input'];
  index: AssessmentIndex;
  note?: InputMaybe<Scalars['String']['input']>;
  rank?: InputMaybe<Scalars['Int']['input']>;
  rankOf?: InputMaybe<Scalars['Int']['input']>;
  totalScore: Scalars['Float']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};

export type UpdatePlanLineInput = {
  lineId: Scalars['ID']['input'];
  /** Ngày dự kiến; null clears it; omitted, the day is kept while the month stays */
  plannedDate?: InputMaybe<Scalars['LocalDate']['input']>;
  plannedMonth: Scalars['Int']['input'];
  teamId: Scalars['ID']['input'];
};

export type UpdateUserInput = {
  fullName: Scalars['String']['input'];
  role: Role;
  /** Required for a unit head; a home unit, optional, for others */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  userId: Scalars['ID']['input'];
};

/** A person who signs in */
export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  /** What the user may do (the permissions table, from their role): the client shows only these */
  can: Array<Capability>;
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Set after an admin reset: the user should choose a new password */
  mustChangePassword: Scalars['Boolean']['output'];
  role: Role;
  unit?: Maybe<Unit>;
  unitId?: Maybe<Scalars['ID']['output']>;
  username: Scalars['String']['output'];
};

export type UserFilterInput = {
  /** Words of the full name or username, accents ignored */
  q?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
  status?: InputMaybe<UserStatus>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** One page of users and how many match in all */
export type UserPage = {
  __typename?: 'UserPage';
  items: Array<User>;
  /** Users matching the filter, over all pages */
  total: Scalars['Int']['output'];
};

/** Active or locked */
export type UserStatus =
  | 'ACTIVE'
  | 'LOCKED';

/** Cuộc kiểm tra */
export type Visit = {
  __typename?: 'Visit';
  answers: Array<VisitAnswer>;
  approvedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  attachments: Array<Attachment>;
  attendees: Array<Attendee>;
  /** Whether the signed-in user may do field work on it now */
  canEdit: Scalars['Boolean']['output'];
  /** What the team changed after the visit was last returned, for readers of the audit trail (others: none) */
  changesSinceReturn: Array<ChangeSinceReturn>;
  /** Kết luận */
  conclusion?: Maybe<Scalars['String']['output']>;
  /** Thông báo kết luận đã ban hành (chưa ban hành: null) */
  conclusionNotice?: Maybe<ConclusionNotice>;
  /** Values that did not make it into the visit, for the reviewer */
  conflicts: Array<VisitConflict>;
  findings: Array<Finding>;
  id: Scalars['ID']['output'];
  /** Đơn vị đã nhận thông báo kết luận (ai, khi nào) */
  noticeAcknowledgement?: Maybe<NoticeAcknowledgement>;
  plannedDate?: Maybe<Scalars['LocalDate']['output']>;
  plannedMonth?: Maybe<Scalars['Int']['output']>;
  /** For a planned visit, the checklist version it would start on now (to take it offline) */
  plannedTemplateVersion?: Maybe<ChecklistVersion>;
  /** The unit's findings from earlier approved visits, to verify first */
  previousFindings: Array<Finding>;
  /** What still stops submission */
  problems: Array<VisitProblem>;
  progress?: Maybe<VisitProgress>;
  /** General comment of the last return */
  returnComment?: Maybe<Scalars['String']['output']>;
  reviewComments: Array<ReviewComment>;
  startLatitude?: Maybe<Scalars['Float']['output']>;
  startLongitude?: Maybe<Scalars['Float']['output']>;
  startedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: VisitStatus;
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  team: InspectionTeam;
  /** The team's members and roles (lead first), to prefill the minutes' attendees offline */
  teamMembers: Array<VisitTeamMember>;
  /** The frozen checklist version, once started */
  templateVersion?: Maybe<ChecklistVersion>;
  unit: Unit;
  /** The visited unit as it was on the visit's day (a visit not made yet: its planned month, not before today, within its plan year), as its minutes name it */
  unitAsOf: UnitAsOf;
  /** Ý kiến của đơn vị được kiểm tra, as the inspector recorded it */
  unitComments?: Maybe<Scalars['String']['output']>;
  /** The visited unit's active heads, to prefill the minutes' attendees offline */
  unitHeads: Array<VisitUnitHead>;
  version: Scalars['Float']['output'];
  visitDate?: Maybe<Scalars['LocalDate']['output']>;
};

/** Kết quả một tiêu chí */
export type VisitAnswer = {
  __typename?: 'VisitAnswer';
  editedAt: Scalars['DateTimeISO']['output'];
  /** Thực trạng phát hiện (Không đạt only) */
  foundText?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  itemId: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  numberValue?: Maybe<Scalars['Float']['output']>;
  passFail?: Maybe<PassFail>;
  /** Kiến nghị (Không đạt only) */
  recommendation?: Maybe<Scalars['String']['output']>;
  textValue?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  updatedByName: Scalars['String']['output'];
  version: Scalars['Float']['output'];
};

/** Xung đột dữ liệu giữa các máy, giữ lại để người duyệt xem */
export type VisitConflict = {
  __typename?: 'VisitConflict';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  itemCode?: Maybe<Scalars['String']['output']>;
  itemId?: Maybe<Scalars['ID']['output']>;
  /** The value the visit kept */
  keptValue?: Maybe<Scalars['JSONObject']['output']>;
  kind: ConflictKind;
  /** When the losing value was entered on its phone */
  losingEditedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who entered the value that was not applied */
  losingUserName: Scalars['String']['output'];
  /** The value that was not applied */
  losingValue: Scalars['JSONObject']['output'];
  operationId: Scalars['ID']['output'];
};

export type VisitListFilter = {
  /** Words of the unit's name or code, with or without diacritics */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<VisitStatus>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** Year of the visit (its date, else its plan) */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** One page of the visit list */
export type VisitPage = {
  __typename?: 'VisitPage';
  items: Array<Visit>;
  /** Items in the whole list with the same filters */
  total: Scalars['Int']['output'];
};

/** Một mục còn thiếu trước khi gửi */
export type VisitProblem = {
  __typename?: 'VisitProblem';
  code: Scalars['String']['output'];
  itemCode?: Maybe<Scalars['String']['output']>;
  itemId?: Maybe<Scalars['ID']['output']>;
  message: Scalars['String']['output'];
};

/** Tiến độ: số tiêu chí đã có kết quả */
export type VisitProgress = {
  __typename?: 'VisitProgress';
  answered: Scalars['Int']['output'];
  groups: Array<GroupProgress>;
  total: Scalars['Int']['output'];
};

export type VisitStatus =
  | 'APPROVED'
  | 'IN_PROGRESS'
  | 'PLANNED'
  | 'RETURNED'
  | 'SUBMITTED';

/** Thành viên đoàn kiểm tra, như biên bản ghi */
export type VisitTeamMember = {
  __typename?: 'VisitTeamMember';
  fullName: Scalars['String']['output'];
  role: TeamRole;
};

/** Thủ trưởng đơn vị được kiểm tra */
export type VisitUnitHead = {
  __typename?: 'VisitUnitHead';
  fullName: Scalars['String']['output'];
};

/** Tiêu chí có tỷ lệ điểm tự chấm thấp, với thiếu sót về kiểm chứng */
export type WeakCriterion = {
  __typename?: 'WeakCriterion';
  code: Scalars['String']['output'];
  criterionId: Scalars['ID']['output'];
  evidenceCount: Scalars['Int']['output'];
  /** Chưa đạt tối đa mà không có tài liệu kiểm chứng hoặc không có giải trình */
  evidenceGap: Scalars['Boolean']['output'];
  hasExplanation: Scalars['Boolean']['output'];
  maxPoints: Scalars['Float']['output'];
  /** Điểm tự chấm / điểm tối đa, từ 0 đến 1 */
  ratio: Scalars['Float']['output'];
  selfPoints: Scalars['Float']['output'];
  text: Scalars['String']['output'];
};
