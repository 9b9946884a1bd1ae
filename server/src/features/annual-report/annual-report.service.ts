import { isReportYear } from '@kycuong/rules';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { todayLocalDate } from '../../common/local-date.js';
import { issuingAgencies } from '../../common/vietnamese.js';
import { AgencyService } from '../agency/agency.service.js';
import { agencyOn } from '../agency/issuing-agency.js';
import { recordAudit } from '../audit/audit.service.js';
import { renderDocx } from '../documents/docx-renderer.js';
import { renderHtml } from '../documents/html-renderer.js';
import { renderPdf } from '../documents/pdf-renderer.js';
import { Finding } from '../findings/finding.entity.js';
import { InspectionPlan, InspectionTeam } from '../plans/plan.entity.js';
import { ProcedureLevel } from '../registers/administrative-procedure.entity.js';
import { DirectiveDocument } from '../registers/directive-document.entity.js';
import { AdministrativeProceduresService } from '../registers/registers.service.js';
import { RollupService } from '../rollup/rollup.service.js';
import { RollupFigure } from '../rollup/rollup.types.js';
import { SelfAssessmentService } from '../self-assessment/self-assessment.service.js';
import { Unit } from '../units/unit.entity.js';
import type { User } from '../users/user.entity.js';
import { AnnualReportErrors } from './annual-report.errors.js';
import type { SaveAnnualReportDraftInput } from './annual-report.inputs.js';
import type { AnnualReportData } from './annual-report-data.js';
import { AnnualReportDraft } from './annual-report-draft.entity.js';
import { buildAnnualReport } from './annual-report-model.js';

export type ReportFormat = 'docx' | 'pdf';

