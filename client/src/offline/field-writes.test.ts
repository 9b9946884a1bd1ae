import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from './field-writes';
import { isWriteOf, itemIdOf } from './field-writes';
import type { useOffline } from './OfflineProvider';
import type { Outbox } from './outbox';

/**
 * The field-write contract is checked by the compiler: `pnpm typecheck` fails if a `@ts-expect-error`
 * line below stops being an error. The function is only type-checked, never run (it needs IndexedDB).
 */
function typeChecks(outbox: Outbox, enqueue: ReturnType<typeof useOffline>['enqueue']) {
  void outbox.enqueue('u1', 'ANSWER_ITEM', { visitId: 'v1', itemId: 'i1', passFail: 'FAIL', note: 'Thiếu' });
  void enqueue('SET_VISIT_CONCLUSION', { visitId: 'v1', conclusion: 'Đạt' });

  // @ts-expect-error a field the kind does not have
  void enqueue('ANSWER_ITEM', { visitId: 'v1', itemId: 'i1', passFail: 'FAIL', colour: 'red' });
  // @ts-expect-error a value outside the generated enum PassFail
  void enqueue('ANSWER_ITEM', { visitId: 'v1', itemId: 'i1', passFail: 'MAYBE' });
  // @ts-expect-error a value outside the generated enum FindingSeverity
  void enqueue('SAVE_FINDING', { visitId: 'v1', findingId: 'f1', description: 'Hỏng', severity: 'URGENT' });
  // @ts-expect-error the input of another kind (SET_VISIT_CONCLUSION's)
  void enqueue('SUBMIT_VISIT', { visitId: 'v1', conclusion: 'Đạt' });
  // @ts-expect-error a required field missing (the answer's item)
  void outbox.enqueue('u1', 'ANSWER_ITEM', { visitId: 'v1', passFail: 'PASS' });
  // @ts-expect-error not a field-write kind
  void enqueue('APPROVE_VISIT', { visitId: 'v1' });

  const entry = {} as OutboxEntry;
  // @ts-expect-error only an attachment has a file, so the kind must be checked first
  void entry.input.fileId;
  if (entry.kind === 'ATTACH_VISIT_FILE') void entry.input.fileId;
}

const base = {
  operationId: 'op-1',
  sequence: 1,
  userId: 'u1',
  visitId: 'v1',
  createdAt: '2026-12-06T01:00:00.000Z',
  state: 'PENDING',
  refusal: null,
} as const;

describe('field writes', () => {
  it('type-checks the contract (see the expect-error lines above)', () => {
    expect(typeChecks).toBeTypeOf('function');
  });

  it('tells an entry of a kind, and the item a write is about', () => {
    const answer: OutboxEntry = {
      ...base,
      kind: 'ANSWER_ITEM',
      input: { visitId: 'v1', itemId: 'i1', passFail: 'PASS' },
    };
    const submit: OutboxEntry = { ...base, kind: 'SUBMIT_VISIT', input: { visitId: 'v1' } };
    expect(isWriteOf(answer, 'ANSWER_ITEM')).toBe(true);
    expect(isWriteOf(submit, 'ANSWER_ITEM')).toBe(false);
    expect(itemIdOf(answer.input)).toBe('i1');
    expect(itemIdOf(submit.input)).toBeNull();
  });
});
