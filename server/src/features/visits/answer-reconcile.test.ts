import { describe, expect, it } from 'vitest';
import {
  type AnswerValue,
  type IncomingAnswer,
  type Reconciled,
  reconcileAnswer,
  type StoredAnswer,
} from './answer-reconcile.js';

const PASS: AnswerValue = { passFail: 'PASS', numberValue: null, textValue: null, note: null };
const FAIL: AnswerValue = { passFail: 'FAIL', numberValue: null, textValue: null, note: 'Không niêm yết' };
const T1 = new Date('2026-11-20T08:00:00Z');
const T2 = new Date('2026-11-20T09:00:00Z');
const OP_A = '00000000-0000-4000-8000-00000000000a';
const OP_B = '00000000-0000-4000-8000-00000000000b';

const stored = (over: Partial<StoredAnswer> = {}): StoredAnswer => ({
  value: PASS,
  version: 3,
  editedAt: T1,
  operationId: OP_A,
  userId: 'an',
  ...over,
});
const incoming = (over: Partial<IncomingAnswer> = {}): IncomingAnswer => ({
  value: FAIL,
  baseVersion: 3,
  editedAt: T2,
  operationId: OP_B,
  userId: 'binh',
  ...over,
});

describe('reconcileAnswer', () => {
  it.each<[string, StoredAnswer | null, IncomingAnswer, Reconciled]>([
    ['first answer of the item', null, incoming({ baseVersion: null }), { decision: 'APPLY', conflict: false }],
    [
      'the phone saw the current version',
      stored(),
      incoming({ baseVersion: 3 }),
      { decision: 'APPLY', conflict: false },
    ],
    [
      'no check asked (online write)',
      stored(),
      incoming({ baseVersion: undefined }),
      { decision: 'APPLY', conflict: false },
    ],
    [
      'saw the current version even if edited earlier on its clock',
      stored({ editedAt: T2 }),
      incoming({ baseVersion: 3, editedAt: T1 }),
      { decision: 'APPLY', conflict: false },
    ],
    [
      'concurrent, same value: nothing to do',
      stored({ value: FAIL }),
      incoming({ baseVersion: null }),
      { decision: 'SAME', conflict: false },
    ],
    [
      'concurrent, other inspector, incoming later: applies, conflict kept',
      stored(),
      incoming({ baseVersion: null, editedAt: T2 }),
      { decision: 'APPLY', conflict: true },
    ],
    [
      'concurrent, other inspector, incoming earlier: server keeps its value, conflict kept',
      stored({ editedAt: T2 }),
      incoming({ baseVersion: 1, editedAt: T1 }),
      { decision: 'KEEP', conflict: true },
    ],
    [
      'concurrent, same inspector on another phone, later: applies without a conflict',
      stored({ userId: 'binh' }),
      incoming({ baseVersion: 2, editedAt: T2 }),
      { decision: 'APPLY', conflict: false },
    ],
    [
      'concurrent, same inspector, a stale earlier edit: kept out, no conflict',
      stored({ userId: 'binh', editedAt: T2 }),
      incoming({ baseVersion: 2, editedAt: T1 }),
      { decision: 'KEEP', conflict: false },
    ],
    [
      'same phone time: the higher operation id wins (incoming B > A)',
      stored({ editedAt: T1, operationId: OP_A }),
      incoming({ baseVersion: null, editedAt: T1, operationId: OP_B }),
      { decision: 'APPLY', conflict: true },
    ],
    [
      'same phone time: the higher operation id wins (stored B > A)',
      stored({ editedAt: T1, operationId: OP_B }),
      incoming({ baseVersion: null, editedAt: T1, operationId: OP_A }),
      { decision: 'KEEP', conflict: true },
    ],
    [
      'an old answer without operation id loses a tie',
      stored({ editedAt: T1, operationId: null }),
      incoming({ baseVersion: null, editedAt: T1 }),
      { decision: 'APPLY', conflict: true },
    ],
    [
      'only the note differs: still a conflict',
      stored({ value: { ...FAIL, note: 'khác' } }),
      incoming({ baseVersion: 1 }),
      { decision: 'APPLY', conflict: true },
    ],
  ])('%s', (_name, current, write, expected) => {
    expect(reconcileAnswer(current, write)).toEqual(expected);
  });

  it('gives the same final value whichever phone syncs first', () => {
    const a = incoming({ value: PASS, baseVersion: null, editedAt: T1, operationId: OP_A, userId: 'an' });
    const b = incoming({ value: FAIL, baseVersion: null, editedAt: T2, operationId: OP_B, userId: 'binh' });
    const finalValue = (first: IncomingAnswer, second: IncomingAnswer) => {
      const afterFirst: StoredAnswer = { ...first, version: 1 };
      return reconcileAnswer(afterFirst, second).decision === 'APPLY' ? second.value : first.value;
    };
    expect(finalValue(a, b)).toEqual(FAIL);
    expect(finalValue(b, a)).toEqual(FAIL);
  });
});
