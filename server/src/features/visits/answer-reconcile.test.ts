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
      'concurrent, same value: merged, the incoming write becomes the author',
      stored({ value: FAIL }),
      incoming({ base: UNSEEN }),
      { decision: 'MERGE' },
    ],
    [
      'concurrent, same value, incoming earlier by its phone clock: merged all the same',
      stored({ value: FAIL, editedAt: T2 }),
      incoming({ base: UNSEEN, editedAt: T1 }),
      { decision: 'MERGE' },
    ],
    [
      'concurrent, other inspector, incoming later: applies, the other value kept',
      stored(),
      incoming({ base: UNSEEN }),
      apply(['an', T1, true]),
    ],
    [
      'concurrent, other inspector, incoming earlier by its phone clock: the server order decides, it applies',
      stored({ editedAt: T2 }),
      incoming({ base: { version: 1, operationId: null }, editedAt: T1 }),
      apply(['an', T2, true]),
    ],
    [
      'a phone clock a year behind does not lose the conflict',
      stored({ editedAt: T2 }),
      incoming({ base: UNSEEN, editedAt: new Date('2025-11-20T09:30:00Z') }),
      apply(['an', T2, true]),
    ],
    [
      'concurrent, same inspector on another phone, later: applies, nothing to flag',
      stored({ userId: 'binh' }),
      incoming({ base: { version: 2, operationId: null } }),
      apply(),
    ],
    [
      'concurrent, same inspector, earlier by the other phone clock: applies, nothing to flag',
      stored({ userId: 'binh', editedAt: T2 }),
      incoming({ base: { version: 2, operationId: null }, editedAt: T1 }),
      apply(),
    ],
    [
      'operation ids do not order writes either (stored B > incoming A)',
      stored({ editedAt: T1, operationId: OP_B }),
      incoming({ base: UNSEEN, editedAt: T1, operationId: OP_A }),
      apply(['an', T1, true]),
    ],
    [
      'an old answer without operation id is concurrent with a write that did not see it',
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
      apply(['an', T3, true]),
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

  it("the write that reaches the server last holds the answer, whatever the phones' clocks say", () => {
    const a = incoming({ value: PASS, base: UNSEEN, editedAt: T2, operationId: OP_A, userId: 'an' });
    const b = incoming({ value: FAIL, base: UNSEEN, editedAt: T1, operationId: OP_B, userId: 'binh' });
    const finalValue = (first: IncomingAnswer, second: IncomingAnswer) => {
      const afterFirst: StoredAnswer = { ...first, version: 1, alsoFor: [] };
      return reconcileAnswer(afterFirst, second).decision === 'APPLY' ? second.value : first.value;
    };
    expect(finalValue(a, b)).toEqual(FAIL);
    expect(finalValue(b, a)).toEqual(PASS);
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
      "the write that reached the server last replaces the person's entry, whatever its phone clock",
      [[{ ...CHI, editedAt: T2 }], CHI, 'an'],
      [CHI],
    ],
  ])('%s', (_name, args, expected) => {
    expect(mergeConcurring(...args)).toEqual(expected);
  });
});
