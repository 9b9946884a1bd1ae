/** Progress of the checklist as the phone sees it, so a tap shows at once in the group tabs. */
export interface ProgressItem {
  id: string;
  answerType: 'PASS_FAIL' | 'NUMBER' | 'TEXT';
}

export interface ProgressAnswer {
  itemId: string;
  passFail?: string | null;
  numberValue?: number | null;
  textValue?: string | null;
}

export interface Progress {
  answered: number;
  total: number;
}

/** Same rule as the server: a result is there when the field for the item's answer type is filled. */
export function isItemAnswered(item: ProgressItem, answer: ProgressAnswer | undefined): boolean {
  if (!answer) return false;
  if (item.answerType === 'PASS_FAIL') return answer.passFail != null;
  if (item.answerType === 'NUMBER') return answer.numberValue != null;
  return (answer.textValue ?? '').trim().length > 0;
}

export function groupProgress(items: readonly ProgressItem[], answers: readonly ProgressAnswer[]): Progress {
  const byItem = new Map(answers.map((answer) => [answer.itemId, answer]));
  const answered = items.filter((item) => isItemAnswered(item, byItem.get(item.id))).length;
  return { answered, total: items.length };
}

/** Whole percent for a progress bar; 0 for an empty checklist. */
export function progressPercent({ answered, total }: Progress): number {
  if (total <= 0) return 0;
  return Math.round((Math.min(answered, total) / total) * 100);
}
