import { describe, expect, it } from 'vitest';
import {
  afterOutcome,
  type OutboxEntry,
  pendingReport,
  photoRemoval,
  type ServerOutcome,
  sendable,
} from './outbox-rules';

const entry = (sequence: number, visitId: string | null, state: OutboxEntry['state'] = 'PENDING'): OutboxEntry => ({
  operationId: `op-${sequence}`,
  sequence,
  userId: 'u1',
  kind: 'ANSWER_ITEM',
  input: {},
  visitId,
  createdAt: `2026-11-26T0${sequence}:00:00.000Z`,
  state,
  refusal: state === 'REFUSED' ? { code: 'X', message: 'x' } : null,
});
const outcome = (status: ServerOutcome['status'], code: string | null = null, message: string | null = null) => ({
  operationId: 'op-1',
  status,
  code,
  message,
});

describe('afterOutcome', () => {
  it.each([
    ['applied: removed', entry(1, 'v'), outcome('APPLIED'), 'remove'],
    ['applied after being refused before: removed', entry(1, 'v', 'REFUSED'), outcome('APPLIED'), 'remove'],
    [
      'refused: kept with the reason',
      entry(1, 'v'),
      outcome('REFUSED', 'VISIT_NOT_EDITABLE', 'Cuộc kiểm tra đã duyệt'),
      {
        ...entry(1, 'v'),
        state: 'REFUSED',
        refusal: { code: 'VISIT_NOT_EDITABLE', message: 'Cuộc kiểm tra đã duyệt' },
      },
    ],
    [
      'refused without a reason: kept with a generic one',
      entry(1, 'v'),
      outcome('REFUSED'),
      { ...entry(1, 'v'), state: 'REFUSED', refusal: { code: 'REFUSED', message: 'Máy chủ từ chối thao tác này.' } },
    ],
    ['held: stays pending', entry(1, 'v'), outcome('HELD', 'HELD_AFTER_REFUSED_OPERATION'), entry(1, 'v')],
    [
      'a start refused because a teammate started first: done, removed',
      { ...entry(1, 'v'), kind: 'START_VISIT' },
      outcome('REFUSED', 'VISIT_ALREADY_STARTED', 'Cuộc kiểm tra đã được bắt đầu.'),
      'remove',
    ],
  ] as const)('%s', (_label, before, result, expected) => {
    expect(afterOutcome(before, result)).toEqual(expected);
  });
});

describe('sendable', () => {
  it.each([
    ['all pending, in sequence order', [entry(2, 'a'), entry(1, 'a'), entry(3, 'b')], [1, 2, 3]],
    [
      'a refused write holds the later writes of its visit only',
      [entry(1, 'a', 'REFUSED'), entry(2, 'a'), entry(3, 'b')],
      [3],
    ],
    ['writes before the refused one still go', [entry(1, 'a'), entry(2, 'a', 'REFUSED'), entry(3, 'a')], [1]],
    ['writes without a visit are never held', [entry(1, 'a', 'REFUSED'), entry(2, null)], [2]],
    [
      'a write refused because the visit closed does not hold back the later ones (each is kept as a conflict)',
      [{ ...entry(1, 'a', 'REFUSED'), refusal: { code: 'VISIT_NOT_EDITABLE', message: 'Đã duyệt' } }, entry(2, 'a')],
      [2],
    ],
    [
      'a refused submission does not hold back the fixes made after it',
      [{ ...entry(1, 'a', 'REFUSED'), kind: 'SUBMIT_VISIT' }, entry(2, 'a')],
      [2],
    ],
    ['nothing queued', [], []],
  ] as const)('%s', (_label, entries, sequences) => {
    expect(sendable([...entries]).map((e) => e.sequence)).toEqual(sequences);
  });
});

describe('pendingReport', () => {
  it('counts what is left, oldest first', () => {
    expect(pendingReport([entry(2, 'a'), entry(1, 'a', 'REFUSED')])).toEqual({
      count: 2,
      operationIds: ['op-1', 'op-2'],
      oldestAt: '2026-11-26T01:00:00.000Z',
    });
    expect(pendingReport([])).toEqual({ count: 0, operationIds: [], oldestAt: null });
  });
});

describe('photoRemoval', () => {
  const attach = (sequence: number, attachmentId: string, fileId: string, state: OutboxEntry['state'] = 'PENDING') => ({
    ...entry(sequence, 'v', state),
    kind: 'ATTACH_VISIT_FILE' as const,
    input: { visitId: 'v', attachmentId, fileId, kind: 'PHOTO' },
  });
  const queue = [entry(1, 'v'), attach(2, 'a1', 'f1'), attach(3, 'a2', 'f2'), attach(4, 'a3', 'f3', 'REFUSED')];
  it.each([
    {
      name: 'on the server already (not in the outbox): the removal goes',
      id: 'a9',
      uploaded: [],
      cancel: [],
      send: true,
    },
    {
      name: 'photo not uploaded yet: attachment and photo taken back, nothing sent',
      id: 'a1',
      uploaded: [],
      cancel: ['op-2'],
      send: false,
    },
    {
      name: 'photo already on the server: the attachment may be on its way, the removal follows it',
      id: 'a2',
      uploaded: ['f2'],
      cancel: [],
      send: true,
    },
    { name: 'a refused attachment is taken back too', id: 'a3', uploaded: [], cancel: ['op-4'], send: false },
    { name: "another photo's upload does not matter", id: 'a1', uploaded: ['f2'], cancel: ['op-2'], send: false },
  ])('$name', ({ id, uploaded, cancel, send }) => {
    const result = photoRemoval(queue, id, (fileId) => (uploaded as string[]).includes(fileId));
    expect({ cancel: result.cancel.map((e) => e.operationId), send: result.send }).toEqual({ cancel, send });
  });
});
