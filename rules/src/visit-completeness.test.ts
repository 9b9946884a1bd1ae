import { describe, expect, it } from 'vitest';
import {
  type AnswerValue,
  answerProblem,
  type ItemRule,
  type VisitForSubmit,
  visitProblems,
} from './visit-completeness.js';

const item = (id: string, change: Partial<ItemRule> = {}): ItemRule => ({
  id,
  code: id.toUpperCase(),
  answerType: 'PASS_FAIL',
  required: true,
  photoRequiredOnFail: false,
  minValue: null,
  maxValue: null,
  ...change,
});
const pass: AnswerValue = { passFail: 'PASS', numberValue: null, textValue: null };
const fail: AnswerValue = { passFail: 'FAIL', numberValue: null, textValue: null };

const complete = (change: Partial<VisitForSubmit> = {}): VisitForSubmit => ({
  items: [item('a'), item('b')],
  answers: new Map([
    ['a', pass],
    ['b', pass],
  ]),
  itemsWithPhoto: new Set(),
  // Every failed item's finding says what was found, unless a case says otherwise.
  itemsWithFoundText: new Set(['a', 'b']),
  hasTeamLeadSignature: true,
  hasUnitSignature: true,
  conclusion: 'Đơn vị chấp hành tốt.',
  attendeeCount: 2,
  ...change,
});

describe('visitProblems', () => {
  it.each([
    { name: 'complete visit', visit: complete(), want: [] },
    {
      name: 'required item unanswered',
      visit: complete({ answers: new Map([['a', pass]]) }),
      want: [['ANSWER_MISSING', 'B', 'Tiêu chí B chưa có kết quả.']],
    },
    {
      name: 'optional item unanswered is fine',
      visit: complete({ items: [item('a'), item('b', { required: false })], answers: new Map([['a', pass]]) }),
      want: [],
    },
    {
      name: 'blank text does not count as an answer',
      visit: complete({
        items: [item('a', { answerType: 'TEXT' })],
        answers: new Map([['a', { passFail: null, numberValue: null, textValue: '   ' }]]),
      }),
      want: [['ANSWER_MISSING', 'A', 'Tiêu chí A chưa có kết quả.']],
    },
    {
      name: 'number 0 counts as an answer',
      visit: complete({
        items: [item('a', { answerType: 'NUMBER' })],
        answers: new Map([['a', { passFail: null, numberValue: 0, textValue: null }]]),
      }),
      want: [],
    },
    {
      name: 'failed item without the photo it requires',
      visit: complete({
        items: [item('a', { photoRequiredOnFail: true }), item('b')],
        answers: new Map([
          ['a', fail],
          ['b', pass],
        ]),
      }),
      want: [['PHOTO_MISSING', 'A', 'Tiêu chí A không đạt nên cần ảnh minh chứng.']],
    },
    {
      name: 'failed item with its photo',
      visit: complete({
        items: [item('a', { photoRequiredOnFail: true })],
        answers: new Map([['a', fail]]),
        itemsWithPhoto: new Set(['a']),
      }),
      want: [],
    },
    {
      name: 'failed item whose finding does not say what was found',
      visit: complete({
        answers: new Map([
          ['a', fail],
          ['b', fail],
        ]),
        itemsWithFoundText: new Set(['b']),
      }),
      want: [['FOUND_TEXT_MISSING', 'A', 'Tiêu chí A không đạt nên cần ghi thực trạng phát hiện.']],
    },
    {
      name: 'what was found is asked of a failed item only',
      visit: complete({ itemsWithFoundText: new Set() }),
      want: [],
    },
    {
      name: 'nothing of the minutes: attendees, conclusion, both signatures',
      visit: complete({ hasTeamLeadSignature: false, hasUnitSignature: false, conclusion: '  ', attendeeCount: 0 }),
      want: [
        ['ATTENDEES_MISSING', null, 'Chưa ghi thành phần tham dự.'],
        ['CONCLUSION_MISSING', null, 'Chưa ghi kết luận.'],
        ['SIGNATURE_MISSING', 'TEAM_LEAD', 'Thiếu chữ ký của trưởng đoàn.'],
        ['SIGNATURE_MISSING', 'UNIT_REPRESENTATIVE', 'Thiếu chữ ký của đại diện đơn vị.'],
      ],
    },
  ])('$name', ({ visit, want }) => {
    expect(visitProblems(visit).map((p) => [p.code, p.itemCode, p.message])).toEqual(want);
  });
});

describe('answerProblem', () => {
  const number = item('n', { answerType: 'NUMBER', minValue: 0, maxValue: 10 });
  it.each([
    {
      name: 'empty answer',
      rule: item('a'),
      answer: { passFail: null, numberValue: null, textValue: null },
      want: null,
    },
    {
      name: 'two kinds at once',
      rule: item('a'),
      answer: { ...pass, textValue: 'x' },
      want: 'Tiêu chí A: chỉ ghi một loại kết quả.',
    },
    {
      name: 'text on a pass/fail item',
      rule: item('a'),
      answer: { passFail: null, numberValue: null, textValue: 'x' },
      want: 'Tiêu chí A cần chọn Đạt, Không đạt hoặc Không áp dụng.',
    },
    { name: 'number in range', rule: number, answer: { passFail: null, numberValue: 10, textValue: null }, want: null },
    {
      name: 'number below the minimum',
      rule: number,
      answer: { passFail: null, numberValue: -1, textValue: null },
      want: 'Tiêu chí N: giá trị phải từ 0 trở lên.',
    },
    {
      name: 'number above the maximum',
      rule: number,
      answer: { passFail: null, numberValue: 11, textValue: null },
      want: 'Tiêu chí N: giá trị không được quá 10.',
    },
  ] satisfies { name: string; rule: ItemRule; answer: AnswerValue; want: string | null }[])(
    '$name',
    ({ rule, answer, want }) => {
      expect(answerProblem(rule, answer)).toBe(want);
    },
  );
});
