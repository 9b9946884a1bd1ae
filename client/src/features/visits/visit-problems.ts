/** What stops a submission, arranged the way the screen shows it: under each checklist group, then the rest. */
export interface Problem {
  code: string;
  itemId?: string | null;
  itemCode?: string | null;
  message: string;
}

export interface ProblemGroup {
  id: string;
  title: string;
  items: readonly { id: string }[];
}

export interface ProblemSection {
  /** The checklist group id, or null for problems of the visit itself (signatures, conclusion...). */
  groupId: string | null;
  title: string | null;
  problems: Problem[];
}

/** Keeps the checklist order; problems on unknown items go with the visit-level ones. */
export function groupProblems(problems: readonly Problem[], groups: readonly ProblemGroup[]): ProblemSection[] {
  const groupOfItem = new Map<string, ProblemGroup>();
  const itemOrder = new Map<string, number>();
  let position = 0;
  for (const group of groups) {
    for (const item of group.items) {
      groupOfItem.set(item.id, group);
      itemOrder.set(item.id, position++);
    }
  }
  const sections = new Map<string | null, ProblemSection>();
  for (const group of groups) sections.set(group.id, { groupId: group.id, title: group.title, problems: [] });
  const general: ProblemSection = { groupId: null, title: null, problems: [] };
  for (const problem of problems) {
    const group = problem.itemId ? groupOfItem.get(problem.itemId) : undefined;
    (group ? sections.get(group.id) : general)?.problems.push(problem);
  }
  const order = (problem: Problem) => (problem.itemId ? (itemOrder.get(problem.itemId) ?? 0) : 0);
  const result = [...sections.values()].filter((section) => section.problems.length > 0);
  for (const section of result) section.problems.sort((a, b) => order(a) - order(b));
  if (general.problems.length > 0) result.push(general);
  return result;
}
