import { isReportYear } from '@kycuong/rules';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppError } from '../../common/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import { dateOf } from '../registers/register-cells.js';
import { readSheetFile } from '../registers/register-sheets.js';
import type { User } from '../users/user.entity.js';
import { type CarryOver, planCarryOver } from './carry-over.js';
import { createCriteria } from './criteria-create.js';
import { criteriaTreeProblems, isPointValue, LEVELS } from './criteria-rules.js';
import { AgencyKind, CriteriaSet, Criterion } from './criteria-set.entity.js';
import { CRITERIA_COLUMNS, type CriterionRow, parseCriteriaRows } from './criteria-sheet.js';
import { moveToRevision, scoredLeavesOf } from './reissue.js';
import { SelfAssessment, SelfAssessmentStatus } from './self-assessment.entity.js';
import { CriteriaErrors, SelfAssessmentErrors } from './self-assessment.errors.js';

/** What the office says of the set it imports: the issuing document and the total (the query string). */
export interface CriteriaSetDetails {
  year: number;
  agencyKind: AgencyKind;
  title: string;
  documentNumber: string;
  issuedOn: string;
  effectiveOn: string;
  totalPoints: number;
}

export interface CriteriaImportProblem {
  /** The row as Excel shows it; 0 for the file or the set as a whole. */
  row: number;
  /** The criterion's code the problem is about, when it has one. */
  criterion: string | null;
  code: string;
  message: string;
}

export interface CriteriaImportPreview {
  columns: readonly string[];
  /** The revision the import makes: 1 for a new year and kind, N + 1 for a re-issue. */
  revision: number;
  rows: { row: number; code: string; level: string | null; cells: string[]; problems: CriteriaImportProblem[] }[];
  problems: CriteriaImportProblem[];
  counts: { areas: number; criteria: number; components: number; bad: number };
  /** What becomes of the year's self-assessment scores (a re-issue): codes kept, flagged, left in the history. */
  carryOver: { kept: string[]; changed: string[]; retired: string[] } | null;
  /** The set stored (import only). */
  setId?: string;
}

const problemOf = (row: number, criterion: string | null, err: AppError): CriteriaImportProblem => ({
  row,
  criterion,
  code: err.code,
  message: err.message,
});

/** The set's details from the import's query string, each wrong one said. */
export function parseSetDetails(year: number, query: Record<string, unknown>): CriteriaSetDetails {
  const text = (name: string) =>
    typeof query[name] === 'string' ? (query[name] as string).normalize('NFC').trim() : '';
  if (!isReportYear(year)) throw CriteriaErrors.yearInvalid();
  const kind = text('agencyKind') || AgencyKind.DEPARTMENT;
  if (!Object.hasOwn(AgencyKind, kind)) throw CriteriaErrors.setDetailsInvalid(`không có loại cơ quan "${kind}".`);
  const title = text('title').replace(/\s+/g, ' ');
  if (!title || title.length > 500) throw CriteriaErrors.setDetailsInvalid('cần tên bộ tiêu chí (tối đa 500 ký tự).');
  const documentNumber = text('documentNumber');
  if (!documentNumber || documentNumber.length > 60)
    throw CriteriaErrors.setDetailsInvalid('cần số, ký hiệu văn bản ban hành (tối đa 60 ký tự).');
  const issuedOn = dateOf(text('issuedOn'));
  if (!issuedOn) throw CriteriaErrors.setDetailsInvalid('cần ngày ban hành dạng yyyy-MM-dd.');
  const effectiveOn = text('effectiveOn') ? dateOf(text('effectiveOn')) : issuedOn;
  if (!effectiveOn) throw CriteriaErrors.setDetailsInvalid('ngày áp dụng phải dạng yyyy-MM-dd.');
  const totalPoints = text('totalPoints') ? Number(text('totalPoints').replace(',', '.')) : 100;
  if (!(totalPoints > 0) || !isPointValue(totalPoints) || totalPoints > 1000)
    throw CriteriaErrors.setDetailsInvalid('tổng điểm phải là số dương.');
  return { year, agencyKind: kind as AgencyKind, title, documentNumber, issuedOn, effectiveOn, totalPoints };
}

/**
 * A criteria set from the province's Excel sheet: the preview names every bad row (its own problems,
 * then the tree's: duplicates, sums, parents) and writes nothing; the import stores the set as the
 * year's next revision and moves the year's self-assessment to it, in one transaction, only when no
 * row is bad.
 */
export class CriteriaImportService {
  constructor(private readonly em: EntityManager) {}

  async preview(details: CriteriaSetDetails, bytes: Buffer): Promise<CriteriaImportPreview> {
    return (await this.read(details, bytes)).preview;
  }

  async import(actor: User, details: CriteriaSetDetails, bytes: Buffer): Promise<CriteriaImportPreview> {
    const { preview, rows } = await this.read(details, bytes);
    if (preview.problems.length > 0) throw CriteriaErrors.importInvalid(preview.counts.bad, preview.problems);
    const set = await this.em
      .transactional(async (em) => {
        // Read again inside the transaction: another import may have stored a revision since the preview.
        const revision = ((await latestSet(em, details))?.revision ?? 0) + 1;
        const stored = storeSet(em, actor, details, revision, rows);
        await em.flush();
        const assessment = await em.findOne(SelfAssessment, { year: details.year, agencyKind: details.agencyKind });
        if (assessment) await moveToRevision(em, actor, assessment, stored.set, stored.criteria);
        return stored.set;
      })
      .catch((err: unknown) => {
        // Another import took the same revision number meanwhile (the unique year, kind, revision).
        if (!(err instanceof UniqueConstraintViolationException)) throw err;
        const message = 'Một bộ tiêu chí khác của năm vừa được nhập. Hãy xem trước lại rồi nhập.';
        throw CriteriaErrors.importInvalid(0, [{ row: 0, criterion: null, code: 'CRITERIA_IMPORT_INVALID', message }]);
      });
    return { ...preview, revision: set.revision, setId: set.id };
  }

