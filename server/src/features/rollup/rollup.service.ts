import { isReportYear } from '@kycuong/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import { todayLocalDate } from '../../common/local-date.js';
import { SEVERITY, type SeverityName } from '../documents/document-model.js';
import { formatDate } from '../documents/vietnamese-format.js';
import type { FindingSeverity } from '../findings/finding.entity.js';
import type {
  OnlineService,
  ProcedureLevel,
  ProcedureMechanism,
} from '../registers/administrative-procedure.entity.js';
import { DirectiveDocumentType } from '../registers/directive-document.entity.js';
import type { AssessmentIndex } from '../registers/index-result.entity.js';
import { tthcFigures } from '../registers/tthc-figures.js';
import { type Coverage, coverage } from './coverage.js';
import { RollupErrors } from './rollup.errors.js';
import {
  type ComplianceFigure,
  type FindingFigure,
  type IndexScore,
  type Rollup,
  type RollupCompliance,
  RollupFigure,
  type RollupFindings,
  type RollupRecord,
} from './rollup.types.js';
import { unitAttentionRecords } from './rollup-attention.js';
import { SCOPE, STATE_LABELS, scopeParams, YEAR_ANSWERS, YEAR_FINDINGS } from './rollup-sql.js';
import { rollupWarnings } from './rollup-warnings.js';

const FINDING_STATES: Partial<Record<RollupFigure, string>> = {
  [RollupFigure.FINDINGS_FIXED_ON_TIME]: 'FIXED_ON_TIME',
  [RollupFigure.FINDINGS_FIXED_LATE]: 'FIXED_LATE',
  [RollupFigure.FINDINGS_OVERDUE]: 'OVERDUE',
  [RollupFigure.FINDINGS_OPEN]: 'OPEN',
};

const PASS_FAIL_LABELS: Record<string, string> = { PASS: 'Đạt', FAIL: 'Không đạt', NOT_APPLICABLE: 'Không áp dụng' };

