import { describe, expect, it } from 'vitest';
import {
  type AnswerValue,
  type IncomingAnswer,
  mergeConcurring,
  type Reconciled,
  reconcileAnswer,
  type StoredAnswer,
} from './answer-reconcile.js';

const PASS: AnswerValue = { passFail: 'PASS', numberValue: null, textValue: null, note: null };
const FAIL: AnswerValue = { passFail: 'FAIL', numberValue: null, textValue: null, note: 'Không niêm yết' };
const T1 = new Date('2026-11-20T08:00:00Z');
const T2 = new Date('2026-11-20T09:00:00Z');
const T3 = new Date('2026-11-20T10:00:00Z');
const OP_A = '00000000-0000-4000-8000-00000000000a';
const OP_B = '00000000-0000-4000-8000-00000000000b';
const OP_C = '00000000-0000-4000-8000-00000000000c';
const UNSEEN = { version: null, operationId: null };

const stored = (over: Partial<StoredAnswer> = {}): StoredAnswer => ({
  value: PASS,
  version: 3,
  editedAt: T1,
  operationId: OP_A,
  userId: 'an',
  alsoFor: [],
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
const apply = (...overridden: [string, Date, boolean][]): Reconciled => ({
  decision: 'APPLY',
  overridden: overridden.map(([userId, editedAt, author]) => ({ userId, editedAt, author })),
});
const CHI = { operationId: OP_C, userId: 'chi', editedAt: T1 };

describe('reconcileAnswer', () => {
  it.each<[string, StoredAnswer | null, IncomingAnswer, Reconciled]>([
    ['first answer of the item', null, incoming({ base: UNSEEN }), apply()],
    ['the phone saw the current version', stored(), incoming(), apply()],
    ['no check asked (online write)', stored(), incoming({ base: undefined }), apply()],
    [
      'saw the current version, even if edited earlier on its clock',
      stored({ editedAt: T2 }),
      incoming({ editedAt: T1 }),
      apply(),
    ],
    [
      'concurrent, same value, incoming later: merged, incoming becomes the author',
      stored({ value: FAIL }),
      incoming({ base: UNSEEN }),
      { decision: 'MERGE', author: 'incoming' },
    ],
    [
      'concurrent, same value, incoming earlier: merged, the stored author stays',
      stored({ value: FAIL, editedAt: T2 }),
      incoming({ base: UNSEEN, editedAt: T1 }),
      { decision: 'MERGE', author: 'stored' },
    ],
    [
      'concurrent, other inspector, incoming later: applies, the other value kept',
      stored(),
      incoming({ base: UNSEEN }),
      apply(['an', T1, true]),
    ],
    [
      'concurrent, other inspector, incoming earlier: server keeps its value, incoming kept',
      stored({ editedAt: T2 }),
      incoming({ base: { version: 1, operationId: null }, editedAt: T1 }),
      { decision: 'KEEP', conflict: true },
    ],
    [
      'concurrent, same inspector on another phone, later: applies, nothing to flag',
      stored({ userId: 'binh' }),
      incoming({ base: { version: 2, operationId: null } }),
      apply(),
    ],
    [
      'concurrent, same inspector, a stale earlier edit: kept out, nothing to flag',
      stored({ userId: 'binh', editedAt: T2 }),
      incoming({ base: { version: 2, operationId: null }, editedAt: T1 }),
      { decision: 'KEEP', conflict: false },
    ],
    [
      'same phone time: the higher operation id wins (incoming B > A)',
      stored({ editedAt: T1, operationId: OP_A }),
      incoming({ base: UNSEEN, editedAt: T1, operationId: OP_B }),
      apply(['an', T1, true]),
    ],
    [
      'same phone time: the higher operation id wins (stored B > A)',
      stored({ editedAt: T1, operationId: OP_B }),
      incoming({ base: UNSEEN, editedAt: T1, operationId: OP_A }),
      { decision: 'KEEP', conflict: true },
    ],
    [
      'an old answer without operation id loses a tie',
      stored({ editedAt: T1, operationId: null }),
      incoming({ base: UNSEEN, editedAt: T1 }),
      apply(['an', T1, true]),
    ],
    [
      "on top of the phone's own previous write, even with its clock behind",
      stored({ userId: 'binh', operationId: OP_A, editedAt: T2 }),
      incoming({ base: { version: null, operationId: OP_A }, editedAt: T1, operationId: OP_B }),
      apply(),
    ],
    [
      'on top of its own write that another inspector also stood for: their value is kept',
      stored({ userId: 'binh', operationId: OP_A, alsoFor: [CHI] }),
      incoming({ base: { version: null, operationId: OP_A }, operationId: OP_B }),
      apply(['chi', T1, false]),
    ],
    [
      'its previous write was replaced by another inspector meanwhile: concurrent',
      stored({ operationId: OP_B, editedAt: T1 }),
      incoming({ base: { version: null, operationId: OP_A }, editedAt: T2, operationId: OP_C }),
      apply(['an', T1, true]),
    ],
    [
      'its previous write was only merged into a later one: concurrent with that later edit',
      stored({
        value: FAIL,
        operationId: OP_C,
        editedAt: T3,
        alsoFor: [{ operationId: OP_A, userId: 'binh', editedAt: T1 }],
      }),
      incoming({ value: PASS, base: { version: null, operationId: OP_A }, editedAt: T2, operationId: OP_B }),
      { decision: 'KEEP', conflict: true },
    ],
    [
      'a later concurrent edit replaces the author and everyone the answer stood for',
      stored({ alsoFor: [CHI] }),
      incoming({ base: UNSEEN, editedAt: T3 }),
      apply(['an', T1, true], ['chi', T1, false]),
    ],
    [
      'only the note differs: still a conflict',
      stored({ value: { ...FAIL, note: 'khác' } }),
      incoming({ base: UNSEEN }),
      apply(['an', T1, true]),
    ],
  ])('%s', (_name, current, write, expected) => {
    expect(reconcileAnswer(current, write)).toEqual(expected);
  });

  it('gives the same final value whichever phone syncs first', () => {
    const a = incoming({ value: PASS, base: UNSEEN, editedAt: T1, operationId: OP_A, userId: 'an' });
    const b = incoming({ value: FAIL, base: UNSEEN, editedAt: T2, operationId: OP_B, userId: 'binh' });
    const finalValue = (first: IncomingAnswer, second: IncomingAnswer) => {
      const afterFirst: StoredAnswer = { ...first, version: 1, alsoFor: [] };
      return reconcileAnswer(afterFirst, second).decision === 'APPLY' ? second.value : first.value;
    };
    expect(finalValue(a, b)).toEqual(FAIL);
    expect(finalValue(b, a)).toEqual(FAIL);
  });
});

describe('mergeConcurring', () => {
  it.each<[string, Parameters<typeof mergeConcurring>, ReturnType<typeof mergeConcurring>]>([
    ['adds a person', [[], CHI, 'an'], [CHI]],
    ['never lists the author', [[CHI], { ...CHI, operationId: OP_A }, 'chi'], []],
    [
      'one entry per person, the later edit kept',
      [[CHI], { operationId: OP_B, userId: 'chi', editedAt: T2 }, 'an'],
      [{ operationId: OP_B, userId: 'chi', editedAt: T2 }],
    ],
    [
      'an earlier edit of the same person does not replace a later one',
      [[{ ...CHI, editedAt: T2 }], CHI, 'an'],
      [{ ...CHI, editedAt: T2 }],
    ],
  ])('%s', (_name, args, expected) => {
    expect(mergeConcurring(...args)).toEqual(expected);
  });
});
