import type { EntityManager } from '@mikro-orm/postgresql';
import { type Sql, sql } from '../../../common/sql.js';
import {
  ASSESSMENT_INDEX_LABELS,
  DOCUMENT_TYPE_LABELS,
  FINDING_STATUS_IN_SENTENCE,
  formatDate,
  formatNumber,
  issuingAgencies,
  labelOf,
  ONLINE_SERVICE_LABELS,
  PROCEDURE_LEVEL_LABELS,
  PROCEDURE_MECHANISM_LABELS,
  SEVERITY_LABELS,
  VISIT_STATUS_IN_SENTENCE,
} from '../../../common/vietnamese.js';
import { readRows } from '../../../db/read-path/read-rows.js';
import type { IssuingAgency } from '../../agency/issuing-agency.js';
import type { EvidenceRecordKind } from '../performance-measure.js';

/*
 * What an evidence pack needs of a record of the product: its number, date and issuer for the
 * manifest, whether a visit has minutes and a notice to render, and the lines that describe it when it
 * goes into the pack as a listing (a text file). Read by table name, as evidence-records.ts does.
 */

type Row = Record<string, string | number | boolean | null>;

export interface RecordDetails {
  documentNumber: string | null;
  documentDate: string | null;
  issuer: string | null;
  visitId: string | null;
  hasMinutes: boolean;
  notice: { number: string; issuedOn: string; issuer: string } | null;
  /** "Label: value" lines of the listing. */
  lines: [string, string][];
}

/** The department's name on a day, as the documents of that day print it. */
export type IssuerOn = (day: string) => IssuingAgency;

const str = (v: Row[string]) => (v === null || v === undefined ? null : String(v));
const day = (v: Row[string]) => (v ? formatDate(String(v)) : 'chưa có');
const filled = (lines: [string, string | null][]): [string, string][] =>
  lines.filter((l): l is [string, string] => l[1] !== null && l[1] !== '');

const VISIT_FACTS = sql`v.id as visit_id, v.status, v.visit_date::text as day, u.name as unit,
  (v.status <> 'PLANNED' and v.visit_date is not null and v.template_version_id is not null) as has_minutes,
  d.number as notice_number, d.issued_on::text as notice_day`;

const KINDS: Record<
  EvidenceRecordKind,
  { query: (id: string) => Sql; details: (r: Row, on: IssuerOn) => RecordDetails }
