import type { EntityManager } from '@mikro-orm/postgresql';
import { validateSync } from 'class-validator';
import { AppError } from '../../common/app-error.js';
import { readSheetFile } from '../registers/register-sheets.js';
import type { User } from '../users/user.entity.js';
import { Unit } from './unit.entity.js';
import { NewUnitInput, RecordUnitChangeInput } from './unit-history.inputs.js';
import { successorNameOf, UnitHistoryService } from './unit-history.service.js';
import {
  type ImportedChange,
  type ImportedRow,
  parseUnitImportRows,
  problemOf,
  type RowProblem,
  UNIT_IMPORT_COLUMNS,
} from './unit-import-sheet.js';
import type { UnitChange, UnitChangeKind } from './unit-version.entity.js';
import { UnitErrors } from './units.errors.js';

/** What a row would do (or did), once recorded in the import's transaction. */
export interface UnitImportOutcome {
  endedUnits: string[];
  unitsNow: string[];
  planLines: number;
  laterVisits: number;
  users: number;
  findings: number;
  /** The unit the moved records go to, "name (code)"; null when the row ends no unit. */
  successor: string | null;
}

export interface UnitImportPreviewRow {
  row: number;
  /** Its place in the recording order (by effective day, then by row), from 1; null for a bad row. */
  order: number | null;
  cells: string[];
  kind: UnitChangeKind | null;
  effectiveOn: string | null;
  outcome: UnitImportOutcome | null;
  problems: RowProblem[];
}

export interface UnitImportPreview {
  columns: readonly string[];
  /** In the file's order. */
  rows: UnitImportPreviewRow[];
  /** Every reason with its row (0 for the file as a whole) and its code, in the file's order. */
  problems: { row: number; code: string; message: string }[];
  counts: { changes: number; bad: number };
}

const ROLLBACK = new Error('unit import: roll back');

/**
 * A restructure imported from Excel: every row recorded, in date order, through the same code as
 * `recordUnitChange` (its rules, its moves of records, its audit), in one transaction. The preview runs
 * the same and rolls back, so each row's refusal (a rule of unit-history.ts, a code already taken, a
 * unit that an earlier row ended) is named with its row; the import commits only when no row is bad.
 */
export class UnitImportService {
  constructor(private readonly em: EntityManager) {}

  preview(actor: User, bytes: Buffer): Promise<UnitImportPreview> {
    return this.run(actor, bytes, { apply: false, confirmRehome: true });
  }

  async import(actor: User, bytes: Buffer, confirmRehome: boolean): Promise<UnitImportPreview> {
    const result = await this.run(actor, bytes, { apply: true, confirmRehome });
    if (result.problems.length > 0) throw UnitErrors.importInvalid(result.counts.bad, result.problems);
    return result;
  }

  private async run(
    actor: User,
    bytes: Buffer,
    options: { apply: boolean; confirmRehome: boolean },
  ): Promise<UnitImportPreview> {
    const reading = await readSheetFile(UNIT_IMPORT_COLUMNS, bytes);
    if (reading.problem !== null) return fileProblem(reading.problem);
    const rows = parseUnitImportRows(reading.rows);
    if (rows.length === 0) return fileProblem('Tệp không có dòng dữ liệu nào.');
    const ordered = [...rows].sort(
      (a, b) => (a.change?.effectiveOn ?? '').localeCompare(b.change?.effectiveOn ?? '') || a.row - b.row,
    );
    const outcomes = new Map<number, UnitImportOutcome>();
    try {
      await this.em.transactional(async (em) => {
        for (const row of ordered) {
          if (!row.change) continue;
          try {
            const input = await this.inputOf(em, row.change);
            // record() runs in its own savepoint: a refused row leaves nothing behind, the next rows go on.
            const change = await new UnitHistoryService(em).record(actor, {
              ...input,
              confirmRehome: options.confirmRehome,
            });
            outcomes.set(row.row, await outcomeOf(em, change));
          } catch (err) {
            if (!(err instanceof AppError)) throw err;
            row.problems.push(problemOf(err));
          }
        }
        if (!options.apply || ordered.some((r) => r.problems.length > 0)) throw ROLLBACK;
      });
    } catch (err) {
      if (err !== ROLLBACK) throw err;
    }
    return summarise(rows, ordered, outcomes);
  }

