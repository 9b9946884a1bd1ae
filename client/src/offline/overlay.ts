import { answerWording, failedItemDeadline, followAnswerWording, storedText } from '@kycuong/rules';
import type { AttachmentKind, AttendeeSide, FindingSeverity, PassFail } from '../apollo/generated/graphql';
import { groupProgress } from '../field/checklist-progress';
import type { FieldVisit, VisitAnswer, VisitFinding } from '../field/types';
import { todayLocalDate } from '../i18n/format';
import type { OutboxEntry, Refusal } from './field-writes';

type TemplateVersion = NonNullable<FieldVisit['templateVersion']>;

export interface OverlayOptions {
  /** Object URLs of the photos and signatures still on the phone, by file id. */
  blobUrls?: Readonly<Record<string, string>>;
}

/** What the phone holds for the visit that the server does not have yet. */
export interface LocalChanges {
  /** Writes of this visit waiting to be sent. */
  pending: number;
  /** Writes the server refused, kept on the phone (shown, flagged). */
  refused: OutboxEntry[];
  /** Items with a write not on the server yet, and whether the last one was refused. */
  items: Readonly<Record<string, { state: 'PENDING' | 'REFUSED'; refusal: Refusal | null }>>;
  /** The submission waiting to be sent, or refused. */
  submit: { state: 'PENDING' | 'REFUSED'; refusal: Refusal | null } | null;
  /** A start is queued but the checklist it will use is not on the phone. */
  startedWithoutChecklist: boolean;
}