> = {
  DIRECTIVE_DOCUMENT: {
    query: (id) =>
      sql`select d.type, d.number, d.issued_on::text as day, d.summary, u.name as unit, u.parent_id is null as own
          from directive_document d join unit u on u.id = d.issuing_unit_id where d.id = ${id}`,
    details: (r, on) => {
      const issuer = r.own ? on(String(r.day)).issuerName : issuingAgencies(String(r.unit)).issuerName;
      return {
        ...none,
        documentNumber: str(r.number),
        documentDate: str(r.day),
        issuer,
        lines: filled([
          ['Loại văn bản', labelOf(DOCUMENT_TYPE_LABELS, String(r.type))],
          ['Số, ký hiệu', str(r.number)],
          ['Ngày ban hành', day(r.day)],
          ['Cơ quan, đơn vị ban hành', issuer],
          ['Trích yếu', str(r.summary)],
        ]),
      };
    },
  },
  PLAN: {
    query: (id) =>
      sql`select p.title, p.document_number as number, p.document_date::text as day, p.year,
          (select count(*) from plan_line l where l.plan_id = p.id)::int as lines from inspection_plan p where p.id = ${id}`,
    details: (r, on) => ({
      ...none,
      documentNumber: str(r.number),
      documentDate: str(r.day),
      issuer: on(String(r.day)).issuerName,
      lines: filled([
        ['Kế hoạch kiểm tra', str(r.title)],
        ['Số, ký hiệu', str(r.number)],
        ['Ngày ban hành', day(r.day)],
        ['Năm', str(r.year)],
        ['Số đơn vị trong kế hoạch', str(r.lines)],
      ]),
    }),
  },
  VISIT: {
    query: (id) =>
      sql`select ${VISIT_FACTS} from visit v join unit u on u.id = v.unit_id
          left join conclusion_notice n on n.visit_id = v.id left join directive_document d on d.id = n.document_id
          where v.id = ${id}`,
    details: (r, on) => ({
      documentNumber: null,
      documentDate: str(r.day),
      issuer: 'Đoàn kiểm tra',
      ...visitParts(r, on),
      lines: filled([
        ['Đơn vị được kiểm tra', str(r.unit)],
        ['Ngày kiểm tra', day(r.day)],
        ['Tình trạng', labelOf(VISIT_STATUS_IN_SENTENCE, String(r.status))],
        ['Thông báo kết luận', r.notice_number ? `${r.notice_number} ngày ${day(r.notice_day)}` : null],
      ]),
    }),
  },
  NOTICE: {
    query: (id) =>
      sql`select ${VISIT_FACTS} from conclusion_notice n join directive_document d on d.id = n.document_id
          join visit v on v.id = n.visit_id join unit u on u.id = v.unit_id where n.id = ${id}`,
    details: (r, on) => ({
      documentNumber: str(r.notice_number),
      documentDate: str(r.notice_day),
      issuer: on(String(r.notice_day)).issuerName,
      ...visitParts(r, on),
      hasMinutes: false,
      lines: filled([
        ['Thông báo kết luận', str(r.notice_number)],
        ['Ngày ban hành', day(r.notice_day)],
        ['Đơn vị được kiểm tra', str(r.unit)],
        ['Ngày kiểm tra', day(r.day)],
      ]),
    }),
  },
  FINDING: {
    query: (id) =>
      sql`select f.group_title as title, f.description, f.severity, f.deadline::text as deadline, f.status,
          f.remediation_text as remediation, u.name as unit, v.visit_date::text as day
          from finding f join visit v on v.id = f.visit_id join unit u on u.id = f.responsible_unit_id where f.id = ${id}`,
    details: (r) => ({
      ...none,
      documentDate: str(r.day),
      issuer: 'Đoàn kiểm tra',
      lines: filled([
        ['Đơn vị khắc phục', str(r.unit)],
        ['Ngày kiểm tra', day(r.day)],
        ['Nhóm tiêu chí', str(r.title)],
        ['Tồn tại, hạn chế', str(r.description)],
        ['Mức độ', labelOf(SEVERITY_LABELS, String(r.severity))],
        ['Hạn khắc phục', r.deadline ? day(r.deadline) : 'không có'],
        ['Tình trạng', labelOf(FINDING_STATUS_IN_SENTENCE, String(r.status))],
        ['Kết quả khắc phục', str(r.remediation)],
      ]),
    }),
  },
  PROCEDURE: {
    query: (id) =>
      sql`select year, code, name, level, mechanism, online_service, public_postal, legal_days, days_cut
          from administrative_procedure where id = ${id}`,
    details: (r) => ({
      ...none,
      lines: filled([
        ['Mã TTHC', str(r.code)],
        ['Tên TTHC', str(r.name)],
        ['Năm', str(r.year)],
        ['Cấp thực hiện', labelOf(PROCEDURE_LEVEL_LABELS, String(r.level))],
        ['Cơ chế', labelOf(PROCEDURE_MECHANISM_LABELS, String(r.mechanism))],
        ['Dịch vụ công trực tuyến', labelOf(ONLINE_SERVICE_LABELS, String(r.online_service))],
        ['Qua dịch vụ bưu chính công ích', r.public_postal ? 'Có' : 'Không'],
        ['Thời hạn giải quyết theo quy định (ngày)', str(r.legal_days)],
        ['Số ngày cắt giảm', str(r.days_cut)],
      ]),
    }),
  },
  INDEX_RESULT: {
    query: (id) =>
      sql`select assessment_index as index, year, total_score as total, rank, note from index_result where id = ${id}`,
    details: (r) => ({
      ...none,
      lines: filled([
        ['Chỉ số', labelOf(ASSESSMENT_INDEX_LABELS, String(r.index))],
        ['Năm', str(r.year)],
        ['Điểm', formatNumber(Number(r.total))],
        ['Xếp hạng', str(r.rank)],
        ['Ghi chú', str(r.note)],
      ]),
    }),
  },
};

const none = { documentNumber: null, documentDate: null, issuer: null, visitId: null, hasMinutes: false, notice: null };

function visitParts(r: Row, on: IssuerOn): Pick<RecordDetails, 'visitId' | 'hasMinutes' | 'notice'> {
  const noticeDay = str(r.notice_day);
  return {
    visitId: str(r.visit_id),
    hasMinutes: r.has_minutes === true,
    notice:
      r.notice_number && noticeDay
        ? { number: String(r.notice_number), issuedOn: noticeDay, issuer: on(noticeDay).issuerName }
        : null,
  };
}

/** The details of a record, or null when it is no longer in the product. */
export async function recordDetails(
  em: EntityManager,
  kind: EvidenceRecordKind,
  id: string,
  on: IssuerOn,
): Promise<RecordDetails | null> {
  const { query, details } = KINDS[kind];
  const [row] = await readRows<Row>(em, query(id));
  return row ? details(row, on) : null;
}

/** A record as a text file: what it is and its facts, one per line, for Notepad as for any editor. */
export function listingText(entry: {
  criterionCode: string;
  criterionText: string;
  title: string;
  pointer: string | null;
  lines: [string, string][];
  note: string | null;
}): Buffer {
  const text = [
    `Tài liệu kiểm chứng của tiêu chí ${entry.criterionCode}: ${entry.criterionText}`,
    '',
    `Hồ sơ trong phần mềm: ${entry.title}`,
    ...entry.lines.map(([label, value]) => `${label}: ${value}`),
    ...(entry.pointer ? [`Trang, mục: ${entry.pointer}`] : []),
    ...(entry.note ? [`Ghi chú: ${entry.note}`] : []),
    '',
  ].join('\r\n');
  // A byte-order mark, so Windows' Notepad reads the Vietnamese as UTF-8.
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}
