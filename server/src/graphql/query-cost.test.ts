import { type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE } from '../common/paging.js';
import { ASSUMED_LIST_SIZES, DEFAULT_LIST_SIZE, operationCost } from './query-cost.js';
import { buildAppSchema } from './schema.js';

let schema: Awaited<ReturnType<typeof buildAppSchema>>;
beforeAll(async () => {
  schema = await buildAppSchema();
});

function cost(source: string): number {
  const document = parse(source);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  return operationCost(schema, operation, fragments);
}

const VISITS = ASSUMED_LIST_SIZES['Query.visits'] ?? 0;
const ANSWERS = ASSUMED_LIST_SIZES['Visit.answers'] ?? 0;

describe('operationCost', () => {
  it.each([
    ['one object, two scalars', '{ me { id username } }', 3],
    ['__typename is free', '{ me { id __typename } }', 2],
    ['an unpaged list: its assumed size per item', '{ visits { id status } }', VISITS * 3],
    ['a paged list: its page size', '{ visits(first: 10) { id status } }', 10 * 3],
    ['a page size over the maximum counts as the maximum', '{ visits(first: 100000) { id } }', MAX_PAGE_SIZE * 2],
    [
      'a page size in a variable counts as the maximum',
      'query ($n: Int) { visits(first: $n) { id } }',
      MAX_PAGE_SIZE * 2,
    ],
    ['a nested list multiplies', '{ visits { answers { itemId } } }', VISITS * (1 + ANSWERS * 2)],
    ['a list nobody sized: the default', '{ me { id } inspectionTeams(year: 2021) { id } }', 2 + DEFAULT_LIST_SIZE * 2],
    ['aliases count each time', '{ a: visits(first: 10) { id } b: visits(first: 10) { id } }', 2 * 10 * 2],
    [
      'a fragment spread twice counts twice',
      '{ visits(first: 10) { ...V ...V } } fragment V on Visit { id status }',
      10 * (1 + 2 * 2),
    ],
    ['an inline fragment counts its fields', '{ me { ... on User { id } } }', 2],
    [
      'a page type: its items count as its page size',
      '{ visitPage(first: 10) { total items { id } } }',
      1 + 1 + 10 * 2,
    ],
    [
      "a page type's items through a fragment",
      'query ($n: Int) { visitPage(first: $n) { ...P } } fragment P on VisitPage { items { id } }',
      1 + MAX_PAGE_SIZE * 2,
    ],
  ])('%s', (_label, source, expected) => {
    expect(cost(source)).toBe(expected);
  });

  it('a fragment inside itself does not loop (graphql-js refuses the cycle)', () => {
    expect(cost('{ me { ...U } } fragment U on User { id ...U }')).toBe(2);
  });
});
