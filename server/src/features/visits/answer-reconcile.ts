/**
 * How an answer written on a phone meets the answer already on the server. Pure, so that every case is
 * a row in a table test.
 *
 * A write names what it was made on top of: the version of the answer the phone last saw from the server,
 * and the phone's own previous write to the item (its operation id), if any. If the server still holds
 * either, nobody else wrote in between and the write applies. Otherwise the writes were concurrent
 * (typically two inspectors offline on the same item) and the server's order decides: the write that
 * reached the server later wins. Phones' clocks are not compared: a phone a year behind would lose every
 * conflict, one ahead would win them all. The server applies each operation once, in the order it
 * receives them (a retry is answered from the stored result), so the incoming write is always the later
 * one. When two people's values differ, the replaced value is kept as a conflict for the reviewer;
 * nothing is dropped silently. Equal values are merged: the answer then also stands for the other
 * person, so that when it is changed later, that person's value is kept as a conflict too.
 */

export interface AnswerValue {
  passFail: string | null;
  numberValue: number | null;
  textValue: string | null;
  note: string | null;
  /** Of a Không đạt answer; absent on values kept before they were asked for. */
  foundText?: string | null;
  recommendation?: string | null;
}

/** Someone else who entered the same value concurrently: the answer also stands for them. */
export interface Concurring {
  operationId: string;
  userId: string;
  editedAt: Date;
}

export interface StoredAnswer {
  value: AnswerValue;
  version: number;
  /** When the edit was made, by the phone's clock (shown to the reviewer; never used to order edits). */
  editedAt: Date;
  /** The operation that wrote it; null for answers written before operations were kept. */
  operationId: string | null;
  userId: string;
  alsoFor: Concurring[];
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

/** A person whose value the incoming write replaces without their having seen it: kept as a conflict. */
export interface Overridden {
  userId: string;
  editedAt: Date;
  /** The stored answer's own author (else one of those it also stood for). */
  author: boolean;
}

export type Reconciled =
  /** Write the incoming value; keep each overridden person's value as a conflict. */
  | { decision: 'APPLY'; overridden: Overridden[] }
  /** Concurrent, but both say the same: the answer stands for both; the incoming write becomes its author. */
  | { decision: 'MERGE' };

export function sameAnswer(a: AnswerValue, b: AnswerValue): boolean {
  return (
    a.passFail === b.passFail &&
    a.numberValue === b.numberValue &&
    (a.textValue ?? null) === (b.textValue ?? null) &&
    (a.note ?? null) === (b.note ?? null) &&
    (a.foundText ?? null) === (b.foundText ?? null) &&
    (a.recommendation ?? null) === (b.recommendation ?? null)
  );
}

const others = (stored: StoredAnswer, userId: string): Overridden[] =>
  stored.alsoFor
    .filter((c) => c.userId !== userId)
    .map((c) => ({ userId: c.userId, editedAt: c.editedAt, author: false }));

export function reconcileAnswer(stored: StoredAnswer | null, incoming: IncomingAnswer): Reconciled {
  if (!stored) return { decision: 'APPLY', overridden: [] };
  const { base } = incoming;
  // The phone saw this very answer from the server: a deliberate change.
  if (base === undefined || (base.version !== null && base.version === stored.version)) {
    return { decision: 'APPLY', overridden: [] };
  }
  const same = sameAnswer(stored.value, incoming.value);
  // On top of the phone's own previous write: its author changes it; those it also stood for did not agree.
  if (base.operationId !== null && base.operationId === stored.operationId) {
    return { decision: 'APPLY', overridden: same ? [] : others(stored, incoming.userId) };
  }
  // Concurrent: the incoming write reached the server after the stored one.
  if (same) return { decision: 'MERGE' };
  const author: Overridden[] =
    stored.userId === incoming.userId ? [] : [{ userId: stored.userId, editedAt: stored.editedAt, author: true }];
  return { decision: 'APPLY', overridden: [...author, ...others(stored, incoming.userId)] };
}

/**
 * Who the answer stands for after a merge: everyone but its author, one entry per person, the one that
 * reached the server last kept (`add` is the newer).
 */
export function mergeConcurring(list: Concurring[], add: Concurring, authorUserId: string): Concurring[] {
  const byUser = new Map(list.map((c) => [c.userId, c]));
  byUser.set(add.userId, add);
  byUser.delete(authorUserId);
  return [...byUser.values()];
}
