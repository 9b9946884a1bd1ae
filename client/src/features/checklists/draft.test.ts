import { describe, expect, it } from 'vitest';
import {
  addGroup,
  addItem,
  type DraftGroup,
  type DraftItem,
  draftProblems,
  draftToInput,
  moveItem,
  nextItemCode,
  removeItem,
  updateItem,
} from './draft';

function item(code: string, patch: Partial<DraftItem> = {}): DraftItem {
  return {
    key: code,
    code,
    text: `Tiêu chí ${code}`,
    guidance: '',
    legalBasis: '',
    answerType: 'PASS_FAIL',
    minValue: '',
    maxValue: '',
    points: '1',
    photoRequiredOnFail: false,
    required: true,
    ...patch,
  };
}

const group = (code: string, items: DraftItem[], title = `Nhóm ${code}`): DraftGroup => ({
  key: `g${code}`,
  code,
  title,
  items,
});

describe('nextItemCode', () => {
  it.each([
    [[], '1.1'],
    [['1.1', '1.2'], '1.3'],
    [['1.1', '1.7'], '1.8'],
    [['X', '1.2'], '1.3'],
  ])('codes %j → %s', (codes, expected) => {
    expect(
      nextItemCode(
        group(
          '1',
          codes.map((code) => item(code)),
        ),
      ),
    ).toBe(expected);
  });
});

describe('editing', () => {
  const start = [group('1', [item('1.1'), item('1.2'), item('1.3')])];
  const codes = (groups: DraftGroup[]) => groups[0].items.map((i) => i.code);

  it.each([
    ['moves up', moveItem(start, 'g1', '1.2', -1), ['1.2', '1.1', '1.3']],
    ['moves down', moveItem(start, 'g1', '1.2', 1), ['1.1', '1.3', '1.2']],
    ['ignores a move past the top', moveItem(start, 'g1', '1.1', -1), ['1.1', '1.2', '1.3']],
    ['ignores a move past the end', moveItem(start, 'g1', '1.3', 1), ['1.1', '1.2', '1.3']],
    ['removes', removeItem(start, 'g1', '1.2'), ['1.1', '1.3']],
    ['adds with the next code', addItem(start, 'g1'), ['1.1', '1.2', '1.3', '1.4']],
  ])('%s', (_name, result, expected) => {
    expect(codes(result)).toEqual(expected);
  });

  it('does not change the input', () => {
    moveItem(start, 'g1', '1.2', 1);
    expect(codes(start)).toEqual(['1.1', '1.2', '1.3']);
  });

  it('adds a group with the next number', () => {
    expect(addGroup(start).map((g) => g.code)).toEqual(['1', '2']);
  });

  it('updates one item', () => {
    const result = updateItem(start, 'g1', '1.2', { text: 'Đeo thẻ' });
    expect(result[0].items.map((i) => i.text)).toEqual(['Tiêu chí 1.1', 'Đeo thẻ', 'Tiêu chí 1.3']);
  });
});

describe('draftProblems', () => {
  it.each([
    ['no groups', [], ['noGroups']],
    ['valid', [group('1', [item('1.1')])], []],
    ['empty group title', [group('1', [item('1.1')], ' ')], ['emptyGroupTitle']],
    ['group without items', [group('1', [])], ['emptyGroup']],
    ['empty text', [group('1', [item('1.1', { text: '' })])], ['emptyItemText']],
    ['bad points', [group('1', [item('1.1', { points: 'abc' })])], ['badNumber']],
    ['missing points', [group('1', [item('1.1', { points: '' })])], ['badNumber']],
    [
      'min above max',
      [group('1', [item('1.1', { answerType: 'NUMBER', minValue: '10', maxValue: '2,5' })])],
      ['minAboveMax'],
    ],
    ['min/max ignored for pass/fail', [group('1', [item('1.1', { minValue: 'x' })])], []],
  ])('%s', (_name, groups, kinds) => {
    expect(draftProblems(groups as DraftGroup[]).map((p) => p.kind)).toEqual(kinds);
  });
});

describe('draftToInput', () => {
  it('turns text into numbers and blanks into null', () => {
    const [out] = draftToInput([
      group('1', [
        item('1.1', { answerType: 'NUMBER', minValue: '0', maxValue: '2,5', points: '1,5', photoRequiredOnFail: true }),
        item('1.2', { guidance: '  ', legalBasis: ' QĐ 30 ', photoRequiredOnFail: true }),
      ]),
    ]);
    expect(out.items[0]).toMatchObject({ minValue: 0, maxValue: 2.5, points: 1.5, photoRequiredOnFail: false });
    expect(out.items[1]).toMatchObject({
      guidance: null,
      legalBasis: 'QĐ 30',
      minValue: null,
      photoRequiredOnFail: true,
    });
  });
});
