import { describe, expect, it } from 'vitest';
import { changesSinceReturn, type TrailEntry } from './changes-since-return.js';

const visit = (action: string, after: Record<string, unknown> = {}): TrailEntry => ({
  entityType: 'Visit',
  action,
  before: null,
  after,
});
const answer = (label: string, from: string | null, to: string, action = 'UPDATE'): TrailEntry => ({
  entityType: 'VisitAnswer',
  action,
  before: from ? { passFail: from } : null,
  after: { itemCode: label.split(' ')[0], passFail: to },
  itemLabel: label,
});
const photo = (action: 'ATTACH' | 'REMOVE', label: string | null): TrailEntry => ({
  entityType: 'Attachment',
  action,
  before: action === 'REMOVE' ? { kind: 'PHOTO', sha256: 'a'.repeat(64) } : null,
  after: action === 'ATTACH' ? { kind: 'PHOTO', sha256: 'b'.repeat(64) } : null,
  itemLabel: label,
});

describe('changesSinceReturn', () => {
  it.each<[string, TrailEntry[], ReturnType<typeof changesSinceReturn>]>([
    ['never returned: nothing', [visit('START'), answer('1.1 A', null, 'PASS', 'CREATE'), visit('SUBMIT')], []],
    ['returned, nothing changed yet', [visit('SUBMIT'), visit('RETURN')], []],
    [
      'an answer changed twice: one row, its result at the return and now',
      [
        answer('1.1 A', null, 'PASS', 'CREATE'),
        visit('RETURN'),
        answer('1.1 A', 'PASS', 'FAIL'),
        answer('1.1 A', 'FAIL', 'NOT_APPLICABLE'),
      ],
      [{ kind: 'ANSWER', itemLabel: '1.1 A', count: 2, fromResult: 'PASS', toResult: 'NOT_APPLICABLE' }],
    ],
    [
      'photos added and removed, attendees, conclusion, findings; steps and replies left out; grouped by item',
      [
        visit('RETURN'),
        photo('ATTACH', '2.1 B'),
        photo('ATTACH', '2.1 B'),
        photo('REMOVE', null),
        visit('SET_ATTENDEES', { attendees: [] }),
        visit('SET_CONCLUSION', { conclusion: 'x' }),
        { entityType: 'Finding', action: 'UPDATE', before: {}, after: {}, itemLabel: null },
        { entityType: 'Finding', action: 'CREATE', before: null, after: {}, itemLabel: null },
        { entityType: 'ReviewReply', action: 'CREATE', before: null, after: { comment: 'Đã bổ sung' } },
        { entityType: 'Attachment', action: 'ATTACH', before: null, after: { kind: 'SIGNATURE_TEAM_LEAD' } },
        visit('SUBMIT'),
      ],
      [
        { kind: 'PHOTO_ADDED', itemLabel: '2.1 B', count: 2, fromResult: null, toResult: null },
        { kind: 'PHOTO_REMOVED', itemLabel: null, count: 1, fromResult: null, toResult: null },
        { kind: 'SIGNATURE', itemLabel: null, count: 1, fromResult: null, toResult: null },
        { kind: 'ATTENDEES', itemLabel: null, count: 1, fromResult: null, toResult: null },
        { kind: 'CONCLUSION', itemLabel: null, count: 1, fromResult: null, toResult: null },
        { kind: 'FINDING_ADDED', itemLabel: null, count: 1, fromResult: null, toResult: null },
        { kind: 'FINDING', itemLabel: null, count: 1, fromResult: null, toResult: null },
      ],
    ],
    [
      'only since the last return',
      [
        visit('RETURN'),
        answer('1.1 A', 'PASS', 'FAIL'),
        visit('SUBMIT'),
        visit('RETURN'),
        answer('1.2 C', 'FAIL', 'PASS'),
      ],
      [{ kind: 'ANSWER', itemLabel: '1.2 C', count: 1, fromResult: 'FAIL', toResult: 'PASS' }],
    ],
    [
      'a confirmation of a concurrent answer is no change',
      [visit('RETURN'), answer('1.1 A', 'PASS', 'PASS', 'CONFIRM_CONCURRENT')],
      [],
    ],
  ])('%s', (_name, trail, expected) => {
    expect(changesSinceReturn(trail)).toEqual(expected);
  });
});

it('an item changed to Không đạt: its answer first, then its photo and the finding made from it', () => {
  const failed = answer('1.1 A', 'PASS', 'FAIL');
  const finding: TrailEntry = {
    entityType: 'Finding',
    action: 'CREATE_FROM_FAILED_ITEM',
    before: null,
    after: {},
    itemLabel: '1.1 A',
  };
  expect(
    changesSinceReturn([
      visit('RETURN'),
      finding,
      failed,
      photo('ATTACH', '1.1 A'),
      answer('2.1 B', 'FAIL', 'PASS'),
    ]).map((r) => [r.itemLabel, r.kind]),
  ).toEqual([
    ['1.1 A', 'ANSWER'],
    ['1.1 A', 'PHOTO_ADDED'],
    ['1.1 A', 'FINDING_ADDED'],
    ['2.1 B', 'ANSWER'],
  ]);
});
