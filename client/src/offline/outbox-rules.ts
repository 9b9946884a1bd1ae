import { type ErrorCode, hasErrorCode } from '../apollo/error-codes';
import type { OutcomeStatus } from '../apollo/generated/graphql';
import { type FieldWriteInput, type FieldWriteKind, isWriteOf, type OutboxEntry, type Refusal } from './field-writes';

export interface ServerOutcome {
  operationId: string;
  status: OutcomeStatus;
  code: string | null;
  message: string | null;
}

/**
 * A start refused because a teammate started the visit first did what it was for: the visit is started.
 * Keeping it as refused would hold back every answer made after it.
 */
function startedByTeammate(entry: OutboxEntry, outcome: ServerOutcome): boolean {
  return entry.kind === 'START_VISIT' && hasErrorCode(outcome, 'VISIT_ALREADY_STARTED');
}

/**
 * What a server outcome does to the phone's copy of a write: APPLIED (now or before) removes it;
 * REFUSED keeps it, marked, with the server's reason; HELD keeps it pending, to send again once the
 * refused write before it is resolved. A write is never dropped because of a refusal.
 */
export function afterOutcome(entry: OutboxEntry, outcome: ServerOutcome): OutboxEntry | 'remove' {
  switch (outcome.status) {
    case 'APPLIED':
      return 'remove';
    case 'REFUSED':
      if (startedByTeammate(entry, outcome)) return 'remove';
      return {
        ...entry,
        state: 'REFUSED',
        refusal: {
          code: outcome.code ?? 'REFUSED',
          message: outcome.message ?? 'Máy chủ từ chối thao tác này.',
        },
      };
    case 'HELD':
      return { ...entry, state: 'PENDING', refusal: null };
  }
}

/**
 * Whether a refused write holds back the later writes of its visit. A refused submission does not: it
 * changes no data, and the fixes made after it (what it said was missing) must still go. Nor does a
 * write refused because the visit was closed on the server: each later one is refused the same way and
 * kept by the server as a conflict for the reviewer, so each must reach it.
 */
function holdsBackItsVisit(entry: OutboxEntry): boolean {
  return entry.kind !== 'SUBMIT_VISIT' && !isClosedVisitRefusal(entry.refusal);
}

/** The writes to send now: pending ones, in order, stopping for a visit at its first refused write. */
export function sendable(entries: OutboxEntry[]): OutboxEntry[] {
  const blocked = new Set<string>();
  const out: OutboxEntry[] = [];
  for (const entry of [...entries].sort((a, b) => a.sequence - b.sequence)) {
    if (entry.visitId && blocked.has(entry.visitId)) continue;
    if (entry.state === 'REFUSED') {
      if (entry.visitId && holdsBackItsVisit(entry)) blocked.add(entry.visitId);
      continue;
    }
    out.push(entry);
  }
  return out;
}

/**
 * What removing a photo or signature does to the phone's unsent writes. When the write that attaches it
 * is still on the phone and its file has not reached the server, both are taken back: the attachment and
 * the photo are deleted from the phone and nothing is sent (there is nothing on the server to remove,
 * and nothing must be uploaded). Once the file is on the server the attachment may already be on its
 * way, so it stays and the removal is queued after it.
 */
export function photoRemoval(
  entries: readonly OutboxEntry[],
  attachmentId: string,
  /** Whether the server confirmed the file with this id. */
  uploaded: (fileId: string) => boolean,
): { cancel: OutboxEntry[]; send: boolean } {
  const attaches = entries
    .filter((entry) => isWriteOf(entry, 'ATTACH_VISIT_FILE'))
    .filter((entry) => entry.input.attachmentId === attachmentId);
  const reached = attaches.some((entry) => typeof entry.input.fileId === 'string' && uploaded(entry.input.fileId));
  if (attaches.length === 0 || reached) return { cancel: [], send: true };
  return { cancel: attaches, send: false };
}

/** What the phone tells the server is still waiting on it. */
export function pendingReport(entries: OutboxEntry[]): {
  count: number;
  operationIds: string[];
  oldestAt: string | null;
} {
  const sorted = [...entries].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return {
    count: sorted.length,
    operationIds: sorted.map((e) => e.operationId),
    oldestAt: sorted[0]?.createdAt ?? null,
  };
}

/**
 * The refusals that mean the visit moved on on the server (started by a teammate, submitted, approved)
 * while the phone was offline: the change was not applied and is kept on the phone.
 */
const CLOSED_VISIT_CODES: readonly ErrorCode[] = ['VISIT_NOT_EDITABLE', 'VISIT_ALREADY_STARTED'];

export function isClosedVisitRefusal(refusal: Refusal | null): boolean {
  return !!refusal && CLOSED_VISIT_CODES.some((code) => hasErrorCode(refusal, code));
}

/**
 * Writes that must stay behind a photo of their visit still waiting to be confirmed: a later photo or
 * signature (a new signature replaces the one before it, so their order counts), a removal (it may name
 * that attachment), a finding's deletion (the photo may belong to it) and the submission (it needs the
 * signatures).
 */
