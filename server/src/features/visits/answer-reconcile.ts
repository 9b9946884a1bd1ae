/**
 * How an answer written on a phone meets the answer already on the server. Pure, so that every case is
 * a row in a table test.
 *
 * A write names what it was made on top of: the version of the answer the phone last saw from the server,
 * and the phone's own previous write to the item (its operation id), if any. If the server still holds
 * either, nobody else wrote in between and the write applies. Otherwise the writes were concurrent
 * (typically two inspectors offline on the same item): the edit made later on its phone wins, the
 * operation id breaking a tie, so the result does not depend on which phone synced first. When two
 * people's values differ, the losing value is kept as a conflict for the reviewer; nothing is dropped
 * silently. Equal values are merged: the answer then also stands for the second person, so that if the
 * first later changes it, the second person's value is kept as a conflict.
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

export interface AnswerBase {
  /** The answer version the phone last saw from the server; null: it saw no answer. */
  version: number | null;
  /** The phone's own previous write to this item, if it made one since. */
  operationId: string | null;
}

export interface IncomingAnswer {
  value: AnswerValue;
  /** What the edit was made on top of; undefined: no check asked (last write wins). */
  base: AnswerBase | undefined;
  editedAt: Date;
  operationId: string;
  userId: string;
}

export type Reconciled =
  /** Write the incoming value; `conflict`: it replaces another person's concurrent value, to keep. */
  | { decision: 'APPLY'; conflict: boolean }
  /** The server keeps its value; the incoming one lost to a later concurrent edit (kept if `conflict`). */
  | { decision: 'KEEP'; conflict: boolean }
  /** Concurrent, but both say the same: the answer now stands for both. */
  | { decision: 'MERGE'; conflict: false };

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

/** True when the phone's edit was made on top of what the server holds now. */
export function madeOnTop(stored: StoredAnswer, base: AnswerBase | undefined): boolean {
  if (base === undefined) return true;
  if (base.version !== null && base.version === stored.version) return true;
  return base.operationId !== null && base.operationId === stored.operationId;
}

export function reconcileAnswer(stored: StoredAnswer | null, incoming: IncomingAnswer): Reconciled {
  if (!stored || madeOnTop(stored, incoming.base)) return { decision: 'APPLY', conflict: false };
  if (sameAnswer(stored.value, incoming.value)) return { decision: 'MERGE', conflict: false };
  const conflict = stored.userId !== incoming.userId;
  return editedLater(incoming, stored) ? { decision: 'APPLY', conflict } : { decision: 'KEEP', conflict };
}
