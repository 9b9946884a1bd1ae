import { isReportYear } from '@kycuong/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import { todayLocalDate } from '../../common/local-date.js';
import { sql } from '../../common/sql.js';
import { TOTAL_LABEL } from '../../common/vietnamese.js';
import { executeSql } from '../../db/read-path/read-rows.js';
import type { FindingSeverity } from '../findings/finding.entity.js';
import { planVisitDoneSql } from '../plans/plan-progress.js';
import type {
  OnlineService,
  ProcedureLevel,
  ProcedureMechanism,
} from '../registers/administrative-procedure.entity.js';
import { DirectiveDocumentType } from '../registers/directive-document.entity.js';
import type { AssessmentIndex } from '../registers/index-result.entity.js';
import { tthcFigures } from '../registers/tthc-figures.js';
import { coverage } from './coverage.js';
import { RollupErrors } from './rollup.errors.js';
import {
  type FindingFigure,
  type IndexScore,
  type Rollup,
  RollupFigure,
  type RollupFindings,
  type RollupRecord,
  RollupStructure,
} from './rollup.types.js';
import { unitAttentionRecords } from './rollup-attention.js';
import { rollupCompliance } from './rollup-compliance.js';
import { answerRecords, documentRecords, findingRecords, unitRecords } from './rollup-records.js';
import { scopeSql, type TodayStructure, yearFindingsSql } from './rollup-sql.js';
import { type TodayView, todayComplianceByUnit, todayNotInspected, todayView } from './rollup-today.js';
import { rollupWarnings } from './rollup-warnings.js';

interface FindingRow {
  group_code: string | null;
  group_title: string | null;
  severity: FindingSeverity | null;
  total: string;
  fixed_on_time: string;
  fixed_late: string;
  overdue: string;
  open: string;
  repeat: string;
}

/** The annual roll-up (domain.md, "The annual assessment"): every figure is an SQL aggregate. */
export class RollupService {
  constructor(
    private readonly em: EntityManager,
    private readonly today: string = todayLocalDate(),
  ) {}

  /** The day overdue is judged on: today for the current year, 31 December for a past one. */
  asOf(year: number): string {
    const yearEnd = `${year}-12-31`;
    return this.today < yearEnd ? this.today : yearEnd;
  }

  /**
   * The roll-up of a year over the sub-tree of `rootUnitId`, as it was (the year's own units and names) or
   * in today's structure (`TODAY`: the per-unit rows under today's units, a sub-tree of today's tree
   * covering the year's units whose past it carries; totals over the year's units, once each).
   */
  async rollup(
    year: number,
    rootUnitId: string | null,
    structure: RollupStructure = RollupStructure.AS_IT_WAS,
  ): Promise<Rollup> {
    const root = await this.checkScope(year, rootUnitId);
    const asOf = this.asOf(year);
    const today = await this.todayView(structure, root);
    const [cover, compliance, findings, documents, tthc, indexTrend, planGaps] = await Promise.all([
      coverage(this.em, year, root, today),
      rollupCompliance(this.em, year, root, today),
      this.findings(year, root, asOf, today),
      this.documents(year, root, today),
      this.tthc(year),
      this.indexTrend(),
      this.planGaps(year, root, today),
    ]);
    const warnings = rollupWarnings({
      tthc,
      ratios: [
        { label: 'Tỷ lệ đơn vị được kiểm tra', numerator: cover.inspected, denominator: cover.inScope },
        {
          label: 'Tỷ lệ đạt tiêu chí (điểm)',
          numerator: compliance.total.passedPoints,
          denominator: compliance.total.applicablePoints,
        },
        {
          label: 'Tỷ lệ tồn tại đã khắc phục',
          numerator: findings.total.fixedOnTime + findings.total.fixedLate,
          denominator: findings.total.total,
        },
        { label: 'Tỷ lệ TTHC trực tuyến', numerator: tthc.online, denominator: tthc.total },
        { label: 'Tỷ lệ TTHC qua bưu chính công ích', numerator: tthc.publicPostal, denominator: tthc.total },
        ...tthc.levels.map((level) => ({
          label: `Tỷ lệ cắt giảm thời gian giải quyết TTHC (${level.level})`,
          numerator: level.daysCut,
          denominator: level.legalDays,
        })),
      ],
      ...planGaps,
    });
    return {
      year,
      rootUnitId: root,
      structure,
      asOf,
      coverage: {
        inScope: cover.inScope,
        inspected: cover.inspected,
        ratio: cover.ratio,
        unitsNotInspected: today
          ? todayNotInspected(cover, today)
          : cover.units.filter((u) => !u.inspected).map((u) => ({ id: u.unitId, code: u.code, name: u.name })),
      },
      compliance: today ? { ...compliance, byUnit: todayComplianceByUnit(compliance.byUnit, today) } : compliance,
      findings,
      repeatFindings: findings.total.repeat,
      documents,
      tthc,
      indexScores: indexTrend.filter((s) => s.year === year),
      indexTrend,
      warnings,
    };
  }

