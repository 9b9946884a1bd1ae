/** A row the server named as wrong in an uploaded sheet (row 0: the file or the set as a whole). */
export interface SheetProblem {
  row: number;
  criterion?: string | null;
  code: string;
  message: string;
}

export type SheetAnswer<T> =
  | { ok: true; body: T }
  | { ok: false; code?: string; message?: string; problems: SheetProblem[] };

/**
 * POSTs a spreadsheet to one of the self-assessment's routes (criteria import, appraisal import) as the
 * raw body; a refusal keeps the server's code, message and the problems of every row. Throws only when
 * no answer came (the network).
 */
export async function postSheet<T>(url: string, file: File): Promise<SheetAnswer<T>> {
  const res = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/octet-stream' },
    body: file,
  });
  const body = (await res.json()) as unknown;
  if (res.ok) return { ok: true, body: body as T };
  const refusal = body as { code?: string; message?: string; problems?: unknown };
  const problems = Array.isArray(refusal.problems) ? (refusal.problems as SheetProblem[]) : [];
  return { ok: false, code: refusal.code, message: refusal.message, problems };
}