interface ComplianceRow {
  level: 'TOTAL' | 'GROUP' | 'ITEM' | 'UNIT';
  group_code: string | null;
  item_code: string | null;
  unit_id: string | null;
  group_title: string | null;
  item_text: string | null;
  unit_name: string | null;
  passed: string;
  failed: string;
  not_applicable: string;
  passed_points: number | string;
  applicable_points: number | string;
}

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

  async rollup(year: number, rootUnitId: string | null): Promise<Rollup> {
    const root = await this.checkScope(year, rootUnitId);
    const asOf = this.asOf(year);
    const [cover, compliance, findings, documents, tthc, indexTrend, planGaps] = await Promise.all([
      coverage(this.em, year, root),
      this.compliance(year, root),
      this.findings(year, root, asOf),
      this.documents(year, root),
      this.tthc(year),
      this.indexTrend(),
      this.planGaps(year, root),
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
      asOf,
      coverage: {
        inScope: cover.inScope,
        inspected: cover.inspected,
        ratio: cover.ratio,
        unitsNotInspected: cover.units
          .filter((u) => !u.inspected)
          .map((u) => ({ id: u.unitId, code: u.code, name: u.name })),
      },
      compliance,
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
  ): Promise<RollupRecord[]> {
    const root = await this.checkScope(year, rootUnitId);
    switch (figure) {
      case RollupFigure.UNITS_IN_SCOPE:
      case RollupFigure.UNITS_INSPECTED:
      case RollupFigure.UNITS_NOT_INSPECTED:
        return unitRecords(await coverage(this.em, year, root), figure);
      case RollupFigure.COMPLIANCE_GROUP:
      case RollupFigure.COMPLIANCE_ITEM:
      case RollupFigure.COMPLIANCE_UNIT:
        return this.answerRecords(year, root, figure, key);
      case RollupFigure.DOCUMENTS:
        return this.documentRecords(year, root, key);
      case RollupFigure.UNIT_ATTENTION:
        return unitAttentionRecords(this.em, year, root, this.asOf(year), key);
      default:
        return this.findingRecords(year, root, figure, key);
    }
  }

  private async checkScope(year: number, rootUnitId: string | null): Promise<string | null> {
    if (!isReportYear(year)) throw RollupErrors.yearOutOfRange();
    if (rootUnitId === null) return null;
    if (!isUuid(rootUnitId)) throw RollupErrors.rootUnitNotFound();
    const found = await this.em.execute<{ id: string }[]>('select id from unit where id = ?', [rootUnitId]);
    if (found.length === 0) throw RollupErrors.rootUnitNotFound();
    return rootUnitId;
  }

  private async compliance(year: number, root: string | null): Promise<RollupCompliance> {
    // Answers are counted per unit and item first, so the roll-up and its weighting by points work on
    // (units x items) rows rather than on every answer; labels come from the newest checklist version
    // among the items answered, looked up once per group and item code.
    const rows = await this.em.execute<ComplianceRow[]>(
      `${SCOPE},
       counts as (
         select yv.unit_id, a.item_id,
                count(*) filter (where a.pass_fail = 'PASS') as passed,
                count(*) filter (where a.pass_fail = 'FAIL') as failed,
                count(*) filter (where a.pass_fail = 'NOT_APPLICABLE') as not_applicable
           from year_visits yv join visit_answer a on a.visit_id = yv.id
          where a.pass_fail is not null
          group by yv.unit_id, a.item_id
       ),
       items as (
         select i.id, i.points, i.code as item_code, i.text as item_text, g.code as group_code, g.title as group_title,
                cv.number as version_number, cv.created_at as version_created
           from checklist_item i
           join checklist_group g on g.id = i.group_id
           join checklist_version cv on cv.id = g.version_id
          where i.id in (select distinct item_id from counts)
       ),
       group_labels as (
         select distinct on (group_code) group_code, group_title from items
          order by group_code, version_number desc, version_created desc
       ),
       item_labels as (
         select distinct on (group_code, item_code) group_code, item_code, item_text from items
          order by group_code, item_code, version_number desc, version_created desc
       ),
       figures as (
         select case when grouping(i.item_code) = 0 then 'ITEM'
                     when grouping(i.group_code) = 0 then 'GROUP'
                     when grouping(c.unit_id) = 0 then 'UNIT'
                     else 'TOTAL' end as level,
                i.group_code, i.item_code, c.unit_id,
                sum(c.passed) as passed,
                sum(c.failed) as failed,
                sum(c.not_applicable) as not_applicable,
                coalesce(sum(c.passed * i.points), 0) as passed_points,
                coalesce(sum((c.passed + c.failed) * i.points), 0) as applicable_points
           from counts c join items i on i.id = c.item_id
          group by grouping sets ((i.group_code), (i.group_code, i.item_code), (c.unit_id), ())
       )
       select f.*, gl.group_title, il.item_text, u.name as unit_name
         from figures f
         left join group_labels gl on f.level in ('GROUP', 'ITEM') and gl.group_code = f.group_code
         left join item_labels il on f.level = 'ITEM' and il.group_code = f.group_code and il.item_code = f.item_code
         left join unit u on u.id = f.unit_id
        order by f.level, f.group_code, f.item_code, u.name`,
      scopeParams(year, root),
    );
    const figure = (row: ComplianceRow, key: string, label: string, groupCode: string | null): ComplianceFigure => {
      const passedPoints = Number(row.passed_points);
      const applicablePoints = Number(row.applicable_points);
      return {
        key,
        label,
        groupCode,
        passed: Number(row.passed),
        failed: Number(row.failed),
        notApplicable: Number(row.not_applicable),
        passedPoints,
        applicablePoints,
        ratio: applicablePoints > 0 ? passedPoints / applicablePoints : null,
      };
    };
    const total = rows.find((r) => r.level === 'TOTAL');
    return {
      total: total
        ? figure(total, 'TOTAL', 'Toàn bộ', null)
        : {
            key: 'TOTAL',
            label: 'Toàn bộ',
            groupCode: null,
            passed: 0,
            failed: 0,
            notApplicable: 0,
            passedPoints: 0,
            applicablePoints: 0,
            ratio: null,
          },
      byGroup: rows
        .filter((r) => r.level === 'GROUP')
        .map((r) => figure(r, r.group_code ?? '', r.group_title ?? '', r.group_code)),
      byItem: rows
        .filter((r) => r.level === 'ITEM')
        .map((r) => figure(r, r.item_code ?? '', `${r.item_code} ${r.item_text ?? ''}`, r.group_code)),
      byUnit: rows.filter((r) => r.level === 'UNIT').map((r) => figure(r, r.unit_id ?? '', r.unit_name ?? '', null)),
    };
  }

  private async findings(year: number, root: string | null, asOf: string): Promise<RollupFindings> {
    const rows = await this.em.execute<FindingRow[]>(
      `${SCOPE}${YEAR_FINDINGS}
       select f.group_code, min(f.group_title) as group_title, f.severity, count(*) as total,
              count(*) filter (where f.state = 'FIXED_ON_TIME') as fixed_on_time,
              count(*) filter (where f.state = 'FIXED_LATE') as fixed_late,
              count(*) filter (where f.state = 'OVERDUE') as overdue,
              count(*) filter (where f.state = 'OPEN') as open,
              count(*) filter (where f.repeat) as repeat
         from year_findings f
        group by grouping sets ((f.group_code, f.severity), ())
        order by f.group_code nulls first, f.severity`,
      [...scopeParams(year, root), asOf, year],
    );
    const figure = (row: FindingRow | undefined): FindingFigure => ({
      groupCode: row?.group_code ?? 'TOTAL',
      groupTitle: row?.group_title ?? 'Toàn bộ',
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
      total: { ...figure(total), groupCode: 'TOTAL', groupTitle: 'Toàn bộ' },
      byGroupAndSeverity: rows.filter((r) => r !== total).map(figure),
    };
  }

  /** Every document type, with the documents issued in the year by a unit of the tree (root included). */
  private async documents(year: number, root: string | null) {
    const rows = await this.em.execute<{ type: DirectiveDocumentType; n: string }[]>(
      `${SCOPE}
       select d.type, count(*) as n from directive_document d
        where d.year = ? and d.issuing_unit_id in (select id from tree)
        group by d.type`,
      [...scopeParams(year, root), year],
    );
    const counts = new Map(rows.map((r) => [r.type, Number(r.n)]));
    return Object.values(DirectiveDocumentType).map((type) => ({ type, count: counts.get(type) ?? 0 }));
  }

  /** The TTHC catalogue is the department's, whatever the sub-tree: a few hundred rows at most. */
  private async tthc(year: number) {
    const rows = await this.em.execute<
      {
        level: ProcedureLevel;
        mechanism: ProcedureMechanism;
        online_service: OnlineService;
        public_postal: boolean;
        legal_days: number | null;
        days_cut: number | null;
      }[]
    >(
      `select level, mechanism, online_service, public_postal, legal_days, days_cut
         from administrative_procedure where year = ?`,
      [year],
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
      { year: number; assessment_index: AssessmentIndex; total_score: number; rank: number | null }[]
    >('select year, assessment_index, total_score, rank from index_result order by year, assessment_index');
    return rows.map((r) => ({
      year: r.year,
      index: r.assessment_index,
      totalScore: Number(r.total_score),
      rank: r.rank,
    }));
  }

  /**
   * Units visited without a plan line of the year, and plans of a past year with lines whose visit was
   * not approved by 31 December (only lines for units of the tree count).
   */
  private async planGaps(year: number, root: string | null) {
    const pastYear = year < Number(this.today.slice(0, 4));
    const rows = await this.em.execute<
      { kind: 'UNPLANNED' | 'UNFINISHED'; label: string; not_done: string | null; lines: string | null }[]
    >(
      `${SCOPE}
       select 'UNPLANNED' as kind, u.name as label, null as not_done, null as lines
         from unit u
        where u.id in (select unit_id from year_visits)
          and not exists (select 1 from plan_line l join inspection_plan p on p.id = l.plan_id
                           where p.year = ? and l.unit_id = u.id)
       union all
       select 'UNFINISHED', p.document_number,
              count(*) filter (where not exists (
                select 1 from visit v where v.plan_line_id = l.id and v.status = 'APPROVED'
                   and v.visit_date <= make_date(?, 12, 31))),
              count(*)
         from inspection_plan p join plan_line l on l.plan_id = p.id
        where ?::boolean and p.year = ? and l.unit_id in (select id from tree)
        group by p.id, p.document_number
       order by 1, 2`,
      [...scopeParams(year, root), year, year, pastYear, year],
    );
    return {
      unitsVisitedWithoutPlanLine: rows.filter((r) => r.kind === 'UNPLANNED').map((r) => r.label),
      unfinishedPlans: rows
        .filter((r) => r.kind === 'UNFINISHED' && Number(r.not_done) > 0)
        .map((r) => ({ documentNumber: r.label, linesNotDone: Number(r.not_done), lines: Number(r.lines) })),
    };
  }

  private async answerRecords(
    year: number,
    root: string | null,
    figure: RollupFigure,
    key: string | null,
  ): Promise<RollupRecord[]> {
    const column = {
      COMPLIANCE_GROUP: 'x.group_code',
      COMPLIANCE_ITEM: 'x.item_code',
      COMPLIANCE_UNIT: 'x.unit_id::text',
    }[figure as 'COMPLIANCE_GROUP' | 'COMPLIANCE_ITEM' | 'COMPLIANCE_UNIT'];
    const rows = await this.em.execute<
      {
        id: string;
        pass_fail: string;
        item_code: string;
        item_text: string;
        visit_id: string;
        unit_name: string;
        visit_date: string;
      }[]
    >(
      `${SCOPE}${YEAR_ANSWERS}
       select x.id, x.pass_fail, x.item_code, x.item_text, x.visit_id, u.name as unit_name, x.visit_date::text as visit_date
         from year_answers x join unit u on u.id = x.unit_id
        where ?::text is null or ${column} = ?
        order by x.visit_date, u.name, x.item_code`,
      [...scopeParams(year, root), key, key],
    );
    return rows.map((r) => ({
      kind: 'ANSWER',
      id: r.id,
      unitName: r.unit_name,
      date: r.visit_date,
      label: `${r.item_code} ${r.item_text}`,
      detail: PASS_FAIL_LABELS[r.pass_fail] ?? r.pass_fail,
      visitId: r.visit_id,
      findingId: null,
    }));
  }

  private async findingRecords(
    year: number,
    root: string | null,
    figure: RollupFigure,
    key: string | null,
  ): Promise<RollupRecord[]> {
    const state = FINDING_STATES[figure] ?? null;
    const repeatOnly = figure === RollupFigure.REPEAT_FINDINGS;
    const rows = await this.em.execute<
      {
        id: string;
        visit_id: string;
        unit_name: string;
        visit_date: string;
        description: string;
        group_title: string;
        severity: string;
        state: string;
        deadline: string | null;
      }[]
    >(
      `${SCOPE}${YEAR_FINDINGS}
       select f.id, f.visit_id, f.unit_name, f.visit_date::text as visit_date, f.description, f.group_title,
              f.severity, f.state, f.deadline::text as deadline
         from year_findings f
        where (?::text is null or f.state = ?) and (not ?::boolean or f.repeat)
          and (?::text is null or f.group_code = ?)
        order by f.visit_date, f.unit_name, f.id`,
      [...scopeParams(year, root), this.asOf(year), year, state, state, repeatOnly, key, key],
    );
    return rows.map((r) => ({
      kind: 'FINDING',
      id: r.id,
      unitName: r.unit_name,
      date: r.visit_date,
      label: r.description,
      detail: [
        r.group_title,
        SEVERITY[r.severity as SeverityName] ?? r.severity,
        STATE_LABELS[r.state] ?? r.state,
        r.deadline ? `hạn ${formatDate(r.deadline)}` : null,
      ]
        .filter(Boolean)
        .join(' · '),
      visitId: r.visit_id,
      findingId: r.id,
    }));
  }

  private async documentRecords(year: number, root: string | null, key: string | null): Promise<RollupRecord[]> {
    const rows = await this.em.execute<
      { id: string; number: string; summary: string; type: string; issued_on: string; unit_name: string }[]
    >(
      `${SCOPE}
       select d.id, d.number, d.summary, d.type, d.issued_on::text as issued_on, u.name as unit_name
         from directive_document d join unit u on u.id = d.issuing_unit_id
        where d.year = ? and d.issuing_unit_id in (select id from tree) and (?::text is null or d.type = ?)
        order by d.issued_on, d.number`,
      [...scopeParams(year, root), year, key, key],
    );
    return rows.map((r) => ({
      kind: 'DOCUMENT',
      id: r.id,
      unitName: r.unit_name,
      date: r.issued_on,
      label: r.number,
      detail: r.summary,
      visitId: null,
      findingId: null,
    }));
  }
}

function unitRecords(cover: Coverage, figure: RollupFigure): RollupRecord[] {
  const wanted = (inspected: boolean) =>
    figure === RollupFigure.UNITS_IN_SCOPE || inspected === (figure === RollupFigure.UNITS_INSPECTED);
  return cover.units
    .filter((u) => wanted(u.inspected))
    .map((u) => ({
      kind: 'UNIT',
      id: u.unitId,
      unitName: u.name,
      date: null,
      label: `${u.code} ${u.name}`,
      detail: `${u.visits} cuộc kiểm tra đã duyệt trong năm`,
      visitId: null,
      findingId: null,
    }));
}
