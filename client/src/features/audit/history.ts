import { formatDate, formatInstant, formatNumber } from '../../i18n/format';
import type { MessageParams } from '../../i18n/messages';
import type { MessageKey } from '../../i18n/vi';

/**
 * How a record's audit trail reads to the people who use it: one Vietnamese sentence per run of
 * entries of the same kind by the same person ("Trả lời 23 tiêu chí"), each item by its checklist label,
 * each value as the user knows it. The one place that turns the server's codes into words; the server
 * only resolves what it alone knows (the actor's role, an item's label: audit-references.ts).
 */
export interface HistoryEntry {
  id: string;
  at: string;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  reason: string | null;
  before: unknown;
  after: unknown;
  itemLabel: string | null;
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface HistoryChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface HistoryDetail {
  id: string;
  /** The checklist item (or finding) the entry is about, as people know it; null for the record itself. */
  label: string | null;
  changes: HistoryChange[];
  /** Entries of the run that name the same item and show no values (three photos of one item): one line. */
  count: number;
}

export interface HistoryGroup {
  id: string;
  /** The latest entry's time, dd/MM/yyyy HH:mm on Vietnam time. */
  when: string;
  actor: string;
  role: string | null;
  sentence: string;
  reasons: string[];
  details: HistoryDetail[];
  /** The raw entries, for an administrator's technical details only. */
  entries: HistoryEntry[];
}

/** Entry kinds whose sentence counts them, so a run of them collapses into one line. */
const COUNTED = new Set([
  'answer',
  'answer.confirm',
  'answer.revise',
  'photo.add',
  'photo.remove',
  'signature.add',
  'signature.remove',
  'file.add',
  'file.remove',
  'finding.create',
  'finding.update',
  'finding.delete',
  'finding.fromFailedItem',
  'finding.noLongerFailed',
  'other',
]);

const KINDS: Record<string, string> = {
  'Visit.CREATE': 'visit.create',
  'Visit.UPDATE': 'visit.update',
  'Visit.START': 'visit.start',
  'Visit.SUBMIT': 'visit.submit',
  'Visit.RETURN': 'visit.return',
  'Visit.APPROVE': 'visit.approve',
  'Visit.REVISE': 'visit.revise',
  'Visit.SET_ATTENDEES': 'visit.attendees',
  'Visit.SET_CONCLUSION': 'visit.conclusion',
  'Visit.SET_UNIT_COMMENTS': 'visit.unitComments',
  'VisitAnswer.CREATE': 'answer',
  'VisitAnswer.UPDATE': 'answer',
  'VisitAnswer.UPDATE_CONCURRENT': 'answer',
  'VisitAnswer.CONFIRM_CONCURRENT': 'answer.confirm',
  'VisitAnswer.REVISE': 'answer.revise',
  'Finding.CREATE': 'finding.create',
  'Finding.UPDATE': 'finding.update',
  'Finding.DELETE': 'finding.delete',
  'Finding.CREATE_FROM_FAILED_ITEM': 'finding.fromFailedItem',
  'Finding.REMOVE_ITEM_NO_LONGER_FAILED': 'finding.noLongerFailed',
  'Finding.REPORT_REMEDIATION': 'finding.report',
  'Finding.CLOSE': 'finding.close',
  'Finding.REJECT_REMEDIATION': 'finding.reject',
  'Finding.CLOSE_WITHOUT_REPORT': 'finding.closeWithoutReport',
  'Finding.REOPEN': 'finding.reopen',
  'Finding.EXTEND_DEADLINE': 'finding.extend',
  'ReviewReply.CREATE': 'reply',
};

export const HISTORY_KINDS = [...new Set([...Object.values(KINDS), 'other'])];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function attachmentKind(entry: HistoryEntry): 'photo' | 'signature' | 'file' {
  const side = isRecord(entry.after) ? entry.after : isRecord(entry.before) ? entry.before : {};
  if (side.kind === 'PHOTO') return 'photo';
  return typeof side.kind === 'string' && side.kind.startsWith('SIGNATURE') ? 'signature' : 'file';
}

/** What an entry is, as the sentence tells it: entity and action, an attachment also by its kind. */
export function entryKind(entry: Pick<HistoryEntry, 'entityType' | 'action' | 'before' | 'after'>): string {
  if (entry.entityType === 'Attachment') {
    const verb = entry.action === 'REMOVE' ? 'remove' : 'add';
    return `${attachmentKind(entry as HistoryEntry)}.${verb}`;
  }
  return KINDS[`${entry.entityType}.${entry.action}`] ?? 'other';
}

const TEXT_FIELDS = [
  'textValue',
  'note',
  'foundText',
  'recommendation',
  'conclusion',
  'unitComments',
  'comment',
  'remediationText',
  'rejectionReason',
  'closeReason',
];
const COUNT_FIELDS = ['photos', 'itemComments'];
/** The fields a reader sees, in this order; every other field (codes, hashes, ids) only in the admin's details. */
export const SHOWN_FIELDS = [
  'status',
  'passFail',
  'numberValue',
  ...TEXT_FIELDS,
  'severity',
  'deadline',
  'attendees',
  ...COUNT_FIELDS,
];

const cut = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** One value as the user knows it: Đạt / Không đạt, a date, a name; null when empty or not readable. */
export function displayValue(field: string, value: unknown, entityType: string, t: Translate): string | null {
  if (value == null || value === '') return null;
  switch (field) {
    case 'status': {
      const prefix = entityType === 'Finding' ? 'findings.status.' : entityType === 'Visit' ? 'visits.status.' : null;
      return prefix && typeof value === 'string' ? t(`${prefix}${value}` as MessageKey) : null;
    }
    case 'passFail':
      return typeof value === 'string' ? t(`review.answer.${value}` as MessageKey) : null;
    case 'severity':
      return typeof value === 'string' ? t(`findings.severity.${value}` as MessageKey) : null;
    case 'numberValue':
      return typeof value === 'number' ? formatNumber(value) : null;
    case 'deadline':
      return typeof value === 'string' ? formatDate(value) : null;
    case 'attendees':
      if (!Array.isArray(value)) return null;
      return value.length === 0
        ? null
        : value.map((person) => (isRecord(person) && typeof person.name === 'string' ? person.name : '')).join(', ');
    default:
      if (COUNT_FIELDS.includes(field)) return typeof value === 'number' && value > 0 ? String(value) : null;
      return TEXT_FIELDS.includes(field) && typeof value === 'string' ? cut(value) : null;
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The readable changes of one entry: shown fields that differ, each before and after in the user's words. */
export function entryChanges(entry: HistoryEntry, t: Translate): HistoryChange[] {
  const before = isRecord(entry.before) ? entry.before : {};
  const after = isRecord(entry.after) ? entry.after : {};
  return SHOWN_FIELDS.flatMap((field) => {
    if (!(field in before) && !(field in after)) return [];
    // Both sides the same is a record described whole (a confirmation): its state, not a change.
    const changed = !same(before[field], after[field]);
    const shownBefore = changed ? displayValue(field, before[field], entry.entityType, t) : null;
    const shownAfter = displayValue(field, after[field] ?? (changed ? null : before[field]), entry.entityType, t);
    if (shownBefore == null && shownAfter == null) return [];
    if (!changed && entry.action !== 'CONFIRM_CONCURRENT') return [];
    return [{ field: t(`history.field.${field}` as MessageKey), before: shownBefore, after: shownAfter }];
  });
}

function sentenceOf(kind: string, entries: HistoryEntry[], t: Translate): string {
  const items = new Set(entries.map((entry) => entry.itemLabel ?? entry.id));
  return t(`history.sentence.${kind}` as MessageKey, { count: kind === 'answer' ? items.size : entries.length });
}

/** The items of a run, each with its changes; items named again without values are counted, not repeated. */
function detailsOf(run: HistoryEntry[], t: Translate): HistoryDetail[] {
  const details: HistoryDetail[] = [];
  for (const entry of run) {
    const changes = entryChanges(entry, t);
    if (!entry.itemLabel && changes.length === 0) continue;
    const same = changes.length === 0 && details.find((d) => d.label === entry.itemLabel && d.changes.length === 0);
    if (same) same.count += 1;
    else details.push({ id: entry.id, label: entry.itemLabel, changes, count: 1 });
  }
  return details;
}

/**
 * A record's history, newest first: consecutive entries of a counted kind by the same person are one
 * group ("Cập nhật 3 ảnh"), the others one group each.
 */
export function readableHistory(entries: readonly HistoryEntry[], t: Translate): HistoryGroup[] {
  const ordered = [...entries].sort((a, b) => a.at.localeCompare(b.at) || Number(a.id) - Number(b.id));
  const runs: { kind: string; entries: HistoryEntry[] }[] = [];
  for (const entry of ordered) {
    const kind = entryKind(entry);
    const last = runs.at(-1);
    if (last && COUNTED.has(kind) && last.kind === kind && last.entries[0].actorName === entry.actorName) {
      last.entries.push(entry);
    } else runs.push({ kind, entries: [entry] });
  }
  return runs.reverse().map(({ kind, entries: run }) => {
    const latest = run[run.length - 1];
    const actor = latest.actorName ?? t('review.historyUnknownActor');
    const role = latest.actorRole ? t(`role.${latest.actorRole}` as MessageKey) : null;
    return {
      id: run[0].id,
      when: formatInstant(latest.at, { withTime: true }),
      actor,
      // An account named after its role ("Quản trị hệ thống") is not written twice.
      role: role === actor ? null : role,
      sentence: sentenceOf(kind, run, t),
      reasons: [...new Set(run.flatMap((entry) => (entry.reason ? [entry.reason] : [])))],
      details: detailsOf(run, t),
      entries: run,
    };
  });
}
