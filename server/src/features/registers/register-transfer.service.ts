import type { EntityManager } from '@mikro-orm/postgresql';
import { Unit } from '../units/unit.entity.js';
import { UnitVersion } from '../units/unit-version.entity.js';
import type { User } from '../users/user.entity.js';
import { AdministrativeProcedure } from './administrative-procedure.entity.js';
import { DirectiveDocument } from './directive-document.entity.js';
import { type IndexComponent, IndexResult } from './index-result.entity.js';
import { type ParsedRow, parseRegisterRows, type RegisterRecord } from './register-rows.js';
import { parseDocument, parseIndexResult, parseProcedure } from './register-rules.js';
import {
  documentRow,
  type ExportRow,
  indexResultRow,
  procedureRow,
  REGISTER_COLUMNS,
  type RegisterKind,
  readRegisterFile,
} from './register-sheets.js';
import { RegisterErrors } from './registers.errors.js';
import {
  AdministrativeProceduresService,
  DirectiveDocumentsService,
  IndexResultsService,
} from './registers.service.js';

export type RowChange = 'NEW' | 'UPDATE' | 'UNCHANGED';

export interface PreviewRow {
  row: number;
  cells: string[];
  /** What importing the row would do; null for a bad row. */
  change: RowChange | null;
  problems: string[];
}

export interface RegisterPreview {
  register: RegisterKind;
  year: number;
  columns: readonly string[];
  rows: PreviewRow[];
  /** Every reason, one per line, with its row (0 for the file as a whole). */
  problems: { row: number; message: string }[];
  counts: { new: number; update: number; unchanged: number; bad: number };
}

interface PlannedRow {
  parsed: ParsedRow;
  record: RegisterRecord | null;
  existing: { id: string; version: number } | null;
  change: RowChange | null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Registers to and from files: export a year's register, preview what a file would change, and apply it
 * in one transaction through the register services (their rules and audit), only when no row is bad.
 */
export class RegisterTransferService {
  constructor(private readonly em: EntityManager) {}

  async exportRows(kind: RegisterKind, year: number): Promise<ExportRow[]> {
    if (kind === 'directive-documents') {
      const docs = await new DirectiveDocumentsService(this.em).list(year, null);
      return docs.map((d) => documentRow({ ...d, unitCode: d.issuingUnit.code }));
    }
    if (kind === 'administrative-procedures')
      return (await new AdministrativeProceduresService(this.em).list(year)).map(procedureRow);
    return (await new IndexResultsService(this.em).list(year)).map(indexResultRow);
  }

  async preview(kind: RegisterKind, year: number, bytes: Buffer): Promise<RegisterPreview> {
    return summarise(kind, year, await this.plan(this.em, kind, year, bytes));
  }

  /** Applies the file, or refuses it with the preview's reasons when any row is bad; all or nothing. */
  async import(actor: User, kind: RegisterKind, year: number, bytes: Buffer): Promise<RegisterPreview> {
    return this.em.transactional(async (em) => {
      const plan = await this.plan(em, kind, year, bytes);
      const preview = summarise(kind, year, plan);
      if (preview.problems.length > 0) throw RegisterErrors.importInvalid(preview.counts.bad, preview.problems);
      for (const { record, existing, change } of typeof plan === 'string' ? [] : plan) {
        if (!record || change === 'UNCHANGED') continue;
        const target = existing ? { id: existing.id, version: existing.version } : null;
        if (record.kind === 'directive-documents') {
          const service = new DirectiveDocumentsService(em);
          if (target) await service.update(actor, { ...record.input, ...target });
          else await service.create(actor, record.input);
        } else if (record.kind === 'administrative-procedures') {
          const service = new AdministrativeProceduresService(em);
          if (target) await service.update(actor, { ...record.input, ...target });
          else await service.create(actor, record.input);
        } else {
          const service = new IndexResultsService(em);
          // The sheet has no column for the number ranked: an update from it keeps the one recorded.
          const rankOf = target ? (await em.findOneOrFail(IndexResult, target.id)).rankOf : null;
          if (target) await service.update(actor, { ...record.input, rankOf, ...target });
          else await service.create(actor, record.input);
        }
      }
      return preview;
    });
  }

