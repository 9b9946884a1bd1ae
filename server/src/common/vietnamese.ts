/**
 * The Vietnamese the department's files are written in, in one place: the labels of the domain's values
 * (severity, answers, team roles, document types...) as documents, registers, the roll-up workbook and
 * the annual report write them, and the formats (Decree 30/2020/NĐ-CP layout; dd/MM/yyyy, decimal comma,
 * at most two decimals, trailing zeros dropped). Numbers and dates are formatted by the rules shared with
 * the phone. The keys are the GraphQL enums' values.
 */

export { formatDate, formatNumber, formatPercent, TEAM_ROLE_LABELS } from '@kycuong/rules';

/**
 * The place and date line under the national motto: "Lạng Sơn, ngày 05 tháng 04 năm 2021".
 * Without a date (a draft not yet issued) the day is left blank for the clerk, and the month too unless
 * the draft gives it ("Lạng Sơn, ngày      tháng 11 năm 2021", as the 2021 report's draft).
 */
export function formatPlaceDate(place: string, isoDate: string | null, year: number, draftMonth?: number): string {
  if (!isoDate)
    return `${place}, ngày      tháng ${draftMonth ? String(draftMonth).padStart(2, '0') : '     '} năm ${year}`;
  const [y, month, day] = isoDate.slice(0, 10).split('-');
  return `${place}, ngày ${day} tháng ${month} năm ${y}`;
}

export interface IssuingAgencies {
  /** Cơ quan chủ quản, e.g. "UBND TỈNH LẠNG SƠN"; null when the name says nothing of it. */
  parent: string | null;
  /** Cơ quan ban hành in capitals, e.g. "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN". */
  issuer: string;
  /** The issuer as written in a sentence, e.g. "Sở Nông nghiệp và Phát triển nông thôn". */
  issuerName: string;
  /** The province, for the place line, e.g. "Lạng Sơn". */
  place: string | null;
}

const PROVINCE_SUFFIX = /\s+tỉnh\s+(.+)$/u;

/**
 * The header names from the department's (root unit's) name: "Sở Nông nghiệp và Phát triển nông thôn
 * tỉnh Lạng Sơn" gives "UBND TỈNH LẠNG SƠN" over "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN"; a name without
 * the province suffix is used whole, with no parent line.
 */
export function issuingAgencies(departmentName: string): IssuingAgencies {
  const name = departmentName.normalize('NFC').trim().replace(/\s+/g, ' ');
  const match = PROVINCE_SUFFIX.exec(name);
  const province = match?.[1];
  const issuerName = province ? name.slice(0, match.index) : name;
  return {
    parent: province ? `UBND TỈNH ${province.toLocaleUpperCase('vi')}` : null,
    issuer: issuerName.toLocaleUpperCase('vi'),
    issuerName,
    place: province ?? null,
  };
}

// ---- Labels of the domain's values ----

/** Mức độ of a finding. */
export const SEVERITY_LABELS = { LOW: 'Nhẹ', MEDIUM: 'Trung bình', HIGH: 'Nghiêm trọng' } as const;

/** A pass/fail answer of a checklist item. */
export const PASS_FAIL_LABELS = { PASS: 'Đạt', FAIL: 'Không đạt', NOT_APPLICABLE: 'Không áp dụng' } as const;

/** A checklist item's kind of answer, as the checklist workbook writes it. */
export const ANSWER_TYPE_LABELS = { PASS_FAIL: 'Đạt/Không đạt', NUMBER: 'Số', TEXT: 'Văn bản' } as const;

/** A visit's status, as a sentence says it ("Cuộc kiểm tra đã duyệt..."). */
export const VISIT_STATUS_IN_SENTENCE = {
  PLANNED: 'chưa bắt đầu',
  IN_PROGRESS: 'đang kiểm tra',
  SUBMITTED: 'đã gửi duyệt',
  RETURNED: 'bị trả lại',
  APPROVED: 'đã duyệt',
} as const;

/** A finding's status, as a sentence says it. */
export const FINDING_STATUS_IN_SENTENCE = {
  OPEN: 'đang mở',
  REMEDIATION_REPORTED: 'đã báo cáo khắc phục',
  CLOSED: 'đã đóng',
} as const;

/** What became of a finding of the year as of a day (the roll-up's finding states). */
export const FINDING_STATE_LABELS = {
  FIXED_ON_TIME: 'Đã khắc phục đúng hạn',
  FIXED_LATE: 'Đã khắc phục quá hạn',
  OVERDUE: 'Quá hạn chưa khắc phục',
  OPEN: 'Đang khắc phục',
} as const;

/** The type of a directive document (văn bản chỉ đạo), as the register names it. */
export const DOCUMENT_TYPE_LABELS = {
  KE_HOACH: 'Kế hoạch',
  CONG_VAN: 'Công văn',
  QUYET_DINH: 'Quyết định',
  BAO_CAO: 'Báo cáo',
  THONG_BAO: 'Thông báo',
  KHAC: 'Khác',
} as const;

/**
 * A document type inside a sentence of the annual report (as the department's 2021 report writes it):
 * counted ("ban hành 03 Kế hoạch, 12 công văn") and listed ("Công văn số 12/SNN-VP ngày ...").
 */
export const DOCUMENT_TYPE_IN_SENTENCE = {
  KE_HOACH: { counted: 'Kế hoạch', listed: 'Kế hoạch' },
  CONG_VAN: { counted: 'công văn', listed: 'Công văn' },
  QUYET_DINH: { counted: 'quyết định', listed: 'Quyết định' },
  BAO_CAO: { counted: 'báo cáo', listed: 'Báo cáo' },
  THONG_BAO: { counted: 'thông báo', listed: 'Thông báo' },
  KHAC: { counted: 'văn bản khác', listed: 'Văn bản' },
} as const;

/** The level (cấp) that settles an administrative procedure, as a register cell writes it. */
export const PROCEDURE_LEVEL_LABELS = { TINH: 'Tỉnh', HUYEN: 'Huyện', XA: 'Xã' } as const;

/** "Cấp tỉnh": a procedure level as a row of the roll-up names it. */
export const procedureLevelName = (level: keyof typeof PROCEDURE_LEVEL_LABELS): string =>
  `Cấp ${PROCEDURE_LEVEL_LABELS[level].toLocaleLowerCase('vi')}`;

/** How a procedure is received and answered (cơ chế một cửa). */
export const PROCEDURE_MECHANISM_LABELS = { MOT_CUA: 'Một cửa', MOT_CUA_LIEN_THONG: 'Một cửa liên thông' } as const;

/** How much of a procedure is offered online (dịch vụ công trực tuyến). */
export const ONLINE_SERVICE_LABELS = { TOAN_TRINH: 'Toàn trình', MOT_PHAN: 'Một phần', KHONG: 'Không' } as const;

/** The yearly assessment indices. */
export const ASSESSMENT_INDEX_LABELS = { SIPAS: 'SIPAS', PAR_INDEX: 'PAR INDEX' } as const;

/** The row or column of a table that adds up all the others. */
export const TOTAL_LABEL = 'Toàn bộ';

/** The label of a value read as text (from SQL); the value itself when it has none. */
export function labelOf(labels: Readonly<Record<string, string>>, value: string): string {
  return Object.hasOwn(labels, value) ? (labels[value] as string) : value;
}