export interface OverlaidVisit {
  visit: FieldVisit;
  local: LocalChanges;
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Text or null, as the server stores it. */
function text(value: unknown): string | null {
  return storedText(str(value));
}

function findItem(version: TemplateVersion | null, itemId: string | null) {
  if (!version || !itemId) return null;
  for (const group of version.groups) {
    const item = group.items.find((candidate) => candidate.id === itemId);
    if (item) return { item, group };
  }
  return null;
}

/**
 * The visit as the phone should show it: the server's copy from the cache with the user's queued writes
 * for it laid over, oldest first, the way the server will apply them (including the finding the server
 * makes for a failed item). Refused writes are laid over too, so nothing typed disappears from the
 * screen, and are listed so the screen can flag them. A refused submission changes nothing.
 */
export function withPendingWrites(
  server: FieldVisit,
  entries: readonly OutboxEntry[],
  options: OverlayOptions = {},
): OverlaidVisit {
  const mine = entries.filter((entry) => entry.visitId === server.id).sort((a, b) => a.sequence - b.sequence);
  const visit: FieldVisit = {
    ...server,
    answers: [...server.answers],
    attachments: [...server.attachments],
    attendees: [...server.attendees],
    findings: [...server.findings],
  };
  const local: LocalChanges = {
    pending: 0,
    refused: [],
    items: {},
    submit: null,
    startedWithoutChecklist: false,
  };
  const items: Record<string, { state: 'PENDING' | 'REFUSED'; refusal: Refusal | null }> = {};

  for (const entry of mine) {
    if (entry.state === 'REFUSED') local.refused.push(entry);
    else local.pending += 1;
    const itemId = 'itemId' in entry.input ? str(entry.input.itemId) : null;
    if (itemId && entry.kind !== 'SAVE_FINDING') items[itemId] = { state: entry.state, refusal: entry.refusal };
    switch (entry.kind) {
      case 'START_VISIT':
        applyStart(visit, entry, server.plannedTemplateVersion ?? null, local);
        break;
      case 'ANSWER_ITEM':
        if (itemId) applyAnswer(visit, entry, itemId);
        break;
      case 'SET_VISIT_ATTENDEES':
        visit.attendees = Array.isArray(entry.input.attendees)
          ? (entry.input.attendees as Record<string, unknown>[]).map((a) => ({
              name: str(a.name)?.trim() ?? '',
              position: text(a.position),
              side: (str(a.side) ?? 'UNIT') as AttendeeSide,
            }))
          : [];
        break;
      case 'SET_VISIT_CONCLUSION':
        visit.conclusion = text(entry.input.conclusion);
        break;
      case 'SET_VISIT_UNIT_COMMENTS':
        visit.unitComments = text(entry.input.unitComments);
        break;
      case 'ATTACH_VISIT_FILE': {
        const input = entry.input;
        const fileId = str(input.fileId) ?? '';
        const kind = (str(input.kind) ?? 'PHOTO') as AttachmentKind;
        // A new signature replaces the previous one of its kind, as on the server.
        if (kind !== 'PHOTO') visit.attachments = visit.attachments.filter((a) => a.kind !== kind);
        visit.attachments.push({
          id: str(input.attachmentId) ?? entry.operationId,
          fileId,
          itemId: kind === 'PHOTO' ? itemId : null,
          kind,
          url: options.blobUrls?.[fileId] ?? `/api/files/${fileId}`,
          caption: text(input.caption),
          sha256: '',
        });
        break;
      }
      case 'REMOVE_VISIT_ATTACHMENT':
        visit.attachments = visit.attachments.filter((a) => a.id !== entry.input.attachmentId);
        break;
      case 'SAVE_FINDING':
        applySaveFinding(visit, entry);
        break;
      case 'DELETE_FINDING':
        visit.findings = visit.findings.filter((f) => f.id !== entry.input.findingId);
        break;
      case 'REPLY_TO_REVIEW_COMMENT':
        applyReply(visit, entry);
        break;
      case 'SUBMIT_VISIT':
        local.submit = { state: entry.state, refusal: entry.refusal };
        if (entry.state === 'PENDING' && (visit.status === 'IN_PROGRESS' || visit.status === 'RETURNED')) {
          visit.status = 'SUBMITTED';
          visit.submittedAt = entry.createdAt;
        }
        break;
    }
  }
  local.items = items;
  if (mine.length > 0) visit.progress = progressOf(visit) ?? visit.progress;
  return { visit, local };
}

/**
 * A reply still on the phone shows under its comment at once, dated when it was written; once the
 * server's copy holds it (same reply id) the server's is shown. A refused reply stays shown, flagged.
 */
function applyReply(visit: FieldVisit, entry: OutboxEntry<'REPLY_TO_REVIEW_COMMENT'>) {
  const { commentId, replyId } = entry.input;
  const reply = { id: String(replyId), text: text(entry.input.text) ?? '', authorName: '', createdAt: entry.createdAt };
  visit.reviewComments = visit.reviewComments.map((comment) =>
    comment.id !== commentId || comment.replies.some((known) => known.id === reply.id)
      ? comment
      : { ...comment, replies: [...comment.replies, reply] },
  );
}

/** A reply that has not reached the server: waiting to be sent, or refused (with the server's reason). */
export interface ReplyOnPhone {
  state: 'PENDING' | 'REFUSED';
  refusal: Refusal | null;
}

/** The replies still on the phone, by reply id, from the writes really waiting (not those applied). */
export function repliesOnPhone(waiting: readonly OutboxEntry[]): Record<string, ReplyOnPhone> {
  const replies: Record<string, ReplyOnPhone> = {};
  for (const entry of waiting) {
    if (entry.kind === 'REPLY_TO_REVIEW_COMMENT') {
      replies[String(entry.input.replyId)] = { state: entry.state, refusal: entry.refusal };
    }
  }
  return replies;
}

function applyStart(
  visit: FieldVisit,
  entry: OutboxEntry<'START_VISIT'>,
  planned: TemplateVersion | null,
  local: LocalChanges,
) {
  if (visit.status !== 'PLANNED') return;
  const startedAt = str(entry.input.startedAt) ?? entry.createdAt;
  visit.status = 'IN_PROGRESS';
  visit.startedAt = startedAt;
  visit.visitDate = todayLocalDate(new Date(startedAt));
  if (!visit.templateVersion) {
    const wanted = str(entry.input.templateVersionId);
    visit.templateVersion = planned && (!wanted || wanted === planned.id) ? planned : null;
  }
  local.startedWithoutChecklist = !visit.templateVersion;
}

function applyAnswer(visit: FieldVisit, entry: OutboxEntry<'ANSWER_ITEM'>, itemId: string) {
  const input = entry.input;
  const before = visit.answers.find((a) => a.itemId === itemId);
  const passFail = (str(input.passFail) as PassFail | null) ?? null;
  // As the server stores it: an entry from before what was found was asked for keeps the stored wording.
  const given = {
    foundText: input.foundText === undefined ? undefined : str(input.foundText),
    recommendation: input.recommendation === undefined ? undefined : str(input.recommendation),
  };
  const previous = before
    ? { foundText: before.foundText ?? null, recommendation: before.recommendation ?? null }
    : null;
  const wording = answerWording(passFail, given, previous);
  const answer: VisitAnswer = {
    id: before?.id ?? `local:${itemId}`,
    itemId,
    passFail,
    numberValue: num(input.numberValue),
    textValue: text(input.textValue),
    note: text(input.note),
    ...wording,
    updatedAt: str(input.editedAt) ?? entry.createdAt,
    updatedByName: before?.updatedByName ?? '',
    version: before?.version ?? 0,
  };
  visit.answers = before ? visit.answers.map((a) => (a === before ? answer : a)) : [...visit.answers, answer];

  const found = findItem(visit.templateVersion, itemId);
  if (!found) return;
  const finding = visit.findings.find((f) => f.fromFailedItem && f.itemId === itemId);
  if (answer.passFail === 'FAIL') {
    if (!finding) {
      const created: VisitFinding = {
        // The answer's operation id: stable across renders, and a UUID like the server's ids.
        id: entry.operationId,
        itemId,
        itemCode: found.item.code,
        groupTitle: found.group.title,
        ...wording,
        requirement: found.item.text,
        severity: 'MEDIUM',
        status: 'OPEN',
        deadline: failedItemDeadline(visit.visitDate ?? todayLocalDate(new Date(entry.createdAt))),
        overdue: false,
        fromFailedItem: true,
        visitDate: visit.visitDate,
        version: 0,
      };
      visit.findings = [...visit.findings, created];
    } else {
      // Each text follows the answer's until edited on the finding itself.
      const updated = { ...finding, ...followAnswerWording(finding, previous, wording) };
      visit.findings = visit.findings.map((f) => (f === finding ? updated : f));
    }
  } else if (finding && finding.status === 'OPEN') {
    visit.findings = visit.findings.filter((f) => f !== finding);
  }
}

function applySaveFinding(visit: FieldVisit, entry: OutboxEntry<'SAVE_FINDING'>) {
  const input = entry.input;
  const itemId = str(input.itemId);
  const findingId = str(input.findingId) ?? entry.operationId;
  // For a failed item the server updates the item's finding, whatever id the phone gave.
  const existing =
    (itemId ? visit.findings.find((f) => f.fromFailedItem && f.itemId === itemId) : undefined) ??
    visit.findings.find((f) => f.id === findingId);
  const found = findItem(visit.templateVersion, itemId);
  const saved: VisitFinding = {
    id: existing?.id ?? findingId,
    itemId: existing?.itemId ?? itemId,
    itemCode: existing?.itemCode ?? found?.item.code ?? null,
    groupTitle: existing?.groupTitle ?? found?.group.title ?? '',
    foundText: text(input.description),
    requirement: existing?.requirement ?? found?.item.text ?? null,
    recommendation: text(input.recommendation),
    severity: (str(input.severity) ?? 'MEDIUM') as FindingSeverity,
    status: existing?.status ?? 'OPEN',
    deadline: str(input.deadline),
    overdue: existing?.overdue ?? false,
    fromFailedItem: existing?.fromFailedItem ?? false,
    visitDate: existing?.visitDate ?? visit.visitDate,
    version: existing?.version ?? 0,
  };
  visit.findings = existing ? visit.findings.map((f) => (f === existing ? saved : f)) : [...visit.findings, saved];
}

function progressOf(visit: FieldVisit): FieldVisit['progress'] {
  if (!visit.templateVersion) return null;
  const groups = [...visit.templateVersion.groups]
    .sort((a, b) => a.position - b.position)
    .map((group) => ({ groupId: group.id, ...groupProgress(group.items, visit.answers) }));
  return {
    answered: groups.reduce((sum, g) => sum + g.answered, 0),
    total: groups.reduce((sum, g) => sum + g.total, 0),
    groups,
  };
}

/**
 * What an answer is written on top of, sent with every answer so that the server can tell a concurrent
 * edit from the phone's own chain of edits: the version of the answer the phone last saw from the
 * server (null: none), and the phone's own latest write to the item since then, if any.
 */
export function answerBase(
  server: FieldVisit,
  entries: readonly OutboxEntry[],
  itemId: string,
): { baseVersion: number | null; baseOperationId: string | null } {
  const own = entries
    .filter(
      (entry) =>
        entry.kind === 'ANSWER_ITEM' &&
        entry.visitId === server.id &&
        entry.input.itemId === itemId &&
        entry.state === 'PENDING',
    )
    .sort((a, b) => b.sequence - a.sequence)[0];
  return {
    baseVersion: server.answers.find((answer) => answer.itemId === itemId)?.version ?? null,
    baseOperationId: own?.operationId ?? null,
  };
}
