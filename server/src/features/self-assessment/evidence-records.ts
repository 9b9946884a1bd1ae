import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import { type Sql, sql } from '../../common/sql.js';
import { ASSESSMENT_INDEX_LABELS, formatDate, formatNumber } from '../../common/vietnamese.js';
import { readRows } from '../../db/read-path/read-rows.js';
import type { EvidenceRecordKind } from './performance-measure.js';

/** What a self-assessment needs of a record cited as evidence: the years it belongs to and how to name it. */
export interface EvidenceRecordFacts {
  years: number[];
  label: string;
}

type Row = Record<string, string | number | null>;

const day = (value: string | number | null) => (value ? formatDate(String(value).slice(0, 10)) : 'chưa có ngày');
const yearOf = (value: string | number | null) => (value ? Number(String(value).slice(0, 4)) : null);

/**
 * Per kind: the record's row (read by table name: the features that own these tables build on nothing
 * here) and its facts. A visit and its findings belong to their plan's year; a finding also to the
 * year of its deadline (a finding of December is fixed, or not, the next year).
 */
const KINDS: Record<EvidenceRecordKind, { query: (id: string) => Sql; facts: (r: Row) => EvidenceRecordFacts }> = {
  DIRECTIVE_DOCUMENT: {
    query: (id) => sql`select year, number, issued_on::text as day, summary from directive_document where id = ${id}`,
    facts: (r) => ({ years: [Number(r.year)], label: `Văn bản ${r.number} ngày ${day(r.day)}: ${r.summary}` }),
  },
  PLAN: {
    query: (id) =>
      sql`select year, title, document_number as number, document_date::text as day from inspection_plan where id = ${id}`,
    facts: (r) => ({ years: [Number(r.year)], label: `Kế hoạch ${r.number} ngày ${day(r.day)}: ${r.title}` }),
  },
  VISIT: {
    query: (id) =>
      sql`select p.year, v.visit_date::text as day, u.name as unit from visit v
            join plan_line l on l.id = v.plan_line_id join inspection_plan p on p.id = l.plan_id
            join unit u on u.id = v.unit_id where v.id = ${id}`,
    facts: (r) => ({ years: [Number(r.year)], label: `Cuộc kiểm tra ${r.unit} ngày ${day(r.day)}` }),
  },
  NOTICE: {
    query: (id) =>
      sql`select d.year, d.number, d.issued_on::text as day, u.name as unit from conclusion_notice n
            join directive_document d on d.id = n.document_id join visit v on v.id = n.visit_id
            join unit u on u.id = v.unit_id where n.id = ${id}`,
    facts: (r) => ({
      years: [Number(r.year)],
      label: `Thông báo kết luận ${r.number} ngày ${day(r.day)} (${r.unit})`,
    }),
  },
  FINDING: {
    query: (id) =>
      sql`select p.year, f.deadline::text as deadline, f.group_title as title, u.name as unit from finding f
            join visit v on v.id = f.visit_id join plan_line l on l.id = v.plan_line_id
            join inspection_plan p on p.id = l.plan_id join unit u on u.id = f.responsible_unit_id where f.id = ${id}`,
    facts: (r) => ({
      years: [...new Set([Number(r.year), yearOf(r.deadline)].filter((y): y is number => y !== null))],
      label: `Tồn tại (${r.title}) tại ${r.unit}${r.deadline ? `, hạn khắc phục ${day(r.deadline)}` : ''}`,
    }),
  },
  PROCEDURE: {
    query: (id) => sql`select year, code, name from administrative_procedure where id = ${id}`,
    facts: (r) => ({ years: [Number(r.year)], label: `TTHC ${r.code}: ${r.name}` }),
  },
  INDEX_RESULT: {
    query: (id) => sql`select year, assessment_index as index, total_score as total from index_result where id = ${id}`,
    facts: (r) => ({
      years: [Number(r.year)],
      label: `${ASSESSMENT_INDEX_LABELS[r.index as keyof typeof ASSESSMENT_INDEX_LABELS] ?? r.index} năm ${r.year}: ${formatNumber(Number(r.total))} điểm`,
    }),
  },
};

/** The facts of a record of this product, or null when there is no such record. */
export async function evidenceRecordFacts(
  em: EntityManager,
  kind: EvidenceRecordKind,
  id: string,
): Promise<EvidenceRecordFacts | null> {
  if (!isUuid(id)) return null;
  const { query, facts } = KINDS[kind];
  const [row] = await readRows<Row>(em, query(id));
  return row ? facts(row) : null;
}