  /** The records behind one figure of `rollup(year, rootUnitId)`, narrowed by `key` where it applies. */
  async records(
    year: number,
    rootUnitId: string | null,
    figure: RollupFigure,
    key: string | null,
    structure: RollupStructure = RollupStructure.AS_IT_WAS,
  ): Promise<RollupRecord[]> {
    const root = await this.checkScope(year, rootUnitId);
    const today = await this.todayView(structure, root);
    switch (figure) {
      case RollupFigure.UNITS_IN_SCOPE:
      case RollupFigure.UNITS_INSPECTED:
      case RollupFigure.UNITS_NOT_INSPECTED:
        return unitRecords(await coverage(this.em, year, root, today), figure);
      case RollupFigure.COMPLIANCE_GROUP:
      case RollupFigure.COMPLIANCE_ITEM:
      case RollupFigure.COMPLIANCE_UNIT:
        return answerRecords(this.em, year, root, figure, key, today);
      case RollupFigure.DOCUMENTS:
        return documentRecords(this.em, year, root, key, today);
      case RollupFigure.UNIT_ATTENTION:
        return unitAttentionRecords(this.em, year, root, this.asOf(year), key, today);
      default:
        return findingRecords(this.em, year, root, this.asOf(year), figure, key, today);
    }
  }

  private todayView(structure: RollupStructure, root: string | null): Promise<TodayView | null> {
    return structure === RollupStructure.TODAY ? todayView(this.em, root) : Promise.resolve(null);
  }

  private async checkScope(year: number, rootUnitId: string | null): Promise<string | null> {
    if (!isReportYear(year)) throw RollupErrors.yearOutOfRange();
    if (rootUnitId === null) return null;
    if (!isUuid(rootUnitId)) throw RollupErrors.rootUnitNotFound();
    const found = await executeSql<{ id: string }[]>(this.em, sql`select id from unit where id = ${rootUnitId}`);
    if (found.length === 0) throw RollupErrors.rootUnitNotFound();
    return rootUnitId;
  }

  private async findings(
    year: number,
    root: string | null,
    asOf: string,
    today: TodayStructure | null,
  ): Promise<RollupFindings> {
    const rows = await executeSql<FindingRow[]>(
      this.em,
      sql`${scopeSql(year, root, today)}${yearFindingsSql(year, asOf)}
       select f.group_code, min(f.group_title) as group_title, f.severity, count(*) as total,
              count(*) filter (where f.state = 'FIXED_ON_TIME') as fixed_on_time,
              count(*) filter (where f.state = 'FIXED_LATE') as fixed_late,
              count(*) filter (where f.state = 'OVERDUE') as overdue,
              count(*) filter (where f.state = 'OPEN') as open,
              count(*) filter (where f.repeat) as repeat
         from year_findings f
        group by grouping sets ((f.group_code, f.severity), ())
        order by f.group_code nulls first, f.severity`,
    );
    const figure = (row: FindingRow | undefined): FindingFigure => ({
      groupCode: row?.group_code ?? 'TOTAL',
      groupTitle: row?.group_title ?? TOTAL_LABEL,
      severity: row?.severity ?? null,
      total: Number(row?.total ?? 0),
      fixedOnTime: Number(row?.fixed_on_time ?? 0),
      fixedLate: Number(row?.fixed_late ?? 0),
      overdue: Number(row?.overdue ?? 0),
      open: Number(row?.open ?? 0),
      repeat: Number(row?.repeat ?? 0),
    });
    const total = rows.find((r) => r.group_code === null && r.severity === null);
    return {
      total: { ...figure(total), groupCode: 'TOTAL', groupTitle: TOTAL_LABEL },
      byGroupAndSeverity: rows.filter((r) => r !== total).map(figure),
    };
  }

