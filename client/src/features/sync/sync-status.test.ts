import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../offline/field-writes';
import { IDLE_SYNC_STATE, type SyncState } from '../../offline/sync-engine';
import { SyncError } from '../../offline/sync-errors';
import { megabytes, syncStatusLine } from './sync-status';

const entry = (state: OutboxEntry['state']): OutboxEntry => ({
  operationId: crypto.randomUUID(),
  sequence: 1,
  userId: 'u',
  kind: 'ANSWER_ITEM',
  input: { visitId: 'v', itemId: 'i' },
  visitId: 'v',
  createdAt: '2026-11-26T01:00:00.000Z',
  state,
  refusal: state === 'REFUSED' ? { code: 'X', message: 'x' } : null,
});
const failedWith = (error: SyncError): SyncState => ({
  ...IDLE_SYNC_STATE,
  phase: 'waiting',
  lastError: error,
  retryAt: new Date('2026-11-26T01:00:05.000Z'),
});
const sending: SyncState = { ...IDLE_SYNC_STATE, phase: 'uploading', sent: 12, total: 40 };

describe('syncStatusLine', () => {
  it.each([
    ['all sent', IDLE_SYNC_STATE, [], true, 'sync.statusDone', {}],
    [
      'waiting',
      IDLE_SYNC_STATE,
      [entry('PENDING'), entry('PENDING'), entry('PENDING')],
      true,
      'sync.statusWaiting',
      { count: 3 },
    ],
    ['waiting offline', IDLE_SYNC_STATE, [entry('PENDING')], false, 'sync.statusWaitingOffline', { count: 1 }],
    [
      'refused first',
      IDLE_SYNC_STATE,
      [entry('PENDING'), entry('REFUSED'), entry('REFUSED')],
      true,
      'sync.statusRefused',
      { count: 2 },
    ],
    [
      'sending',
      { ...sending, phase: 'sending' },
      [entry('PENDING')],
      true,
      'sync.statusSending',
      { sent: 12, total: 40 },
    ],
    [
      'sending photos',
      { ...sending, bytesSent: 1.2 * 1024 * 1024, bytesTotal: 3.4 * 1024 * 1024 },
      [entry('PENDING')],
      true,
      'sync.statusSendingPhotos',
      { sent: 12, total: 40, bytesSent: '1,2', bytesTotal: '3,4' },
    ],
    ['session ended', { ...sending, needsSignIn: true }, [entry('PENDING')], true, 'sync.statusSignIn', {}],
    [
      'connection refused or cut: no network',
      failedWith(new SyncError('NETWORK', null)),
      [entry('PENDING')],
      true,
      'sync.statusNoNetwork',
      { count: 1 },
    ],
    [
      'no answer before the deadline',
      failedWith(new SyncError('TIMEOUT', null)),
      [entry('PENDING'), entry('PENDING')],
      true,
      'sync.statusNoAnswer',
      { count: 2 },
    ],
    [
      'a 503 is not "no network"',
      failedWith(new SyncError('UNAVAILABLE', null, 'HTTP_503')),
      [entry('PENDING')],
      true,
      'sync.statusUnavailable',
      { count: 1 },
    ],
    [
      'the phone knows it is offline: waiting for network',
      failedWith(new SyncError('TIMEOUT', null)),
      [entry('PENDING')],
      false,
      'sync.statusWaitingOffline',
      { count: 1 },
    ],
    [
      'a failure with nothing left to send',
      failedWith(new SyncError('TIMEOUT', null)),
      [],
      true,
      'sync.statusDone',
      {},
    ],
  ] as const)('%s', (_label, state, entries, online, key, params) => {
    expect(syncStatusLine(state as SyncState, [...entries], online)).toMatchObject({ key, params });
  });

  it('megabytes: a decimal comma, two decimals under 1 MB', () => {
    expect(megabytes(0)).toBe('0,0');
    expect(megabytes(30 * 1024)).toBe('0,03');
    expect(megabytes(12.34 * 1024 * 1024)).toBe('12,3');
  });
});