  private async plan(
    em: EntityManager,
    kind: RegisterKind,
    year: number,
    bytes: Buffer,
  ): Promise<PlannedRow[] | string> {
    const reading = await readRegisterFile(kind, bytes);
    if (reading.problem !== null) return reading.problem;
    const parsed = parseRegisterRows(kind, year, reading.rows);
    if (parsed.length === 0) return 'Tệp không có dòng dữ liệu nào.';
    const compare = await this.comparer(em, kind, year);
    return parsed.map((p) => {
      if (!p.record) return { parsed: p, record: null, existing: null, change: null };
      const outcome = compare(p.record);
      if (typeof outcome === 'string') {
        p.problems.push(outcome);
        return { parsed: p, record: null, existing: null, change: null };
      }
      return { parsed: p, record: p.record, ...outcome };
    });
  }

  /** Matches a record with the year's register: by number, by TTHC code, by index. */
  private async comparer(
    em: EntityManager,
    kind: RegisterKind,
    year: number,
  ): Promise<(r: RegisterRecord) => { existing: { id: string; version: number } | null; change: RowChange } | string> {
    const outcome = (existing: { id: string; version: number } | undefined, unchanged: boolean) => ({
      existing: existing ?? null,
      change: (existing ? (unchanged ? 'UNCHANGED' : 'UPDATE') : 'NEW') as RowChange,
    });
    if (kind === 'directive-documents') {
      const units = new Map((await em.find(Unit, {})).map((u) => [u.code.toUpperCase(), u]));
      // A unit's code on the document's day also names it (an old register says SNN, the unit is SNNMT now).
      const versions = await em.find(UnitVersion, {});
      const unitOn = (code: string, day: string) =>
        units.get(code) ??
        versions.find((v) => v.code.toUpperCase() === code && v.validFrom <= day && (v.validTo ?? day) >= day)?.unit;
      const docs = new Map(
        (await em.find(DirectiveDocument, { year }, { populate: ['issuingUnit'] })).map((d) => [d.number, d]),
      );
      return (r) => {
        if (r.kind !== 'directive-documents') throw new Error('register mismatch');
        const unit = unitOn(r.unitCode, r.input.issuedOn);
        if (!unit) return `Không có đơn vị nào mã "${r.unitCode}".`;
        r.input.issuingUnitId = unit.id;
        const fields = parseDocument(r.input);
        const doc = docs.get(fields.number);
        return outcome(
          doc,
          !!doc &&
            same(
              [doc.type, doc.issuedOn, doc.issuingUnit.id, doc.summary],
              [fields.type, fields.issuedOn, unit.id, fields.summary],
            ),
        );
      };
    }
    if (kind === 'administrative-procedures') {
      const procedures = new Map(
        (await em.find(AdministrativeProcedure, { year })).map((p) => [p.code.toUpperCase(), p]),
      );
      return (r) => {
        if (r.kind !== 'administrative-procedures') throw new Error('register mismatch');
        const f = parseProcedure(r.input);
        const p = procedures.get(r.key);
        const fields = (x: typeof f) => [
          x.code,
          x.name,
          x.level,
          x.mechanism,
          x.onlineService,
          x.publicPostal,
          x.legalDays,
          x.daysCut,
        ];
        return outcome(p, !!p && same(fields(p), fields(f)));
      };
    }
    const results = new Map((await em.find(IndexResult, { year })).map((x) => [x.index as string, x]));
    return (r) => {
      if (r.kind !== 'index-results') throw new Error('register mismatch');
      const f = parseIndexResult(r.input);
      const x = results.get(r.key);
      const fields = (v: {
        totalScore: number;
        rank: number | null;
        note: string | null;
        components: IndexComponent[];
      }) => [v.totalScore, v.rank, v.note, v.components.map((c) => [c.name, c.score, c.maxScore ?? null])];
      return outcome(x, !!x && same(fields(x), fields(f)));
    };
  }
}

function summarise(kind: RegisterKind, year: number, plan: PlannedRow[] | string): RegisterPreview {
  const columns = REGISTER_COLUMNS[kind];
  if (typeof plan === 'string')
    return {
      register: kind,
      year,
      columns,
      rows: [],
      problems: [{ row: 0, message: plan }],
      counts: { new: 0, update: 0, unchanged: 0, bad: 0 },
    };
  const rows = plan.map((p) => ({
    row: p.parsed.row,
    cells: p.parsed.cells,
    change: p.change,
    problems: p.parsed.problems,
  }));
  const count = (c: RowChange | null) => rows.filter((r) => r.change === c).length;
  return {
    register: kind,
    year,
    columns,
    rows,
    problems: rows.flatMap((r) => r.problems.map((message) => ({ row: r.row, message }))),
    counts: { new: count('NEW'), update: count('UPDATE'), unchanged: count('UNCHANGED'), bad: count(null) },
  };
}
