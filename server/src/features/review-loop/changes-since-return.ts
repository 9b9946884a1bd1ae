import { type EnumValue, graphqlEnum } from '../../common/graphql-enum.js';

/** What kind of change the team made to a returned visit, as the reviewer reads it. */
export const ChangeSinceReturnKind = graphqlEnum('ChangeSinceReturnKind', [
  'ANSWER',
  'PHOTO_ADDED',
  'PHOTO_REMOVED',
  'SIGNATURE',
  'ATTENDEES',
  'CONCLUSION',
  'UNIT_COMMENTS',
  'FINDING_ADDED',
  'FINDING',
  'FINDING_REMOVED',
]);
export type ChangeSinceReturnKind = EnumValue<typeof ChangeSinceReturnKind>;

const KINDS = Object.values(ChangeSinceReturnKind);

export interface TrailEntry {
  entityType: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  itemLabel?: string | null;
}

export interface ChangeSinceReturnRow {
  kind: ChangeSinceReturnKind;
  /** The checklist item changed, as people know it ("1.3 Niêm yết ..."); null for the visit itself. */
  itemLabel: string | null;
  /** How many changes of this kind (and item) were made. */
  count: number;
  /** Of an answer: its result when the visit was returned, and now (PASS, FAIL, NOT_APPLICABLE). */
  fromResult: string | null;
  toResult: string | null;
}

const VISIT_FIELDS: Record<string, ChangeSinceReturnKind> = {
  SET_ATTENDEES: ChangeSinceReturnKind.ATTENDEES,
  SET_CONCLUSION: ChangeSinceReturnKind.CONCLUSION,
  SET_UNIT_COMMENTS: ChangeSinceReturnKind.UNIT_COMMENTS,
};

function kindOf(entry: TrailEntry): ChangeSinceReturnKind | null {
  switch (entry.entityType) {
    case 'VisitAnswer':
      return entry.action === 'CONFIRM_CONCURRENT' ? null : ChangeSinceReturnKind.ANSWER;
    case 'Attachment': {
      const kind = (entry.after ?? entry.before)?.kind;
      if (kind === 'PHOTO') {
        return entry.action === 'REMOVE' ? ChangeSinceReturnKind.PHOTO_REMOVED : ChangeSinceReturnKind.PHOTO_ADDED;
      }
      return typeof kind === 'string' && kind.startsWith('SIGNATURE') ? ChangeSinceReturnKind.SIGNATURE : null;
    }
    case 'Visit':
      return VISIT_FIELDS[entry.action] ?? null;
    case 'Finding':
      if (entry.action === 'CREATE' || entry.action === 'CREATE_FROM_FAILED_ITEM')
        return ChangeSinceReturnKind.FINDING_ADDED;
      if (entry.action === 'DELETE' || entry.action === 'REMOVE_ITEM_NO_LONGER_FAILED') {
        return ChangeSinceReturnKind.FINDING_REMOVED;
      }
      return ChangeSinceReturnKind.FINDING;
    default:
      return null;
  }
}

const result = (side: Record<string, unknown> | null): string | null =>
  typeof side?.passFail === 'string' ? side.passFail : null;

/**
 * What the team changed after the visit was last returned, from its audit trail (oldest first): one row
 * per kind and item, an answer with its result then and now; the items in the order first changed, an
 * item's rows in the order of the kinds (its answer, then its photos, then its findings). Nothing when
 * the visit was never returned. Steps (submit, return, approve) and replies are not changes of content.
 */
export function changesSinceReturn(trail: readonly TrailEntry[]): ChangeSinceReturnRow[] {
  const lastReturn = trail.findLastIndex((entry) => entry.entityType === 'Visit' && entry.action === 'RETURN');
  if (lastReturn < 0) return [];
  const rows = new Map<string, ChangeSinceReturnRow>();
  for (const entry of trail.slice(lastReturn + 1)) {
    const kind = kindOf(entry);
    if (!kind) continue;
    const itemLabel = entry.itemLabel ?? null;
    const key = `${kind}:${itemLabel ?? ''}`;
    const row = rows.get(key);
    if (row) {
      row.count += 1;
      row.toResult = result(entry.after);
    } else {
      const answer = kind === ChangeSinceReturnKind.ANSWER;
      rows.set(key, {
        kind,
        itemLabel,
        count: 1,
        fromResult: answer ? result(entry.before) : null,
        toResult: answer ? result(entry.after) : null,
      });
    }
  }
  const items = [...new Set([...rows.values()].map((row) => row.itemLabel))];
  const rank = (row: ChangeSinceReturnRow) => items.indexOf(row.itemLabel) * KINDS.length + KINDS.indexOf(row.kind);
  return [...rows.values()].sort((a, b) => rank(a) - rank(b));
}
