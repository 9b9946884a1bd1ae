import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../../common/sql.js';
import {
  DOCUMENT_TYPE_IN_SENTENCE,
  formatDate,
  formatNumber,
  formatPercent,
  ONLINE_SERVICE_LABELS,
  PROCEDURE_MECHANISM_LABELS,
  procedureLevelName,
} from '../../../common/vietnamese.js';
import { executeSql } from '../../../db/read-path/read-rows.js';
import type {
  OnlineService,
  ProcedureLevel,
  ProcedureMechanism,
} from '../../registers/administrative-procedure.entity.js';
import { isOneStop, isOnline, isTimeCut, type ProcedureRow, tthcFigures } from '../../registers/tthc-figures.js';
import { unitsOfYearSql } from '../../rollup/rollup-sql.js';
import { EvidenceRecordKind, PerformanceMeasure } from '../performance-measure.js';
import type { MeasureOutcome } from './measure-outcome.js';
import { type DirectiveOnTimeParams, deadlineDay } from './measure-params.js';

// The measures of the registers (issue 17): directive documents issued on time and the TTHC catalogue's
// shares. Definitions: docs/self-assessment-measures.md.

/** Case, accents' Unicode form and spacing aside, as a person reads a summary. */
const folded = (text: string) => text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

/**
 * DIRECTIVE_ISSUED_ON_TIME: the directive documents of the type whose summary contains `titleContains`,
 * issued in the assessed year (with a deadline in it) or in that year and the one before (with a
 * deadline in the year before); counted when issued on or before the deadline. Issuers: the department
 * and its units, each named as it was on the document's day (a January 2025 plan of the SNN says so).
 */
export async function directiveIssuedOnTime(
  em: EntityManager,
  year: number,
  params: DirectiveOnTimeParams,
): Promise<MeasureOutcome> {
  const due = deadlineDay(params.deadline, year);
  const fromYear = Number(due.slice(0, 4));
  const rows = await executeSql<
    { id: string; number: string; issued_on: string; summary: string; unit_name: string }[]
  >(
    em,
    sql`with recursive ${unitsOfYearSql(year)}
     select d.id, d.number, d.issued_on::text as issued_on, d.summary, coalesce(v.name, u.name) as unit_name
       from directive_document d join unit_y u on u.id = d.issuing_unit_id
       left join lateral (
         select uv.name from unit_version uv
          where uv.unit_id = d.issuing_unit_id and uv.valid_from <= d.issued_on
          order by uv.valid_from desc limit 1
       ) v on true
      where d.type = ${params.documentType} and d.year between ${fromYear} and ${year}
      order by d.issued_on, d.number`,
  );
  const title = params.titleContains ? folded(params.titleContains) : null;
  const documents = rows.filter((r) => title === null || folded(r.summary).includes(title));
  const type = DOCUMENT_TYPE_IN_SENTENCE[params.documentType];
  const titled = params.titleContains ? ` có trích yếu chứa “${params.titleContains}”` : '';
  const period = fromYear === year ? `năm ${year}` : `năm ${fromYear} và năm ${year}`;
  return {
    numerator: documents.filter((d) => d.issued_on <= due).length,
    denominator: documents.length,
    counts: `${type.counted}${titled} ban hành đúng hạn (chậm nhất ngày ${formatDate(due)})`,
    nothingDue: `Không có ${type.counted} nào${titled} ban hành trong ${period}`,
    note: null,
    records: documents.map((d) => ({
      kind: EvidenceRecordKind.DIRECTIVE_DOCUMENT,
      id: d.id,
      label: `${type.listed} số ${d.number} ngày ${formatDate(d.issued_on)} của ${d.unit_name}: ${d.summary}${
        d.issued_on <= due ? '' : ' (ban hành sau hạn)'
      }`,
      counted: d.issued_on <= due,
    })),
  };
}

interface Procedure extends ProcedureRow {
  id: string;
  code: string;
  name: string;
}

export type TthcMeasure =
  | typeof PerformanceMeasure.TTHC_ONE_STOP
  | typeof PerformanceMeasure.TTHC_ONLINE
  | typeof PerformanceMeasure.TTHC_POSTAL
  | typeof PerformanceMeasure.TTHC_TIME_CUT;

