import type { ReviewVisitDetailFragment } from '../../apollo/generated/graphql';
import { formatInstant, formatNumber } from '../../i18n/format';
import type { MessageParams } from '../../i18n/messages';
import type { MessageKey } from '../../i18n/vi';

type Translate = (key: MessageKey, params?: MessageParams) => string;
type Visit = Pick<ReviewVisitDetailFragment, 'answers' | 'conclusion' | 'unitComments'>;
export type Conflict = ReviewVisitDetailFragment['conflicts'][number];

/** A conflict in plain words for the reviewer: what it is about, whose value, and the two values side by side. */
export interface ConflictView {
  title: string;
  badge: string;
  who: string;
  /** The value that did not go into the results, or null when the write carries none (a deletion…). */
  notApplied: string | null;
  /** What the results hold instead, or null when there is nothing to compare with. */
  kept: string | null;
}

const PASS_FAIL = new Set(['PASS', 'FAIL', 'NOT_APPLICABLE']);

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function nonEmpty(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/**
 * An answer's value (`{passFail, numberValue, textValue, note, foundText, recommendation}`):
 * "Không đạt · Ghi chú: Không đeo thẻ. · Thực trạng: 2/9 viên chức không đeo thẻ".
 */
export function answerValueText(value: unknown, t: Translate): string {
  const { passFail, numberValue, textValue, note, foundText, recommendation } = record(value);
  const parts: string[] = [];
  if (typeof passFail === 'string' && PASS_FAIL.has(passFail)) {
    parts.push(t(`review.answer.${passFail as 'PASS' | 'FAIL' | 'NOT_APPLICABLE'}`));
  }
  if (typeof numberValue === 'number' && Number.isFinite(numberValue)) parts.push(formatNumber(numberValue, 6));
  const text = nonEmpty(textValue);
  if (text) parts.push(`“${text}”`);
  const noteText = nonEmpty(note);
  if (noteText) parts.push(t('review.note', { note: noteText }));
  const found = nonEmpty(foundText);
  if (found) parts.push(t('review.foundText', { text: found }));
  const advice = nonEmpty(recommendation);
  if (advice) parts.push(t('review.recommendation', { text: advice }));
  return parts.join(' · ') || t('review.conflicts.empty');
}

/** What a late write would have changed: "Sửa kết quả tiêu chí 1.1", "Sửa kết luận", "Thêm ảnh"… */
export function changeText(losingValue: unknown, itemCode: string | null, t: Translate): string {
  const input = record(losingValue);
  const code = itemCode ?? '?';
  const hasItem = typeof input.itemId === 'string' && input.itemId !== '';
  switch (input.kind) {
    case 'ANSWER_ITEM':
      return t('review.change.ANSWER_ITEM', { code });
    // The server keeps `{kind: <write kind>, ...input}`, so for an attached file the attachment's own
    // kind (PHOTO, SIGNATURE_…) replaces ATTACH_VISIT_FILE; both forms are read.
    case 'ATTACH_VISIT_FILE':
    case 'PHOTO':
    case 'REMEDIATION':
      return hasItem ? t('review.change.PHOTO', { code }) : t('review.change.PHOTO_VISIT');
    case 'SIGNATURE_TEAM_LEAD':
    case 'SIGNATURE_UNIT_REPRESENTATIVE':
    case 'SIGNATURE_SECRETARY':
      return t(`review.change.${input.kind}`);
    case 'SAVE_FINDING':
      return hasItem ? t('review.change.FINDING_OF_ITEM', { code }) : t('review.change.SAVE_FINDING');
    case 'START_VISIT':
    case 'REMOVE_VISIT_ATTACHMENT':
    case 'SET_VISIT_ATTENDEES':
    case 'SET_VISIT_CONCLUSION':
    case 'SET_VISIT_UNIT_COMMENTS':
    case 'DELETE_FINDING':
    case 'SUBMIT_VISIT':
      return t(`review.change.${input.kind}`);
    default:
      return t('review.change.OTHER');
  }
}

/** The value a late write carried, for the writes that carry one the reviewer can read. */
function lateValueText(losingValue: unknown, t: Translate): string | null {
  const input = record(losingValue);
  switch (input.kind) {
    case 'ANSWER_ITEM':
      return answerValueText(input, t);
    case 'SET_VISIT_CONCLUSION':
      return nonEmpty(input.conclusion) ?? t('review.conflicts.empty');
    case 'SET_VISIT_UNIT_COMMENTS':
      return nonEmpty(input.unitComments) ?? t('review.conflicts.empty');
    case 'SAVE_FINDING':
      return nonEmpty(input.description);
    case 'SET_VISIT_ATTENDEES': {
      const names = (Array.isArray(input.attendees) ? input.attendees : [])
        .map((attendee) => nonEmpty(record(attendee).name))
        .filter((name): name is string => name !== null);
      return names.length > 0 ? names.join(', ') : t('review.conflicts.empty');
    }
    case 'ATTACH_VISIT_FILE':
    case 'PHOTO':
    case 'REMEDIATION':
      return nonEmpty(input.caption);
    default:
      return null;
  }
}

function currentAnswerText(itemId: unknown, visit: Visit, t: Translate): string {
  const answer = visit.answers.find((candidate) => candidate.itemId === itemId);
  return answer ? answerValueText(answer, t) : t('review.noAnswer');
}

/** What the visit holds now where a late write would have changed it. */
function currentValueText(conflict: Conflict, visit: Visit, t: Translate): string | null {
  const input = record(conflict.losingValue);
  if (input.kind === 'ANSWER_ITEM') return currentAnswerText(conflict.itemId ?? input.itemId, visit, t);
  if (input.kind === 'SET_VISIT_CONCLUSION') return nonEmpty(visit.conclusion) ?? t('review.noConclusion');
  if (input.kind === 'SET_VISIT_UNIT_COMMENTS') return nonEmpty(visit.unitComments) ?? t('review.noUnitComments');
  return null;
}

export function describeConflict(conflict: Conflict, visit: Visit, t: Translate): ConflictView {
  const name = conflict.losingUserName;
  const entered = formatInstant(conflict.losingEditedAt, { withTime: true });
  const arrived = formatInstant(conflict.createdAt, { withTime: true });
  if (conflict.kind === 'CONCURRENT_EDIT') {
    return {
      title: t('review.conflicts.itemTitle', { code: conflict.itemCode ?? '?' }),
      badge: t('review.conflicts.concurrentBadge'),
      who: entered ? t('review.conflicts.enteredBy', { name, time: entered }) : t('review.conflicts.by', { name }),
      notApplied: answerValueText(conflict.losingValue, t),
      kept: conflict.keptValue ? answerValueText(conflict.keptValue, t) : currentAnswerText(conflict.itemId, visit, t),
    };
  }
  return {
    title: changeText(conflict.losingValue, conflict.itemCode ?? null, t),
    badge: t('review.conflicts.closedBadge'),
    who: entered
      ? t('review.conflicts.enteredArrived', { name, time: entered, arrived })
      : t('review.conflicts.arrived', { name, arrived }),
    notApplied: lateValueText(conflict.losingValue, t),
    kept: currentValueText(conflict, visit, t),
  };
}

/** Conflicts per checklist item, to mark the items in the results list. */
export function conflictCountByItem(conflicts: readonly Pick<Conflict, 'itemId'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const conflict of conflicts) {
    if (conflict.itemId) counts.set(conflict.itemId, (counts.get(conflict.itemId) ?? 0) + 1);
  }
  return counts;
}