export interface RenderedReport {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

const CONTENT_TYPE: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** The narrative fields, recorded together in the audit trail. */
const NARRATIVE = ['basis', 'sipasTasks', 'parTasks', 'strengths', 'weaknesses', 'directions', 'signerName'] as const;

function text(value: string | null | undefined): string {
  return (value ?? '').normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

function optionalText(value: string | null | undefined): string | null {
  return text(value) || null;
}

function describe(draft: AnnualReportDraft): Record<string, unknown> {
  return {
    year: draft.year,
    ...Object.fromEntries(NARRATIVE.map((field) => [field, draft[field]])),
    issuedNumber: draft.issuedNumber,
    issuedOn: draft.issuedOn,
  };
}

function checkYear(year: number): void {
  if (!isReportYear(year)) throw AnnualReportErrors.yearInvalid();
}

/** The annual SIPAS / PAR INDEX report: its narrative per year, and the report made from data. */
export class AnnualReportService {
  constructor(
    private readonly em: EntityManager,
    private readonly today: string = todayLocalDate(),
  ) {}

  draft(year: number): Promise<AnnualReportDraft | null> {
    return this.em.findOne(AnnualReportDraft, { year });
  }

  /** Creates or replaces the narrative of a year; an issued report is no longer edited. */
  async save(actor: User, input: SaveAnnualReportDraftInput): Promise<AnnualReportDraft> {
    const fields = {
      basis: optionalText(input.basis),
      sipasTasks: optionalText(input.sipasTasks),
      parTasks: optionalText(input.parTasks),
      strengths: text(input.strengths),
      weaknesses: text(input.weaknesses),
      directions: text(input.directions),
      signerName: optionalText(input.signerName)?.replace(/\s+/g, ' ') ?? null,
    };
    return this.write(async (em) => {
      const current = await em.findOne(AnnualReportDraft, { year: input.year });
      if (current?.issuedOn) throw AnnualReportErrors.alreadyIssued(input.year);
      if (input.version != null && input.version !== current?.version) throw AnnualReportErrors.versionConflict();
      if (current && input.version == null) throw AnnualReportErrors.versionConflict();
      if (!current) {
        const draft = em.create(AnnualReportDraft, { year: input.year, ...fields });
        em.persist(draft);
        recordAudit(em, actor, {
          entityType: 'AnnualReportDraft',
          entityId: draft.id,
          action: 'CREATE',
          after: describe(draft),
        });
        return draft;
      }
      const before = describe(current);
      em.assign(current, fields);
      recordAudit(em, actor, {
        entityType: 'AnnualReportDraft',
        entityId: current.id,
        action: 'UPDATE',
        before,
        after: describe(current),
      });
      return current;
    });
  }

  /** Starts a year's narrative from another year's (usually last year's), when the year has none yet. */
  async startFromYear(actor: User, year: number, fromYear: number): Promise<AnnualReportDraft> {
    checkYear(year);
    checkYear(fromYear);
    if (year === fromYear) throw AnnualReportErrors.sameYear();
    return this.write(async (em) => {
      const source = await em.findOne(AnnualReportDraft, { year: fromYear });
      if (!source) throw AnnualReportErrors.draftNotFound(fromYear);
      if (await em.findOne(AnnualReportDraft, { year })) throw AnnualReportErrors.draftExists(year);
      const draft = em.create(AnnualReportDraft, {
        year,
        basis: source.basis,
        sipasTasks: source.sipasTasks,
        parTasks: source.parTasks,
        strengths: source.strengths,
        weaknesses: source.weaknesses,
        directions: source.directions,
        signerName: source.signerName,
      });
      em.persist(draft);
      recordAudit(em, actor, {
        entityType: 'AnnualReportDraft',
        entityId: draft.id,
        action: 'COPY',
        after: describe(draft),
        reason: `Chép từ báo cáo năm ${fromYear}`,
      });
      return draft;
    });
  }

  /** Gives the report its number and date: from then on the files carry them and the text is fixed. */
  async issue(actor: User, year: number, number: number, date: string): Promise<AnnualReportDraft> {
    checkYear(year);
    if (!Number.isInteger(number) || number <= 0 || number > 99_999) throw AnnualReportErrors.numberInvalid();
    const dateYear = Number(date.slice(0, 4));
    if (dateYear !== year && dateYear !== year + 1) throw AnnualReportErrors.dateInvalid(year);
    return this.write(async (em) => {
      const draft = await em.findOne(AnnualReportDraft, { year });
      if (!draft) throw AnnualReportErrors.draftNotFound(year);
      if (draft.issuedOn) throw AnnualReportErrors.alreadyIssued(year);
      for (const [field, label] of [
        ['strengths', 'Ưu điểm'],
        ['weaknesses', 'Tồn tại, hạn chế'],
        ['directions', 'Phương hướng'],
      ] as const) {
        if (!draft[field].trim()) throw AnnualReportErrors.textRequired(field, label);
      }
      const before = describe(draft);
      draft.issuedNumber = number;
      draft.issuedOn = date.slice(0, 10);
      recordAudit(em, actor, {
        entityType: 'AnnualReportDraft',
        entityId: draft.id,
        action: 'ISSUE',
        before,
        after: describe(draft),
      });
      return draft;
    });
  }

  /** Everything the report says for a year, read from the registers, the inspections and the draft. */
  async data(year: number): Promise<AnnualReportData> {
    const department = await this.em.findOne(Unit, { parent: null }, { orderBy: { code: 'asc' } });
    if (!department) throw AnnualReportErrors.noDepartment();
    const rollups = new RollupService(this.em, this.today);
    const [documents, figures, rollup, overdue, plans, teams, draft, agencyIdentities] = await Promise.all([
      this.em.find(
        DirectiveDocument,
        { year },
        { populate: ['issuingUnit'], orderBy: { issuedOn: 'asc', number: 'asc' } },
      ),
      new AdministrativeProceduresService(this.em).figures(year),
      rollups.rollup(year, department.id),
      rollups.records(year, department.id, RollupFigure.FINDINGS_OVERDUE, null),
      this.em.find(InspectionPlan, { year }, { orderBy: { documentDate: 'asc', documentNumber: 'asc' } }),
      this.em.find(InspectionTeam, { year }, { orderBy: { decisionDate: 'asc', decisionNumber: 'asc' } }),
      this.draft(year),
      new AgencyService(this.em).identities(),
    ]);
    const selfAssessment = await this.selfAssessment(year);
    const deadlines = new Map(
      (await this.em.find(Finding, { id: { $in: overdue.map((r) => r.id) } }, { fields: ['deadline'] })).map((f) => [
        f.id,
        f.deadline,
      ]),
    );
    const level = (name: ProcedureLevel) => {
      const found = figures.levels.find((l) => l.level === name);
      return { reviewed: found?.reviewed ?? 0, daysCut: found?.daysCut ?? 0, legalDays: found?.legalDays ?? 0 };
    };
    return {
      year,
      department: { code: department.code, name: department.name },
      agencyIdentities,
      documents: documents.map((d) => ({
        type: d.type,
        number: d.number,
        issuedOn: d.issuedOn,
        // "Sở Nông nghiệp và Phát triển nông thôn", without the province the header already names; the
        // department's own documents by its identity on the day they were issued
        issuer:
          d.issuingUnit.id === department.id
            ? agencyOn(agencyIdentities, d.issuedOn, department).issuerName
            : issuingAgencies(d.issuingUnit.name).issuerName,
        summary: d.summary,
      })),
      tthc: {
        total: figures.total,
        oneStop: figures.oneStop,
        interconnected: figures.interconnected,
        online: figures.online,
        onlineFull: figures.onlineFull,
        onlinePartial: figures.onlinePartial,
        publicPostal: figures.publicPostal,
        provincial: level(ProcedureLevel.TINH),
        district: level(ProcedureLevel.HUYEN),
        commune: level(ProcedureLevel.XA),
      },
      plans: plans.map((p) => ({ number: p.documentNumber, date: p.documentDate })),
      teamDecisions: teams.map((team) => ({ number: team.decisionNumber, date: team.decisionDate })),
      coverage: {
        inScope: rollup.coverage.inScope,
        inspected: rollup.coverage.inspected,
        missing: rollup.coverage.unitsNotInspected.map((u) => u.name),
      },
      inspection: {
        applicablePoints: rollup.compliance.total.applicablePoints,
        passedPoints: rollup.compliance.total.passedPoints,
        findings: rollup.findings.total,
        repeats: rollup.repeatFindings,
        asOf: rollup.asOf,
        overdueList: overdue.map((r) => ({
          unit: r.unitName ?? '',
          finding: r.label,
          deadline: deadlines.get(r.id) ?? null,
        })),
      },
      indices: rollup.indexTrend
        .filter((score) => score.year <= year)
        .map((score) => ({ index: score.index, year: score.year, totalScore: score.totalScore, rank: score.rank })),
      selfAssessment,
      draft: draft && {
        basis: draft.basis,
        sipasTasks: draft.sipasTasks,
        parTasks: draft.parTasks,
        strengths: draft.strengths,
        weaknesses: draft.weaknesses,
        directions: draft.directions,
        signerName: draft.signerName,
        issuedNumber: draft.issuedNumber,
        issuedOn: draft.issuedOn,
      },
      madeOn: this.today,
    };
  }

  /** The totals of the year's self-assessment (the department's), or null when none was started. */
  private async selfAssessment(year: number): Promise<AnnualReportData['selfAssessment']> {
    const service = new SelfAssessmentService(this.em);
    const assessment = await service.forYear(year, 'DEPARTMENT');
    if (!assessment) return null;
    const { overall } = await service.totals(assessment);
    return {
      status: assessment.status,
      maxPoints: overall.maxPoints,
      statedMaxPoints: overall.statedMaxPoints,
      selfPoints: overall.selfPoints,
      appraisalPoints: overall.appraisalPoints,
    };
  }

  /** The report of a year as HTML for the screen: the same model as the files, every text escaped. */
  async preview(year: number): Promise<string> {
    checkYear(year);
    return renderHtml(buildAnnualReport(await this.data(year)));
  }

  /** The report of a year as a Word or PDF file. */
  async render(year: number, format: ReportFormat): Promise<RenderedReport> {
    const model = buildAnnualReport(await this.data(year));
    const bytes = format === 'docx' ? await renderDocx(model) : await renderPdf(model);
    return { fileName: `bao-cao-sipas-par-index-${year}.${format}`, contentType: CONTENT_TYPE[format], bytes };
  }

  private async write(change: (em: EntityManager) => Promise<AnnualReportDraft>): Promise<AnnualReportDraft> {
    try {
      return await this.em.transactional(change);
    } catch (err) {
      // Two first saves of the same year at once: the second meets the first's row.
      if (err instanceof UniqueConstraintViolationException) throw AnnualReportErrors.versionConflict();
      if (err instanceof Error && err.name === 'OptimisticLockError') throw AnnualReportErrors.versionConflict();
      throw err;
    }
  }
}
