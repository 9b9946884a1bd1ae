import type { UnitChangeKind } from '../../apollo/generated/graphql';

/** What the server answers to a restructure preview or import (server: features/units/unit-import.service.ts). */
export interface UnitImportPreview {
  columns: string[];
  /** In the file's order; `order` is the row's place in the recording order (by day, then by row). */
  rows: {
    row: number;
    order: number | null;
    cells: string[];
    kind: UnitChangeKind | null;
    effectiveOn: string | null;
    outcome: {
      endedUnits: string[];
      unitsNow: string[];
      planLines: number;
      laterVisits: number;
      users: number;
      findings: number;
      /** The unit the moved records go to, "name (code)"; null when the row ends no unit. */
      successor: string | null;
    } | null;
    problems: { code: string; message: string }[];
  }[];
  problems: { row: number; code: string; message: string }[];
  counts: { changes: number; bad: number };
}

export type ImportAnswer =
  | { ok: true; preview: UnitImportPreview }
  | { ok: false; code?: string; message?: string; rows: { row: number; code?: string; message: string }[] };

export const UNIT_IMPORT_TEMPLATE = '/api/unit-changes/template.xlsx';

/** Sends the file for a preview or an import; a refusal keeps the server's code, message and rows. */
export async function sendUnitImport(
  file: File,
  action: 'import-preview' | 'import',
  confirmRehome = false,
): Promise<ImportAnswer> {
  const query = action === 'import' && confirmRehome ? '?confirmRehome=1' : '';
  const res = await fetch(`/api/unit-changes/${action}${query}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/octet-stream' },
    body: file,
  });
  const body = (await res.json()) as unknown;
  if (res.ok) return { ok: true, preview: body as UnitImportPreview };
  const refusal = body as { code?: string; message?: string; rows?: unknown };
  const rows = Array.isArray(refusal.rows) ? (refusal.rows as { row: number; message: string }[]) : [];
  return { ok: false, code: refusal.code, message: refusal.message, rows };
}
