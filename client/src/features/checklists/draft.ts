import type { AnswerType, ChecklistGroupInput, ChecklistsVersionDetailFragment } from '../../apollo/generated/graphql';

/** One item as the editor holds it: numbers stay text until saved, so a half-typed "1," is not lost. */
export interface DraftItem {
  key: string;
  code: string;
  text: string;
  guidance: string;
  legalBasis: string;
  answerType: AnswerType;
  minValue: string;
  maxValue: string;
  points: string;
  photoRequiredOnFail: boolean;
  required: boolean;
}

export interface DraftGroup {
  key: string;
  code: string;
  title: string;
  items: DraftItem[];
}

/** A change to the draft on screen: the editor applies it to the groups it holds. */
export type DraftEdit = (change: (groups: DraftGroup[]) => DraftGroup[]) => void;

let keySeed = 0;
const newKey = () => `k${++keySeed}`;

const numberText = (value: number | null | undefined) => (value == null ? '' : String(value).replace('.', ','));

export function draftFromVersion(version: ChecklistsVersionDetailFragment | null | undefined): DraftGroup[] {
  if (!version) return [];
  return [...version.groups]
    .sort((a, b) => a.position - b.position)
    .map((group) => ({
      key: newKey(),
      code: group.code,
      title: group.title,
      items: [...group.items]
        .sort((a, b) => a.position - b.position)
        .map((item) => ({
          key: newKey(),
          code: item.code,
          text: item.text,
          guidance: item.guidance ?? '',
          legalBasis: item.legalBasis ?? '',
          answerType: item.answerType,
          minValue: numberText(item.minValue),
          maxValue: numberText(item.maxValue),
          points: numberText(item.points),
          photoRequiredOnFail: item.photoRequiredOnFail,
          required: item.required,
        })),
    }));
}

/** Item codes are stable across versions, so a new item takes the next free number in its group. */
export function nextItemCode(group: DraftGroup): string {
  const prefix = `${group.code}.`;
  const used = group.items
    .map((item) => (item.code.startsWith(prefix) ? Number(item.code.slice(prefix.length)) : 0))
    .filter((n) => Number.isInteger(n));
  return `${prefix}${Math.max(0, ...used) + 1}`;
}

export function nextGroupCode(groups: DraftGroup[]): string {
  const numbers = groups.map((group) => Number(group.code)).filter((n) => Number.isInteger(n));
  return String(Math.max(0, ...numbers) + 1);
}

export function addGroup(groups: DraftGroup[], title = ''): DraftGroup[] {
  return [...groups, { key: newKey(), code: nextGroupCode(groups), title, items: [] }];
}

export function removeGroup(groups: DraftGroup[], groupKey: string): DraftGroup[] {
  return groups.filter((group) => group.key !== groupKey);
}

export function updateGroup(groups: DraftGroup[], groupKey: string, patch: Partial<Omit<DraftGroup, 'key' | 'items'>>) {
  return groups.map((group) => (group.key === groupKey ? { ...group, ...patch } : group));
}

export function addItem(groups: DraftGroup[], groupKey: string): DraftGroup[] {
  return groups.map((group) =>
    group.key === groupKey
      ? {
          ...group,
          items: [
            ...group.items,
            {
              key: newKey(),
              code: nextItemCode(group),
              text: '',
              guidance: '',
              legalBasis: '',
              answerType: 'PASS_FAIL',
              minValue: '',
              maxValue: '',
              points: '1',
              photoRequiredOnFail: false,
              required: true,
            },
          ],
        }
      : group,
  );
}

export function removeItem(groups: DraftGroup[], groupKey: string, itemKey: string): DraftGroup[] {
  return groups.map((group) =>
    group.key === groupKey ? { ...group, items: group.items.filter((item) => item.key !== itemKey) } : group,
  );
}

export function updateItem(
  groups: DraftGroup[],
  groupKey: string,
  itemKey: string,
  patch: Partial<Omit<DraftItem, 'key'>>,
): DraftGroup[] {
  return groups.map((group) =>
    group.key === groupKey
      ? { ...group, items: group.items.map((item) => (item.key === itemKey ? { ...item, ...patch } : item)) }
      : group,
  );
}

/** Moves an item up (-1) or down (+1) inside its group; a move past either end changes nothing. */
export function moveItem(groups: DraftGroup[], groupKey: string, itemKey: string, delta: -1 | 1): DraftGroup[] {
  return groups.map((group) => {
    if (group.key !== groupKey) return group;
    const from = group.items.findIndex((item) => item.key === itemKey);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= group.items.length) return group;
    const items = [...group.items];
    [items[from], items[to]] = [items[to], items[from]];
    return { ...group, items };
  });
}

function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  if (!/^-?\d+([.,]\d+)?$/.test(trimmed)) return Number.NaN;
  return Number(trimmed.replace(',', '.'));
}

export type DraftProblem =
  | { kind: 'emptyGroupTitle'; groupCode: string }
  | { kind: 'emptyGroup'; groupCode: string }
  | { kind: 'emptyItemText'; itemCode: string }
  | { kind: 'badNumber'; itemCode: string }
  | { kind: 'minAboveMax'; itemCode: string }
  | { kind: 'noGroups' };

export function draftProblems(groups: DraftGroup[]): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (groups.length === 0) problems.push({ kind: 'noGroups' });
  for (const group of groups) {
    if (!group.title.trim()) problems.push({ kind: 'emptyGroupTitle', groupCode: group.code });
    if (group.items.length === 0) problems.push({ kind: 'emptyGroup', groupCode: group.code });
    for (const item of group.items) {
      if (!item.text.trim()) problems.push({ kind: 'emptyItemText', itemCode: item.code });
      const points = parseNumber(item.points);
      const isNumber = item.answerType === 'NUMBER';
      const min = isNumber ? parseNumber(item.minValue) : null;
      const max = isNumber ? parseNumber(item.maxValue) : null;
      if (points == null || Number.isNaN(points) || points < 0 || Number.isNaN(min) || Number.isNaN(max)) {
        problems.push({ kind: 'badNumber', itemCode: item.code });
      } else if (min != null && max != null && min > max) {
        problems.push({ kind: 'minAboveMax', itemCode: item.code });
      }
    }
  }
  return problems;
}

const blankToNull = (text: string) => (text.trim() ? text.trim() : null);

/** The content for saveChecklistDraft; call only when draftProblems() is empty. */
export function draftToInput(groups: DraftGroup[]): ChecklistGroupInput[] {
  return groups.map((group) => ({
    code: group.code.trim(),
    title: group.title.trim(),
    items: group.items.map((item) => {
      const isNumber = item.answerType === 'NUMBER';
      return {
        code: item.code.trim(),
        text: item.text.trim(),
        guidance: blankToNull(item.guidance),
        legalBasis: blankToNull(item.legalBasis),
        answerType: item.answerType,
        minValue: isNumber ? parseNumber(item.minValue) : null,
        maxValue: isNumber ? parseNumber(item.maxValue) : null,
        points: parseNumber(item.points) ?? 0,
        photoRequiredOnFail: item.answerType === 'PASS_FAIL' && item.photoRequiredOnFail,
        required: item.required,
      };
    }),
  }));
}
