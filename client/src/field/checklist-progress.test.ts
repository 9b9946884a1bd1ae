import { describe, expect, it } from 'vitest';
import { groupProgress, isItemAnswered, type ProgressItem, progressPercent } from './checklist-progress';

const passFail: ProgressItem = { id: 'a', answerType: 'PASS_FAIL' };
const number: ProgressItem = { id: 'b', answerType: 'NUMBER' };
const text: ProgressItem = { id: 'c', answerType: 'TEXT' };

describe('isItemAnswered', () => {
  it.each([
    { name: 'no answer', item: passFail, answer: undefined, want: false },
    { name: 'pass', item: passFail, answer: { itemId: 'a', passFail: 'PASS' }, want: true },
    { name: 'not applicable counts', item: passFail, answer: { itemId: 'a', passFail: 'NOT_APPLICABLE' }, want: true },
    { name: 'note only', item: passFail, answer: { itemId: 'a', passFail: null }, want: false },
    { name: 'number zero counts', item: number, answer: { itemId: 'b', numberValue: 0 }, want: true },
    { name: 'number missing', item: number, answer: { itemId: 'b', numberValue: null }, want: false },
    { name: 'text', item: text, answer: { itemId: 'c', textValue: 'Có sổ' }, want: true },
    { name: 'blank text', item: text, answer: { itemId: 'c', textValue: '   ' }, want: false },
  ])('$name', ({ item, answer, want }) => {
    expect(isItemAnswered(item, answer)).toBe(want);
  });
});

describe('groupProgress', () => {
  it.each([
    { name: 'nothing answered', answers: [], want: { answered: 0, total: 3 } },
    {
      name: 'some answered',
      answers: [
        { itemId: 'a', passFail: 'FAIL' },
        { itemId: 'c', textValue: '' },
      ],
      want: { answered: 1, total: 3 },
    },
    {
      name: 'answers of other groups are ignored',
      answers: [
        { itemId: 'a', passFail: 'PASS' },
        { itemId: 'zz', passFail: 'PASS' },
      ],
      want: { answered: 1, total: 3 },
    },
    {
      name: 'all answered',
      answers: [
        { itemId: 'a', passFail: 'PASS' },
        { itemId: 'b', numberValue: 3 },
        { itemId: 'c', textValue: 'ok' },
      ],
      want: { answered: 3, total: 3 },
    },
  ])('$name', ({ answers, want }) => {
    expect(groupProgress([passFail, number, text], answers)).toEqual(want);
  });
});

describe('progressPercent', () => {
  it.each([
    { progress: { answered: 0, total: 0 }, want: 0 },
    { progress: { answered: 1, total: 3 }, want: 33 },
    { progress: { answered: 2, total: 3 }, want: 67 },
    { progress: { answered: 5, total: 5 }, want: 100 },
    { progress: { answered: 6, total: 5 }, want: 100 },
  ])('$progress.answered/$progress.total → $want', ({ progress, want }) => {
    expect(progressPercent(progress)).toBe(want);
  });
});