/** Per TTHC measure: what it counts, the test of a row (registers/tthc-figures.ts) and the row's detail. */
const TTHC_MEASURES: Record<
  TthcMeasure,
  { counts: string; counted: (row: Procedure) => boolean; detail: (row: Procedure) => string }
> = {
  TTHC_ONE_STOP: {
    counts: 'TTHC thực hiện theo cơ chế một cửa, một cửa liên thông',
    counted: isOneStop,
    detail: (r) => PROCEDURE_MECHANISM_LABELS[r.mechanism].toLocaleLowerCase('vi'),
  },
  TTHC_ONLINE: {
    counts: 'TTHC cung cấp dịch vụ công trực tuyến',
    counted: isOnline,
    detail: (r) =>
      isOnline(r) ? `trực tuyến ${ONLINE_SERVICE_LABELS[r.onlineService].toLocaleLowerCase('vi')}` : 'không trực tuyến',
  },
  TTHC_POSTAL: {
    counts: 'TTHC tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích',
    counted: (r) => r.publicPostal,
    detail: (r) => (r.publicPostal ? 'qua bưu chính công ích' : 'không qua bưu chính công ích'),
  },
  TTHC_TIME_CUT: {
    counts: 'TTHC được cắt giảm thời gian giải quyết',
    counted: isTimeCut,
    detail: (r) =>
      isTimeCut(r) ? `cắt giảm ${r.daysCut}/${r.legalDays ?? 0} ngày` : 'không cắt giảm thời gian giải quyết',
  },
};

/** What the annual report says beside the share: the kinds counted, or the days cut per level. */
function tthcNote(measure: TthcMeasure, rows: readonly Procedure[]): string | null {
  const figures = tthcFigures(0, rows);
  if (measure === PerformanceMeasure.TTHC_ONE_STOP) {
    return `${formatNumber(figures.oneStop)} một cửa, ${formatNumber(figures.interconnected)} một cửa liên thông`;
  }
  if (measure === PerformanceMeasure.TTHC_ONLINE) {
    return `${formatNumber(figures.onlineFull)} toàn trình, ${formatNumber(figures.onlinePartial)} một phần`;
  }
  if (measure === PerformanceMeasure.TTHC_TIME_CUT) {
    const levels = figures.levels
      .filter((l) => l.reviewed > 0)
      .map(
        (l) =>
          `${procedureLevelName(l.level)}: ${formatNumber(l.reviewed)} TTHC, cắt giảm ${formatNumber(l.daysCut)}/${formatNumber(
            l.legalDays,
          )} ngày (${formatPercent(l.daysCut, l.legalDays)})`,
      );
    return levels.length ? levels.join('; ') : null;
  }
  return null;
}

/**
 * The TTHC measures: the department's catalogue of the year (administrative_procedure.year), every row
 * in the denominator, counted by the same tests as the annual report's figures (tthc-figures.ts).
 */
export async function tthcMeasure(em: EntityManager, year: number, measure: TthcMeasure): Promise<MeasureOutcome> {
  const rows = await executeSql<
    {
      id: string;
      code: string;
      name: string;
      level: ProcedureLevel;
      mechanism: ProcedureMechanism;
      online_service: OnlineService;
      public_postal: boolean;
      legal_days: number | null;
      days_cut: number | null;
    }[]
  >(
    em,
    sql`select id, code, name, level, mechanism, online_service, public_postal, legal_days, days_cut
          from administrative_procedure where year = ${year} order by code`,
  );
  const procedures: Procedure[] = rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    level: r.level,
    mechanism: r.mechanism,
    onlineService: r.online_service,
    publicPostal: r.public_postal,
    legalDays: r.legal_days,
    daysCut: r.days_cut,
  }));
  const { counts, counted, detail } = TTHC_MEASURES[measure];
  return {
    numerator: procedures.filter(counted).length,
    denominator: procedures.length,
    counts,
    nothingDue: `Danh mục TTHC năm ${year} chưa có thủ tục nào`,
    note: procedures.length ? tthcNote(measure, procedures) : null,
    records: procedures.map((r) => ({
      kind: EvidenceRecordKind.PROCEDURE,
      id: r.id,
      label: `${r.code} ${r.name} (${procedureLevelName(r.level).toLocaleLowerCase('vi')}; ${detail(r)})`,
      counted: counted(r),
    })),
  };
}
