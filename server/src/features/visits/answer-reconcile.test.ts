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
const OP_C = '00000000-0000-4000-8000-00000000000c';

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
  base: { version: 3, operationId: null },
  editedAt: T2,
  operationId: OP_B,
  userId: 'binh',
  ...over,
});

describe('reconcileAnswer', () => {
  it.each<[string, StoredAnswer | null, IncomingAnswer, Reconciled]>([
    [
      'first answer of the item',
      null,
      incoming({ base: { version: null, operationId: null } }),
      { decision: 'APPLY', conflict: false },
    ],
    [
      'the phone saw the current version',
      stored(),
      incoming({ base: { version: 3, operationId: null } }),
      { decision: 'APPLY', conflict: false },
    ],
    ['no check asked (online write)', stored(), incoming({ base: undefined }), { decision: 'APPLY', conflict: false }],
    [
      'saw the current version even if edited earlier on its clock',
      stored({ editedAt: T2 }),
      incoming({ base: { version: 3, operationId: null }, editedAt: T1 }),
      { decision: 'APPLY', conflict: false },
    ],
    [
      'concurrent, same value: merged',
      stored({ value: FAIL }),
      incoming({ base: { version: null, operationId: null } }),
      { decision: 'MERGE', conflict: false },
    ],
    [
      'concurrent, other inspector, incoming later: applies, conflict kept',
      stored(),
      incoming({ base: { version: null, operationId: null }, editedAt: T2 }),
      { decision: 'APPLY', conflict: true },
    ],
    [
      'concurrent, other inspector, incoming earlier: server keeps its value, conflict kept',
      stored({ editedAt: T2 }),
      incoming({ base: { version: 1, operationId: null }, editedAt: T1 }),
      { decision: 'KEEP', conflict: true },
    ],
    [
      'concurrent, same inspector on another phone, later: applies without a conflict',
      stored({ userId: 'binh' }),
      incoming({ base: { version: 2, operationId: null }, editedAt: T2 }),
      { decision: 'APPLY', conflict: false },
    ],
    [
      'concurrent, same inspector, a stale earlier edit: kept out, no conflict',
      stored({ userId: 'binh', editedAt: T2 }),
      incoming({ base: { version: 2, operationId: null }, editedAt: T1 }),
      { decision: 'KEEP', conflict: false },
    ],
    [
      'same phone time: the higher operation id wins (incoming B > A)',
      stored({ editedAt: T1, operationId: OP_A }),
      incoming({ base: { version: null, operationId: null }, editedAt: T1, operationId: OP_B }),
      { decision: 'APPLY', conflict: true },
    ],
    [
      'same phone time: the higher operation id wins (stored B > A)',
      stored({ editedAt: T1, operationId: OP_B }),
      incoming({ base: { version: null, operationId: null }, editedAt: T1, operationId: OP_A }),
      { decision: 'KEEP', conflict: true },
    ],
    [
      'an old answer without operation id loses a tie',
      stored({ editedAt: T1, operationId: null }),
      incoming({ base: { version: null, operationId: null }, editedAt: T1 }),
      { decision: 'APPLY', conflict: true },
    ],
    [
      "on top of the phone's own previous write (not yet seen back from the server)",
      stored({ userId: 'binh', operationId: OP_A, editedAt: T2 }),
      incoming({ base: { version: null, operationId: OP_A }, editedAt: T1, operationId: OP_B }),
      { decision: 'APPLY', conflict: false },
    ],
    [
      'its previous write was replaced by another person meanwhile: concurrent',
      stored({ operationId: OP_B, editedAt: T1 }),
      incoming({ base: { version: null, operationId: OP_A }, editedAt: T2, operationId: OP_C }),
      { decision: 'APPLY', conflict: true },
    ],
    [
      'only the note differs: still a conflict',
      stored({ value: { ...FAIL, note: 'khác' } }),
      incoming({ base: { version: 1, operationId: null } }),
      { decision: 'APPLY', conflict: true },
    ],
  ])('%s', (_name, current, write, expected) => {
    expect(reconcileAnswer(current, write)).toEqual(expected);
  });

  it('gives the same final value whichever phone syncs first', () => {
    const a = incoming({
      value: PASS,
      base: { version: null, operationId: null },
      editedAt: T1,
      operationId: OP_A,
      userId: 'an',
    });
    const b = incoming({
      value: FAIL,
      base: { version: null, operationId: null },
      editedAt: T2,
      operationId: OP_B,
      userId: 'binh',
    });
    const finalValue = (first: IncomingAnswer, second: IncomingAnswer) => {
      const afterFirst: StoredAnswer = { ...first, version: 1 };
      return reconcileAnswer(afterFirst, second).decision === 'APPLY' ? second.value : first.value;
    };
    expect(finalValue(a, b)).toEqual(FAIL);
    expect(finalValue(b, a)).toEqual(FAIL);
  });
});
