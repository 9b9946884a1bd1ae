import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, loadLanguage, translate } from '../../i18n/messages';
import { byOldestPending, isLongPending, timeAgo } from './pending';

// The messages these texts use are loaded with their screens in the app.
beforeAll(() => Promise.all([loadCatalogue('visit'), loadCatalogue('field'), loadCatalogue('office')]));

const now = new Date('2026-11-20T12:00:00.000Z');
const before = (ms: number) => new Date(now.getTime() - ms).toISOString();
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('timeAgo', () => {
  beforeAll(() => loadLanguage('en'));

  it.each([
    [before(0), 'vừa xong', 'just now'],
    [before(59 * 1000), 'vừa xong', 'just now'],
    [before(MIN), '1 phút trước', '1 min ago'],
    [before(59 * MIN), '59 phút trước', '59 min ago'],
    [before(HOUR), '1 giờ trước', '1 h ago'],
    [before(23 * HOUR + 59 * MIN), '23 giờ trước', '23 h ago'],
    [before(DAY), '1 ngày trước', '1 d ago'],
    [before(2 * DAY + 5 * HOUR), '2 ngày trước', '2 d ago'],
    [before(-5 * MIN), 'vừa xong', 'just now'],
  ])('%s → %s / %s', (value, vi, en) => {
    const ago = timeAgo(value, now);
    expect(ago && translate('vi', ago.key, ago.params)).toBe(vi);
    expect(ago && translate('en', ago.key, ago.params)).toBe(en);
  });

  it.each([[null], [undefined], [''], ['not a date'], [42]])('%j → null', (value) => {
    expect(timeAgo(value, now)).toBeNull();
  });
});

describe('isLongPending', () => {
  it.each([
    [2, before(DAY), true],
    [2, before(3 * DAY), true],
    [2, before(DAY - MIN), false],
    [0, before(3 * DAY), false],
    [2, null, false],
  ])('%i pending since %s → %s', (pendingCount, oldestPendingAt, expected) => {
    expect(isLongPending({ pendingCount, oldestPendingAt, lastSyncAt: before(0) }, now)).toBe(expected);
  });
});

describe('byOldestPending', () => {
  it('puts the longest waiting first, undated waiting after dated, then the longest silent of the rest', () => {
    const devices = [
      { id: 'synced-recently', pendingCount: 0, oldestPendingAt: null, lastSyncAt: before(HOUR) },
      { id: 'waiting-1h', pendingCount: 1, oldestPendingAt: before(HOUR), lastSyncAt: before(0) },
      { id: 'waiting-undated', pendingCount: 4, oldestPendingAt: null, lastSyncAt: before(0) },
      { id: 'synced-long-ago', pendingCount: 0, oldestPendingAt: null, lastSyncAt: before(5 * DAY) },
      { id: 'waiting-2d', pendingCount: 2, oldestPendingAt: before(2 * DAY), lastSyncAt: before(DAY) },
      { id: 'stale-date', pendingCount: 0, oldestPendingAt: before(9 * DAY), lastSyncAt: before(2 * HOUR) },
    ];
    expect(byOldestPending(devices).map((device) => device.id)).toEqual([
      'waiting-2d',
      'waiting-1h',
      'waiting-undated',
      'synced-long-ago',
      'stale-date',
      'synced-recently',
    ]);
    expect(devices[0]?.id).toBe('synced-recently');
  });
});