  private async read(
    details: CriteriaSetDetails,
    bytes: Buffer,
  ): Promise<{ preview: CriteriaImportPreview; rows: CriterionRow[] }> {
    const latest = await latestSet(this.em, details);
    const revision = (latest?.revision ?? 0) + 1;
    const empty = { columns: CRITERIA_COLUMNS, revision, rows: [], carryOver: null };
    const counts = { areas: 0, criteria: 0, components: 0, bad: 0 };
    const reading = await readSheetFile(CRITERIA_COLUMNS, bytes);
    if (reading.problem !== null) {
      const problem = { row: 0, criterion: null, code: 'CRITERIA_IMPORT_INVALID', message: reading.problem };
      return { preview: { ...empty, counts, problems: [problem] }, rows: [] };
    }
    const rows = parseCriteriaRows(reading.rows);
    if (rows.length === 0)
      return { preview: { ...empty, counts, problems: [problemOf(0, null, CriteriaErrors.setEmpty())] }, rows };
    const perRow = new Map(rows.map((r) => [r.row, r.problems.map((e) => problemOf(r.row, r.draft.code || null, e))]));
    const setProblems: CriteriaImportProblem[] = [];
    // The tree's rules run on the rows that read; a problem is named on the row of its code (the last
    // such row for a duplicate).
    const good = rows.filter((r) => r.problems.length === 0);
    const rowOfCode = new Map(good.map((r) => [r.draft.code, r.row]));
    for (const { code, error } of criteriaTreeProblems(
      good.map((r) => r.draft),
      details.totalPoints,
    )) {
      const row = code === null ? undefined : rowOfCode.get(code);
      if (row === undefined) setProblems.push(problemOf(0, code, error));
      else perRow.get(row)?.push(problemOf(row, code, error));
    }
    const assessment = await this.em.findOne(SelfAssessment, { year: details.year, agencyKind: details.agencyKind });
    if (assessment && assessment.status !== SelfAssessmentStatus.DRAFT)
      setProblems.push(problemOf(0, null, SelfAssessmentErrors.reissueLocked(details.year)));
    const previewRows = rows.map((r) => {
      const depth = r.draft.code ? r.draft.code.split('.').length : 0;
      return {
        row: r.row,
        code: r.draft.code,
        level: LEVELS[depth - 1] ?? null,
        cells: r.cells,
        problems: perRow.get(r.row) ?? [],
      };
    });
    for (const r of previewRows) {
      if (r.problems.length) counts.bad += 1;
      else if (r.level === 'AREA') counts.areas += 1;
      else if (r.level === 'CRITERION') counts.criteria += 1;
      else if (r.level === 'COMPONENT') counts.components += 1;
    }
    const problems = [...setProblems, ...previewRows.flatMap((r) => r.problems)];
    const carryOver = assessment && problems.length === 0 ? await this.carryOverOf(assessment, rows) : null;
    return { preview: { ...empty, rows: previewRows, problems, counts, carryOver }, rows };
  }

  /** What the re-issue would do to the assessment's scores, as the import will do it. */
  private async carryOverOf(assessment: SelfAssessment, rows: CriterionRow[]) {
    const parents = new Set(rows.map((r) => r.draft.parentCode));
    const leaves = rows.filter((r) => !parents.has(r.draft.code)).map((r) => r.draft);
    const plan = planCarryOver(await scoredLeavesOf(this.em, assessment), leaves);
    const codes = (outcome: CarryOver['outcome']) => plan.filter((p) => p.outcome === outcome).map((p) => p.code);
    return { kept: codes('KEPT'), changed: codes('CHANGED'), retired: codes('RETIRED') };
  }
}

export function latestSet(
  em: EntityManager,
  where: { year: number; agencyKind: AgencyKind },
): Promise<CriteriaSet | null> {
  return em.findOne(CriteriaSet, { year: where.year, agencyKind: where.agencyKind }, { orderBy: { revision: 'desc' } });
}

/** The set and its criteria, parents first, in the sheet's order; audited as one creation. */
function storeSet(
  em: EntityManager,
  actor: User,
  details: CriteriaSetDetails,
  revision: number,
  rows: CriterionRow[],
): { set: CriteriaSet; criteria: Criterion[] } {
  const { year, agencyKind, title, documentNumber, issuedOn, effectiveOn, totalPoints } = details;
  const set = em.create(CriteriaSet, {
    year,
    agencyKind,
    revision,
    title,
    documentNumber,
    issuedOn,
    effectiveOn,
    totalPoints,
    createdBy: actor,
  });
  const criteria = createCriteria(
    em,
    set,
    rows.map((r) => r.draft),
  );
  recordAudit(em, actor, {
    entityType: 'CriteriaSet',
    entityId: set.id,
    action: 'IMPORT',
    after: {
      year,
      agencyKind,
      revision,
      title,
      documentNumber,
      issuedOn,
      effectiveOn,
      totalPoints,
      criteria: rows.length,
    },
  });
  return { set, criteria };
}