  /** The change's input with its codes resolved against the units as the earlier rows left them. */
  private async inputOf(em: EntityManager, c: ImportedChange): Promise<RecordUnitChangeInput> {
    const codes = [...new Set([...c.oldCodes, ...c.newCodes, ...(c.parentCode ? [c.parentCode] : [])])];
    const found = await em.find(Unit, { code: { $in: codes } }, { populate: ['parent'] });
    const byCode = new Map(found.map((u) => [u.code.toUpperCase(), u]));
    const unit = (code: string | undefined) => {
      const u = code ? byCode.get(code) : undefined;
      if (!u) throw UnitErrors.codeUnknown(code ?? '');
      return u;
    };
    const sources = c.oldCodes.map(unit);
    const parent = c.parentCode ? unit(c.parentCode) : null;
    const first = sources[0];
    const newUnit = (code: string, name: string) =>
      Object.assign(new NewUnitInput(), {
        code,
        name,
        kind: c.unitKind ?? first?.kind ?? 'OTHER',
        parentId: parent?.id ?? first?.parent?.id ?? '',
      });
    const input = Object.assign(new RecordUnitChangeInput(), {
      kind: c.kind,
      effectiveOn: c.effectiveOn,
      basisNumber: c.basisNumber,
      basisDate: c.basisDate,
    });
    switch (c.kind) {
      case 'CREATE':
        input.newUnits = [newUnit(c.newCodes[0] ?? '', c.newNames[0] ?? '')];
        break;
      case 'RENAME':
        Object.assign(input, { unitId: first?.id, name: c.newNames[0], code: c.newCodes[0], unitKind: c.unitKind });
        break;
      case 'MOVE':
        Object.assign(input, { unitId: first?.id, parentId: parent?.id });
        break;
      case 'MERGE': {
        input.sourceIds = sources.map((s) => s.id);
        // Into a unit that exists: a name given is its new name from the day (its own version).
        const target = byCode.get(c.newCodes[0] ?? '');
        if (target) Object.assign(input, { targetId: target.id, targetName: c.newNames[0] });
        else if (!c.newNames[0]) throw UnitErrors.importRowInvalid('Hợp nhất thành đơn vị mới cần tên của đơn vị mới.');
        else input.newUnits = [newUnit(c.newCodes[0] ?? '', c.newNames[0])];
        break;
      }
      case 'SPLIT':
        input.unitId = first?.id;
        input.newUnits = c.newCodes.map((code, i) => newUnit(code, c.newNames[i] ?? ''));
        break;
      case 'DISSOLVE':
        input.unitId = first?.id;
        if (c.newCodes[0]) input.receiverId = unit(c.newCodes[0]).id;
        break;
    }
    const reason = fieldRuleProblem([input, ...(input.newUnits ?? [])]);
    if (reason) throw UnitErrors.importRowInvalid(reason);
    return input;
  }
}

/** The first message of the inputs' own field rules (code pattern, lengths), as the mutation checks them. */
function fieldRuleProblem(inputs: object[]): string | null {
  for (const input of inputs) {
    const [error] = validateSync(input, { forbidUnknownValues: false });
    const message = error ? Object.values(error.constraints ?? {})[0] : undefined;
    if (message) return message;
  }
  return null;
}

async function outcomeOf(em: EntityManager, change: UnitChange): Promise<UnitImportOutcome> {
  const units = await em.find(Unit, { id: { $in: change.unitIds } }, { orderBy: { name: 'asc' } });
  return {
    endedUnits: units.filter((u) => u.activeTo !== null).map((u) => `${u.name} (${u.code})`),
    unitsNow: units.filter((u) => u.activeTo === null).map((u) => `${u.name} (${u.code})`),
    planLines: change.moved.planLines.length,
    laterVisits: change.moved.visits.length,
    users: change.moved.users.length,
    findings: change.moved.findings?.length ?? 0,
    successor: await successorNameOf(em, change),
  };
}

function fileProblem(message: string): UnitImportPreview {
  return {
    columns: UNIT_IMPORT_COLUMNS,
    rows: [],
    problems: [{ row: 0, code: 'UNIT_IMPORT_INVALID', message }],
    counts: { changes: 0, bad: 0 },
  };
}

function summarise(
  rows: ImportedRow[],
  ordered: ImportedRow[],
  outcomes: Map<number, UnitImportOutcome>,
): UnitImportPreview {
  const good = ordered.filter((r) => r.problems.length === 0);
  const out = rows.map((r) => ({
    row: r.row,
    order: r.problems.length ? null : good.indexOf(r) + 1,
    cells: r.cells,
    kind: r.change?.kind ?? null,
    effectiveOn: r.change?.effectiveOn ?? null,
    outcome: r.problems.length ? null : (outcomes.get(r.row) ?? null),
    problems: r.problems,
  }));
  const bad = out.filter((r) => r.problems.length > 0).length;
  return {
    columns: UNIT_IMPORT_COLUMNS,
    rows: out,
    problems: out.flatMap((r) => r.problems.map((p) => ({ row: r.row, ...p }))),
    counts: { changes: out.length - bad, bad },
  };
}
