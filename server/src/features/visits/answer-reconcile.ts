/**
 * How an answer written on a phone meets the answer already on the server. Pure, so that every case is
 * a row in a table test.
 *
 * A write names the version of the answer the phone last saw (`baseVersion`). If the server still has
 * that version, nobody else wrote in between and the write applies. If the server has moved on, the two
 * writes were made concurrently (typically two inspectors offline on the same item): the edit made later
 * on its phone wins, the operation id breaking a tie, so the result does not depend on which phone
 * synced first. When two different people's values differ, the losing value is kept as a conflict for
 * the reviewer; nothing is dropped silently.
 */

export interface AnswerValue {
  passFail: string | null;
  numberValue: number | null;
  textValue: string | null;
  note: string | null;
}

export interface StoredAnswer {
  value: AnswerValue;
  version: number;
  /** When the edit was made on the phone (server time for older answers). */
  editedAt: Date;
  /** The operation that wrote it; null for answers written before operations were kept. */
  operationId: string | null;
  userId: string;
}

export interface IncomingAnswer {
  value: AnswerValue;
  /** undefined: no check asked (last write wins); null: the phone saw no answer; else the version it saw. */
  baseVersion: number | null | undefined;
  editedAt: Date;
  operationId: string;
  userId: string;
}

export type Reconciled =
  /** Write the incoming value. `conflictWith` names the other person whose concurrent value it replaces. */
  | { decision: 'APPLY'; conflict: boolean }
  /** The server keeps its value; the incoming one lost to a later concurrent edit. */
  | { decision: 'KEEP'; conflict: boolean }
  /** Both say the same: nothing to change. */
  | { decision: 'SAME'; conflict: false };

export function sameAnswer(a: AnswerValue, b: AnswerValue): boolean {
  return (
    a.passFail === b.passFail &&
    a.numberValue === b.numberValue &&
    (a.textValue ?? null) === (b.textValue ?? null) &&
    (a.note ?? null) === (b.note ?? null)
  );
}

/** True when `a` was edited after `b` (phone time), the operation id breaking a tie. */
export function editedLater(
  a: { editedAt: Date; operationId: string | null },
  b: { editedAt: Date; operationId: string | null },
): boolean {
  const diff = a.editedAt.getTime() - b.editedAt.getTime();
  if (diff !== 0) return diff > 0;
  return (a.operationId ?? '') > (b.operationId ?? '');
}

export function reconcileAnswer(stored: StoredAnswer | null, incoming: IncomingAnswer): Reconciled {
  if (!stored) return { decision: 'APPLY', conflict: false };
  if (incoming.baseVersion === undefined || incoming.baseVersion === stored.version) {
    return { decision: 'APPLY', conflict: false };
  }
  if (sameAnswer(stored.value, incoming.value)) return { decision: 'SAME', conflict: false };
  const conflict = stored.userId !== incoming.userId;
  return editedLater(incoming, stored) ? { decision: 'APPLY', conflict } : { decision: 'KEEP', conflict };
}
