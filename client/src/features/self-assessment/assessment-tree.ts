/*
 * The criteria of a set as the screens lay them out: each area (lĩnh vực) with the criteria and
 * components below it, in the set's order; and where a scored criterion stands.
 */

export interface TreeCriterion {
  id: string;
  parentId?: string | null;
  position: number;
}

export interface AreaNode<C> {
  area: C;
  /** Everything below the area, in the set's order, each with its depth (1: tiêu chí, 2: thành phần). */
  items: { criterion: C; depth: number }[];
}

/** The areas in order, each with its criteria and components. */
export function areasOf<C extends TreeCriterion>(criteria: readonly C[]): AreaNode<C>[] {
  const ordered = [...criteria].sort((a, b) => a.position - b.position);
  const children = new Map<string | null, C[]>();
  for (const c of ordered) {
    const key = c.parentId ?? null;
    children.set(key, [...(children.get(key) ?? []), c]);
  }
  const below = (id: string, depth: number): { criterion: C; depth: number }[] =>
    (children.get(id) ?? []).flatMap((c) => [{ criterion: c, depth }, ...below(c.id, depth + 1)]);
  return (children.get(null) ?? []).map((area) => ({ area, items: below(area.id, 1) }));
}

export type LeafState = 'UNSCORED' | 'SCORED' | 'NOT_APPLICABLE' | 'NEEDS_REVIEW';

/** Where a scored criterion stands: flagged after a re-issue first, then not applicable, scored or not. */
export function leafState(
  score: { points?: number | null; notApplicable: boolean; needsReview: boolean } | undefined,
): LeafState {
  if (!score) return 'UNSCORED';
  if (score.needsReview) return 'NEEDS_REVIEW';
  if (score.notApplicable) return 'NOT_APPLICABLE';
  return score.points == null ? 'UNSCORED' : 'SCORED';
}

/** The id an element of a criterion has on the screen, for the list of what is missing to link to. */
export const criterionAnchor = (code: string) => `tieu-chi-${code.replace(/[^0-9A-Za-z]+/g, '-')}`;

const SHOW_CRITERION = 'kycuong:show-criterion';

/** Asks the criteria tree to open the criterion's area and bring it into view. */
export function showCriterion(code: string): void {
  window.dispatchEvent(new CustomEvent<string>(SHOW_CRITERION, { detail: code }));
}

/** Listens for `showCriterion`; returns the way to stop. */
export function onShowCriterion(listener: (code: string) => void): () => void {
  const handle = (event: Event) => listener(String((event as CustomEvent<string>).detail));
  window.addEventListener(SHOW_CRITERION, handle);
  return () => window.removeEventListener(SHOW_CRITERION, handle);
}
