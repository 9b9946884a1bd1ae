import { type FieldNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectedFields, selectedSubfields } from './selected-fields.js';

/** The `info` of the first root field of `source`. */
function infoOf(source: string) {
  const document = parse(source);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const field = operation.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [field], fragments };
}

describe('selectedFields', () => {
  it.each([
    ['plain fields', '{ visits { id status unit { id name } } }', ['id', 'status', 'unit']],
    ['an alias counts by field name', '{ visits { a: id b: conclusion } }', ['id', 'conclusion']],
    [
      'named fragments, nested and repeated',
      '{ visits { ...A ...A } } fragment A on Visit { id ...B } fragment B on Visit { attendees { name } }',
      ['id', 'attendees'],
    ],
    ['inline fragments', '{ visits { ... on Visit { version } __typename } }', ['version', '__typename']],
    [
      'a field skipped by a directive is still read',
      '{ visits { id conclusion @skip(if: true) } }',
      ['id', 'conclusion'],
    ],
    ['nothing selected below a leaf', '{ visits }', []],
  ])('%s', (_label, source, expected) => {
    expect([...selectedFields(infoOf(source))].sort()).toEqual([...expected].sort());
  });
});

describe('selectedSubfields', () => {
  it.each([
    ['one level down', '{ visits { id progress { answered total } } }', ['answered', 'total']],
    [
      'the same field in two fragments',
      '{ visits { progress { total } ...A } } fragment A on Visit { progress { groups { groupId } } }',
      ['total', 'groups'],
    ],
    ['a field not selected', '{ visits { id } }', []],
  ])('%s', (_label, source, expected) => {
    expect([...selectedSubfields(infoOf(source), 'progress')].sort()).toEqual([...expected].sort());
  });
});
