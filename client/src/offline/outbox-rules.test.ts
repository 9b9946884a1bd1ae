import { describe, expect, it } from 'vitest';
import type { FieldWriteKind, OutboxEntry } from './field-writes';
import {
  afterOutcome,
  chainOnPhone,
  holdingsOf,
  pendingReport,
  photoRemoval,
  type ServerOutcome,
  sendable,
  writesBeforePhotos,
} from './outbox-rules';

const entry = (sequence: number, visitId: string | null, state: OutboxEntry['state'] = 'PENDING'): OutboxEntry => ({
  operationId: `op-${sequence}`,
  sequence,
  userId: 'u1',
  kind: 'ANSWER_ITEM',
  input: { visitId: visitId ?? 'v', itemId: 'i' },
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
  const attach = (
    sequence: number,
    attachmentId: string,
    fileId: string,
    state: OutboxEntry['state'] = 'PENDING',
  ): OutboxEntry<'ATTACH_VISIT_FILE'> => ({
    ...entry(sequence, 'v', state),
    kind: 'ATTACH_VISIT_FILE',
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

describe('writesBeforePhotos', () => {
  /** `A1:v`: an answer (sequence 1, visit v); `P2:v:f`: a photo f; `R`, `D`, `S`, `F`: removal, finding deleted, submission, finding saved. */
  const KINDS: Record<string, FieldWriteKind> = {
    A: 'ANSWER_ITEM',
    P: 'ATTACH_VISIT_FILE',
    R: 'REMOVE_VISIT_ATTACHMENT',
    D: 'DELETE_FINDING',
    S: 'SUBMIT_VISIT',
    F: 'SAVE_FINDING',
    T: 'SET_VISIT_ATTENDEES',
  };
  const write = (spec: string): OutboxEntry => {
    const [head = '', visitId = 'v', fileId] = spec.split(':');
    const sequence = Number(head.slice(1));
    return {
      ...entry(sequence, visitId),
      operationId: spec,
      kind: KINDS[head[0] ?? 'A'] ?? 'ANSWER_ITEM',
      input: fileId ? { visitId, fileId } : { visitId },
    } as OutboxEntry;
  };
  const ids = (list: OutboxEntry[]) => list.map((e) => e.operationId);

  it.each([
    ['nothing waits when every photo is confirmed', ['P1:v:f', 'A2:v', 'S3:v'], ['f'], ['P1:v:f', 'A2:v', 'S3:v'], []],
    ['answers go before a photo not yet on the server', ['P1:v:f', 'A2:v', 'A3:v'], [], ['A2:v', 'A3:v'], ['P1:v:f']],
    ['the submission waits for the signature', ['A1:v', 'P2:v:sig', 'S3:v'], [], ['A1:v'], ['P2:v:sig', 'S3:v']],
    [
      'a later signature stays behind the earlier one, even when its own photo is confirmed',
      ['P1:v:old', 'P2:v:new', 'A3:v'],
      ['new'],
      ['A3:v'],
      ['P1:v:old', 'P2:v:new'],
    ],
    ['a removal stays behind the photo it may name', ['P1:v:f', 'R2:v', 'T3:v'], [], ['T3:v'], ['P1:v:f', 'R2:v']],
    ['a finding is not deleted before its photo arrives', ['F1:v', 'P2:v:f', 'D3:v'], [], ['F1:v'], ['P2:v:f', 'D3:v']],
    [
      "another visit is not held by this visit's photo",
      ['P1:v:f', 'P2:w:g', 'S3:w', 'S4:v'],
      ['g'],
      ['P2:w:g', 'S3:w'],
      ['P1:v:f', 'S4:v'],
    ],
    [
      'removal and submission before any waiting photo go at once',
      ['R1:v', 'S2:v', 'P3:v:f'],
      [],
      ['R1:v', 'S2:v'],
      ['P3:v:f'],
    ],
  ])('%s', (_name, specs, settled, ready, waiting) => {
    const result = writesBeforePhotos(specs.map(write).reverse(), (fileId) => settled.includes(fileId));
    expect(ids(result.ready)).toEqual(ready);
    expect(ids(result.waiting)).toEqual(waiting);
  });
});

describe('holdingsOf', () => {
  const of = (userId: string, sequence: number, createdAt: string, state: OutboxEntry['state'] = 'PENDING') => ({
    ...entry(sequence, 'v', state),
    userId,
    createdAt,
  });
  it.each([
    ['nothing on the phone', [], []],
    [
      'one person, oldest first whatever the order read',
      [of('a', 2, '2026-12-05T02:00:00.000Z'), of('a', 1, '2026-12-05T01:15:00.000Z')],
      [{ userId: 'a', count: 2, oldestAt: '2026-12-05T01:15:00.000Z', operationIds: ['op-1', 'op-2'] }],
    ],
    [
      'two people on a shared phone, refused writes counted too, the longest waiting first',
      [
        of('b', 1, '2026-12-06T03:00:00.000Z'),
        of('a', 1, '2026-12-05T01:15:00.000Z', 'REFUSED'),
        of('a', 2, '2026-12-05T01:20:00.000Z'),
      ],
      [
        { userId: 'a', count: 2, oldestAt: '2026-12-05T01:15:00.000Z', operationIds: ['op-1', 'op-2'] },
        { userId: 'b', count: 1, oldestAt: '2026-12-06T03:00:00.000Z', operationIds: ['op-1'] },
      ],
    ],
  ])('%s', (_name, entries, expected) => {
    expect(holdingsOf(entries)).toEqual(expected);
  });
});

describe('chainOnPhone (two tabs of one visit on one phone)', () => {
  const answerBy = (
    sequence: number,
    itemId: string,
    state: OutboxEntry['state'] = 'PENDING',
    visitId = 'v',
  ): OutboxEntry<'ANSWER_ITEM'> => ({
    ...entry(sequence, visitId, state),
    kind: 'ANSWER_ITEM',
    operationId: `op-${sequence}`,
    input: { visitId, itemId, passFail: 'PASS' },
  });
  const mine = { visitId: 'v', itemId: 'i1', passFail: 'FAIL' as const, baseVersion: 3, baseOperationId: null };
  it.each([
    ['nothing else on the phone: as the tab wrote it', [], mine],
    [
      'the other tab answered the item, unseen here: on top of that answer',
      [answerBy(1, 'i1')],
      { ...mine, baseOperationId: 'op-1' },
    ],
    [
      "several writes from both tabs: on top of the latest in the phone's order",
      [answerBy(4, 'i1'), answerBy(1, 'i1'), answerBy(2, 'i2')],
      { ...mine, baseOperationId: 'op-4' },
    ],
    ['another item or another visit: not a base', [answerBy(1, 'i2'), answerBy(2, 'i1', 'PENDING', 'w')], mine],
    ['a refused write is not on the server: not a base', [answerBy(1, 'i1', 'REFUSED')], mine],
  ])('%s', (_name, entries, expected) => {
    expect(chainOnPhone('ANSWER_ITEM', mine, entries)).toEqual(expected);
  });

  it('the tab already knew the latest write, or the write asks no base check: unchanged; other kinds: unchanged', () => {
    const known = { ...mine, baseOperationId: 'op-1' };
    expect(chainOnPhone('ANSWER_ITEM', known, [answerBy(1, 'i1')])).toBe(known);
    const unchecked = { visitId: 'v', itemId: 'i1', passFail: 'FAIL' as const };
    expect(chainOnPhone('ANSWER_ITEM', unchecked, [answerBy(1, 'i1')])).toBe(unchecked);
    const conclusion = { visitId: 'v', conclusion: 'Tốt' };
    expect(chainOnPhone('SET_VISIT_CONCLUSION', conclusion, [answerBy(1, 'i1')])).toBe(conclusion);
  });
});
