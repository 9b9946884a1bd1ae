import { describe, expect, it } from 'vitest';
import { ancestorNames, buildUnitTree, expandableIds, subtreeIds, type TreeUnit, type UnitTreeNode } from './unit-tree';

const units: TreeUnit[] = [
  { id: 'snn', parentId: null, name: 'Sở Nông nghiệp' },
  { id: 'vp', parentId: 'snn', name: 'Văn phòng Sở' },
  { id: 'cckl', parentId: 'snn', name: 'Chi cục Kiểm lâm' },
  { id: 'hkl-cl', parentId: 'cckl', name: 'Hạt Kiểm lâm Chi Lăng' },
  { id: 'hkl-bg', parentId: 'cckl', name: 'Hạt Kiểm lâm Bắc Sơn' },
  { id: 'tt', parentId: 'snn', name: 'Thanh tra Sở' },
];

/** A compact picture of the tree: `name` or `name*` for a match, children in brackets. */
function outline(nodes: UnitTreeNode<TreeUnit>[]): string[] {
  return nodes.map((node) => {
    const label = `${node.unit.id}${node.matched ? '*' : ''}`;
    return node.children.length ? `${label}[${outline(node.children).join(',')}]` : label;
  });
}

describe('buildUnitTree', () => {
  it.each<{ name: string; units: TreeUnit[]; matched: string[] | null; expected: string[] }>([
    {
      name: 'the whole tree, siblings by Vietnamese name',
      units,
      matched: null,
      expected: ['snn*[cckl*[hkl-bg*,hkl-cl*],tt*,vp*]'],
    },
    {
      name: 'a deep match keeps its ancestor path only',
      units,
      matched: ['hkl-cl'],
      expected: ['snn[cckl[hkl-cl*]]'],
    },
    {
      name: 'a match and its matched parent',
      units,
      matched: ['cckl', 'hkl-bg', 'hkl-cl'],
      expected: ['snn[cckl*[hkl-bg*,hkl-cl*]]'],
    },
    {
      name: 'matches in two branches',
      units,
      matched: ['vp', 'hkl-bg'],
      expected: ['snn[cckl[hkl-bg*],vp*]'],
    },
    { name: 'no match', units, matched: [], expected: [] },
    {
      name: 'an unknown matched id is ignored',
      units,
      matched: ['missing', 'tt'],
      expected: ['snn[tt*]'],
    },
    {
      name: 'a unit whose parent is not listed becomes a root',
      units: [
        { id: 'a', parentId: 'gone', name: 'A' },
        { id: 'b', parentId: 'a', name: 'B' },
      ],
      matched: null,
      expected: ['a*[b*]'],
    },
    {
      name: 'a cycle in the data does not hang',
      units: [
        { id: 'x', parentId: 'y', name: 'X' },
        { id: 'y', parentId: 'x', name: 'Y' },
      ],
      matched: ['x'],
      expected: [],
    },
    { name: 'an empty list', units: [], matched: null, expected: [] },
  ])('$name', ({ units: list, matched, expected }) => {
    expect(outline(buildUnitTree(list, matched ? new Set(matched) : null))).toEqual(expected);
  });

  it('gives each node its depth', () => {
    const [root] = buildUnitTree(units);
    expect(root.depth).toBe(0);
    expect(root.children[0].depth).toBe(1);
    expect(root.children[0].children[0].depth).toBe(2);
  });
});

describe('subtreeIds', () => {
  it.each([
    ['cckl', ['cckl', 'hkl-bg', 'hkl-cl']],
    ['vp', ['vp']],
    ['snn', ['cckl', 'hkl-bg', 'hkl-cl', 'snn', 'tt', 'vp']],
  ])('%s', (id, expected) => {
    expect([...subtreeIds(units, id)].sort()).toEqual(expected);
  });
});

describe('ancestorNames', () => {
  it.each([
    ['hkl-cl', ['Sở Nông nghiệp', 'Chi cục Kiểm lâm']],
    ['snn', []],
    ['missing', []],
  ])('%s', (id, expected) => {
    expect(ancestorNames(units, id)).toEqual(expected);
  });
});

describe('expandableIds', () => {
  it('lists the units that have children', () => {
    expect(expandableIds(buildUnitTree(units))).toEqual(['snn', 'cckl']);
  });
});
