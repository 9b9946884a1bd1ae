import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { isUuid } from '../../common/ids.js';
import { type Sql, sql } from '../../common/sql.js';
import { ASSESSMENT_INDEX_LABELS, formatDate, formatNumber } from '../../common/vietnamese.js';
import { readRows } from '../../db/read-path/read-rows.js';
import { EvidenceRecordKind } from './performance-measure.js';

/** What a self-assessment needs of a record cited as evidence: the years it belongs to and how to name it. */
export interface EvidenceRecordFacts {
  years: number[];
  label: string;
}

/** A record of the product a self-assessment of the year can cite, as the picker lists it. */
@ObjectType({ description: 'Một hồ sơ của phần mềm có thể dùng làm tài liệu kiểm chứng của năm' })
export class CitableRecord {
  @Field(() => EvidenceRecordKind)
  kind!: EvidenceRecordKind;

  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Số, ngày, đơn vị của hồ sơ, as the evidence list names it' })
  label!: string;
}

type Row = Record<string, string | number | null>;

const day = (value: string | number | null) => (value ? formatDate(String(value).slice(0, 10)) : 'chưa có ngày');
const yearOf = (value: string | number | null) => (value ? Number(String(value).slice(0, 4)) : null);

interface KindQueries {
  /** `select <id, year and what the label needs> from ... join ...`, without a where. */
  select: Sql;
  /** The record's id column. */
  id: Sql;
  /** The records that belong to the year (the same rule as `facts().years`). */
  ofYear: (year: number) => Sql;
  order: Sql;
  facts: (r: Row) => EvidenceRecordFacts;
}

/**
 * Per kind: the record's row (read by table name: the features that own these tables build on nothing
 * here) and its facts. A visit and its findings belong to their plan's year; a finding also to the
 * year of its deadline (a finding of December is fixed, or not, the next year). The picker lists only
 * approved visits and their findings: what the annual figures count.
 */
const KINDS: Record<EvidenceRecordKind, KindQueries> = {
  DIRECTIVE_DOCUMENT: {
    select: sql`select d.id, d.year, d.number, d.issued_on::text as day, d.summary from directive_document d`,
    id: sql`d.id`,
    ofYear: (year) => sql`d.year = ${year}`,
    order: sql`d.issued_on, d.number`,
    facts: (r) => ({ years: [Number(r.year)], label: `Văn bản ${r.number} ngày ${day(r.day)}: ${r.summary}` }),
  },
  PLAN: {
    select: sql`select p.id, p.year, p.title, p.document_number as number, p.document_date::text as day
                  from inspection_plan p`,
    id: sql`p.id`,
    ofYear: (year) => sql`p.year = ${year}`,
    order: sql`p.document_date, p.title`,
    facts: (r) => ({ years: [Number(r.year)], label: `Kế hoạch ${r.number} ngày ${day(r.day)}: ${r.title}` }),
  },
  VISIT: {
    select: sql`select v.id, p.year, v.visit_date::text as day, u.name as unit from visit v
                  join plan_line l on l.id = v.plan_line_id join inspection_plan p on p.id = l.plan_id
                  join unit u on u.id = v.unit_id`,
    id: sql`v.id`,
    ofYear: (year) => sql`p.year = ${year} and v.status = 'APPROVED'`,
    order: sql`v.visit_date, u.name`,
    facts: (r) => ({ years: [Number(r.year)], label: `Cuộc kiểm tra ${r.unit} ngày ${day(r.day)}` }),
  },
  NOTICE: {
    select: sql`select n.id, d.year, d.number, d.issued_on::text as day, u.name as unit from conclusion_notice n
                  join directive_document d on d.id = n.document_id join visit v on v.id = n.visit_id
                  join unit u on u.id = v.unit_id`,
    id: sql`n.id`,
    ofYear: (year) => sql`d.year = ${year}`,
    order: sql`d.issued_on, d.number`,
    facts: (r) => ({
      years: [Number(r.year)],
      label: `Thông báo kết luận ${r.number} ngày ${day(r.day)} (${r.unit})`,
    }),
  },
  FINDING: {
    select: sql`select f.id, p.year, f.deadline::text as deadline, f.group_title as title, u.name as unit from finding f
                  join visit v on v.id = f.visit_id join plan_line l on l.id = v.plan_line_id
                  join inspection_plan p on p.id = l.plan_id join unit u on u.id = f.responsible_unit_id`,
    id: sql`f.id`,
    ofYear: (year) =>
      sql`v.status = 'APPROVED' and (p.year = ${year} or (f.deadline is not null and extract(year from f.deadline) = ${year}))`,
    order: sql`v.visit_date, u.name, f.group_title`,
    facts: (r) => ({
      years: [...new Set([Number(r.year), yearOf(r.deadline)].filter((y): y is number => y !== null))],
      label: `Tồn tại (${r.title}) tại ${r.unit}${r.deadline ? `, hạn khắc phục ${day(r.deadline)}` : ''}`,
    }),
  },
  PROCEDURE: {
    select: sql`select a.id, a.year, a.code, a.name from administrative_procedure a`,
    id: sql`a.id`,
    ofYear: (year) => sql`a.year = ${year}`,
    order: sql`a.code`,
    facts: (r) => ({ years: [Number(r.year)], label: `TTHC ${r.code}: ${r.name}` }),
  },
  INDEX_RESULT: {
    select: sql`select i.id, i.year, i.assessment_index as index, i.total_score as total from index_result i`,
    id: sql`i.id`,
    ofYear: (year) => sql`i.year = ${year}`,
    order: sql`i.assessment_index`,
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
  const { select, id: idColumn, facts } = KINDS[kind];
  const [row] = await readRows<Row>(em, sql`${select} where ${idColumn} = ${id}`);
  return row ? facts(row) : null;
}

/** At most this many records are listed: the picker narrows the list with the words a person types. */
export const CITABLE_RECORDS_LIMIT = 100;

/** Text compared without case or Unicode form: "Kế hoạch" finds "KẾ HOẠCH". */
const folded = (text: string) => text.normalize('NFC').toLocaleLowerCase('vi');

/**
 * The records of a kind that belong to the year (those `addAssessmentEvidence` accepts for it), in
 * their natural order, those whose label contains every word of `search`, at most CITABLE_RECORDS_LIMIT.
 */
export async function citableRecords(
  em: EntityManager,
  year: number,
  kind: EvidenceRecordKind,
  search: string | null,
): Promise<CitableRecord[]> {
  const { select, ofYear, order, facts } = KINDS[kind];
  const rows = await readRows<Row>(em, sql`${select} where ${ofYear(year)} order by ${order}`);
  const words = folded(search ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const records: CitableRecord[] = [];
  for (const row of rows) {
    const { label } = facts(row);
    const text = folded(label);
    if (!words.every((word) => text.includes(word))) continue;
    records.push({ kind, id: String(row.id), label });
    if (records.length === CITABLE_RECORDS_LIMIT) break;
  }
  return records;
}
