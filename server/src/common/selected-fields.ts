import { type FieldNode, type FragmentDefinitionNode, Kind, type SelectionSetNode } from 'graphql';

/** What a resolver's `info` offers (graphql-js and graphql-jit alike) to see what the client asked of its result. */
export interface SelectionInfo {
  fieldNodes: readonly FieldNode[];
  fragments: Record<string, FragmentDefinitionNode>;
}

/**
 * The names of the fields the client selected on a resolver's result, through fragments and inline
 * fragments, so that a list can read only the columns it will answer with. `@skip` and `@include` are
 * ignored: a field they may drop is still read.
 */
export function selectedFields(info: SelectionInfo): Set<string> {
  return fieldNames(info, info.fieldNodes);
}

/** The names selected under the field `name` of a resolver's result (`progress { answered }` gives answered). */
export function selectedSubfields(info: SelectionInfo, name: string): Set<string> {
  const nodes: FieldNode[] = [];
  eachSelectedField(info, info.fieldNodes, (field) => {
    if (field.name.value === name) nodes.push(field);
  });
  return fieldNames(info, nodes);
}

/** What the client asked under the field `name` of a result, to read as a resolver's own (a page's `items`). */
export function subSelection(info: SelectionInfo, name: string): SelectionInfo {
  const nodes: FieldNode[] = [];
  eachSelectedField(info, info.fieldNodes, (field) => {
    if (field.name.value === name) nodes.push(field);
  });
  return { fieldNodes: nodes, fragments: info.fragments };
}

function fieldNames(info: SelectionInfo, nodes: readonly FieldNode[]): Set<string> {
  const names = new Set<string>();
  eachSelectedField(info, nodes, (field) => names.add(field.name.value));
  return names;
}

/** Calls `visit` with each field selected directly under `nodes`, through fragments and inline fragments. */
function eachSelectedField(info: SelectionInfo, nodes: readonly FieldNode[], visit: (field: FieldNode) => void): void {
  const seenFragments = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) visit(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (!seenFragments.has(selection.name.value)) {
        seenFragments.add(selection.name.value);
        walk(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of nodes) walk(node.selectionSet);
}