const FOLLOWS_ATTACHMENTS: ReadonlySet<FieldWriteKind> = new Set<FieldWriteKind>([
  'ATTACH_VISIT_FILE',
  'REMOVE_VISIT_ATTACHMENT',
  'DELETE_FINDING',
  'SUBMIT_VISIT',
]);

/**
 * Writes before photos: of the writes to send now (`sendable`, in order), those that can go at once and
 * those that wait for a photo. On a weak link the small writes (answers, notes, attendees) must not wait
 * behind megabytes of photos. An attachment goes only once the server confirmed its photo
 * (`photoSettled`: uploaded with the same hash, no longer on the phone, or refused by the server, in
 * which case the write goes to be refused and shown); the writes of its visit listed in
 * FOLLOWS_ATTACHMENTS stay behind it, in order. Everything else keeps its order among itself.
 */
export function writesBeforePhotos(
  entries: readonly OutboxEntry[],
  photoSettled: (fileId: string) => boolean,
): { ready: OutboxEntry[]; waiting: OutboxEntry[] } {
  const ready: OutboxEntry[] = [];
  const waiting: OutboxEntry[] = [];
  const visitsWaiting = new Set<string | null>();
  for (const entry of [...entries].sort((a, b) => a.sequence - b.sequence)) {
    const fileId = entry.kind === 'ATTACH_VISIT_FILE' ? entry.input.fileId : null;
    const photoMissing = typeof fileId === 'string' && !photoSettled(fileId);
    if (photoMissing || (visitsWaiting.has(entry.visitId) && FOLLOWS_ATTACHMENTS.has(entry.kind))) {
      visitsWaiting.add(entry.visitId);
      waiting.push(entry);
    } else ready.push(entry);
  }
  return { ready, waiting };
}

/** How much unsent work the phone holds for one person: counts and the oldest time, never the data. */
export interface Holding {
  userId: string;
  /** Writes to send and writes refused (kept to fix or discard): neither has reached the server. */
  count: number;
  /** ISO time of the oldest of them. */
  oldestAt: string;
  /** Their operation ids: the server counts only those it has not applied yet. */
  operationIds: string[];
}

/** Per person, from all the phone's writes: the phone's part of the office's "not yet arrived" ledger. */
export function holdingsOf(entries: readonly OutboxEntry[]): Holding[] {
  const byUser = new Map<string, Holding>();
  for (const entry of entries) {
    const held = byUser.get(entry.userId);
    if (!held) {
      byUser.set(entry.userId, {
        userId: entry.userId,
        count: 1,
        oldestAt: entry.createdAt,
        operationIds: [entry.operationId],
      });
    } else {
      held.count += 1;
      held.operationIds.push(entry.operationId);
      if (entry.createdAt < held.oldestAt) held.oldestAt = entry.createdAt;
    }
  }
  for (const held of byUser.values()) held.operationIds.sort();
  return [...byUser.values()].sort((a, b) => a.oldestAt.localeCompare(b.oldestAt));
}

/**
 * The two-tab rule: one phone keeps one chain of writes, whichever tab (or window) made them. Two tabs
 * of one visit share the outbox but each shows its own copy; a tab that did not yet show the other's
 * latest answer to an item must not send a write "on top of" an older one, or the server would take
 * the two as concurrent and could keep the older. So, inside the transaction that queues it, an answer
 * is set on top of the phone's latest pending answer to the same item (any tab), else on what the tab
 * itself knew (the server version, or a write applied but not reloaded yet). The server then applies a
 * phone's writes in its order, the last queued ending as the answer; the values it replaces are on the
 * server too (applied in turn, in the audit trail). Every tab is told of each change (outbox.ts), so
 * what each tab shows at the end is that last value.
 */
/** Whether an answer names what it was written on top of (see the server's answer-reconcile.ts). */
export function asksBaseCheck(input: FieldWriteInput): boolean {
  return 'baseVersion' in input || 'baseOperationId' in input;
}

export function chainOnPhone<K extends FieldWriteKind>(
  kind: K,
  input: FieldWriteInput<K>,
  userEntries: readonly OutboxEntry[],
): FieldWriteInput<K> {
  // A write that asks for no base check (last write wins on the server) is left as it is.
  if (kind !== 'ANSWER_ITEM' || !asksBaseCheck(input)) return input;
  // The kind is ANSWER_ITEM, so is the input (TypeScript does not narrow a generic by its kind).
  const answer = input as FieldWriteInput<'ANSWER_ITEM'>;
  const latest = userEntries
    .filter((entry) => isWriteOf(entry, 'ANSWER_ITEM'))
    .filter(
      (entry) => entry.state === 'PENDING' && entry.visitId === answer.visitId && entry.input.itemId === answer.itemId,
    )
    .sort((a, b) => b.sequence - a.sequence)[0];
  if (!latest || latest.operationId === answer.baseOperationId) return input;
  return { ...answer, baseOperationId: latest.operationId } as FieldWriteInput<K>;
}
