/** The fields the tree needs; the screen passes full units and gets them back in `node.unit`. */
export interface TreeUnit {
  id: string;
  parentId?: string | null;
  name: string;
}

export interface UnitTreeNode<U extends TreeUnit> {
  unit: U;
  depth: number;
  /** The unit itself matched the search (always true without a search). */
  matched: boolean;
  children: UnitTreeNode<U>[];
}

const byName = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/**
 * Builds the unit tree from the flat list. With `matchedIds`, keeps only the matches and the
 * path from the root down to each, so a match is always seen in its place. Units whose parent is
 * not in the list (e.g. an inactive parent that was filtered out) become roots.
 */
export function buildUnitTree<U extends TreeUnit>(
  units: readonly U[],
  matchedIds: ReadonlySet<string> | null = null,
): UnitTreeNode<U>[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  let kept: Set<string>;
  if (matchedIds) {
    kept = new Set();
    for (const id of matchedIds) {
      const seen = new Set<string>();
      let current = byId.get(id);
      // `seen` guards against a cycle in bad data; the server refuses cycles, but the tree must not hang.
      while (current && !kept.has(current.id) && !seen.has(current.id)) {
        seen.add(current.id);
        kept.add(current.id);
        current = current.parentId ? byId.get(current.parentId) : undefined;
      }
    }
  } else {
    kept = new Set(byId.keys());
  }

  const childrenOf = new Map<string | null, U[]>();
  for (const unit of units) {
    if (!kept.has(unit.id)) continue;
    const parentKey = unit.parentId && kept.has(unit.parentId) ? unit.parentId : null;
    const siblings = childrenOf.get(parentKey) ?? [];
    siblings.push(unit);
    childrenOf.set(parentKey, siblings);
  }

  const visited = new Set<string>();
  const build = (parentKey: string | null, depth: number): UnitTreeNode<U>[] =>
    (childrenOf.get(parentKey) ?? [])
      .filter((unit) => !visited.has(unit.id))
      .sort((a, b) => byName.compare(a.name, b.name))
      .map((unit) => {
        visited.add(unit.id);
        return {
          unit,
          depth,
          matched: matchedIds ? matchedIds.has(unit.id) : true,
          children: build(unit.id, depth + 1),
        };
      });
  return build(null, 0);
}

/** Ids of the unit and everything under it: a unit cannot be moved into any of them. */
export function subtreeIds(units: readonly TreeUnit[], rootId: string): Set<string> {
  const childrenOf = new Map<string, string[]>();
  for (const unit of units) {
    if (!unit.parentId) continue;
    const siblings = childrenOf.get(unit.parentId) ?? [];
    siblings.push(unit.id);
    childrenOf.set(unit.parentId, siblings);
  }
  const result = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (result.has(id)) continue;
    result.add(id);
    stack.push(...(childrenOf.get(id) ?? []));
  }
  return result;
}

/** Names from the root down to the unit's parent, e.g. for a breadcrumb. */
export function ancestorNames(units: readonly TreeUnit[], id: string): string[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const names: string[] = [];
  const seen = new Set<string>([id]);
  let parentId = byId.get(id)?.parentId;
  while (parentId && !seen.has(parentId)) {
    seen.add(parentId);
    const parent = byId.get(parentId);
    if (!parent) break;
    names.unshift(parent.name);
    parentId = parent.parentId;
  }
  return names;
}

/** Every id in the tree that has children: what "expand all" opens. */
export function expandableIds<U extends TreeUnit>(nodes: readonly UnitTreeNode<U>[]): string[] {
  return nodes.flatMap((node) => (node.children.length > 0 ? [node.unit.id, ...expandableIds(node.children)] : []));
}