  /** Every document type, with the documents issued in the year by a unit of the tree (root included). */
  private async documents(year: number, root: string | null, today: TodayStructure | null) {
    const rows = await executeSql<{ type: DirectiveDocumentType; n: string }[]>(
      this.em,
      sql`${scopeSql(year, root, today)}
       select d.type, count(*) as n from directive_document d
        where d.year = ${year} and d.issuing_unit_id in (select id from tree)
        group by d.type`,
    );
    const counts = new Map(rows.map((r) => [r.type, Number(r.n)]));
    return Object.values(DirectiveDocumentType).map((type) => ({ type, count: counts.get(type) ?? 0 }));
  }

  /** The TTHC catalogue is the department's, whatever the sub-tree: a few hundred rows at most. */
  private async tthc(year: number) {
    const rows = await executeSql<
      {
        level: ProcedureLevel;
        mechanism: ProcedureMechanism;
        online_service: OnlineService;
        public_postal: boolean;
        legal_days: number | null;
        days_cut: number | null;
      }[]
    >(
      this.em,
      sql`select level, mechanism, online_service, public_postal, legal_days, days_cut
         from administrative_procedure where year = ${year}`,
    );
    return tthcFigures(
      year,
      rows.map((r) => ({
        level: r.level,
        mechanism: r.mechanism,
        onlineService: r.online_service,
        publicPostal: r.public_postal,
        legalDays: r.legal_days,
        daysCut: r.days_cut,
      })),
    );
  }

  private async indexTrend(): Promise<IndexScore[]> {
    const rows = await this.em.execute<
      {
        year: number;
        assessment_index: AssessmentIndex;
        total_score: number;
        rank: number | null;
        rank_of: number | null;
      }[]
    >('select year, assessment_index, total_score, rank, rank_of from index_result order by year, assessment_index');
    return rows.map((r) => ({
      year: r.year,
      index: r.assessment_index,
      totalScore: Number(r.total_score),
      rank: r.rank,
      rankOf: r.rank_of,
    }));
  }

  /**
   * Units visited without a plan line of the year, and plans of a past year with lines whose visit was
   * not approved by 31 December (only lines for units of the tree count).
   */
  private async planGaps(year: number, root: string | null, today: TodayStructure | null) {
    const pastYear = year < Number(this.today.slice(0, 4));
    const rows = await executeSql<
      { kind: 'UNPLANNED' | 'UNFINISHED'; label: string; not_done: string | null; lines: string | null }[]
    >(
      this.em,
      sql`${scopeSql(year, root, today)}
       select 'UNPLANNED' as kind, u.name as label, null as not_done, null as lines
         from unit_y u
        where u.id in (select unit_id from year_visits)
          and not exists (select 1 from plan_line l join inspection_plan p on p.id = l.plan_id
                           where p.year = ${year} and l.unit_id = u.id)
       union all
       select 'UNFINISHED', p.document_number,
              count(*) filter (where not exists (
                select 1 from visit v where v.plan_line_id = l.id and ${planVisitDoneSql(year)})),
              count(*)
         from inspection_plan p join plan_line l on l.plan_id = p.id
        where ${pastYear}::boolean and p.year = ${year} and l.unit_id in (select id from tree)
        group by p.id, p.document_number
       order by 1, 2`,
    );
    return {
      unitsVisitedWithoutPlanLine: rows.filter((r) => r.kind === 'UNPLANNED').map((r) => r.label),
      unfinishedPlans: rows
        .filter((r) => r.kind === 'UNFINISHED' && Number(r.not_done) > 0)
        .map((r) => ({ documentNumber: r.label, linesNotDone: Number(r.not_done), lines: Number(r.lines) })),
    };
  }
}
