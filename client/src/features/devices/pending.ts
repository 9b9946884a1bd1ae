import type { MessageParams } from '../../i18n/messages';
import type { MessageKey } from '../../i18n/vi';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function time(value: unknown): number | null {
  if (typeof value !== 'string' && !(value instanceof Date)) return null;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? null : ms;
}

/** "vừa xong", "5 phút trước", "3 giờ trước", "2 ngày trước"; a time ahead of the clock counts as now. */
export function timeAgo(value: unknown, now: Date): { key: MessageKey; params: MessageParams } | null {
  const at = time(value);
  if (at === null) return null;
  const elapsed = now.getTime() - at;
  if (elapsed < MINUTE) return { key: 'devices.ago.now', params: {} };
  if (elapsed < HOUR) return { key: 'devices.ago.minutes', params: { count: Math.floor(elapsed / MINUTE) } };
  if (elapsed < DAY) return { key: 'devices.ago.hours', params: { count: Math.floor(elapsed / HOUR) } };
  return { key: 'devices.ago.days', params: { count: Math.floor(elapsed / DAY) } };
}

export interface PendingDevice {
  pendingCount: number;
  oldestPendingAt?: unknown;
  lastSyncAt: unknown;
}

/** Changes that have waited on the phone a day or more: office staff should call the inspector. */
export function isLongPending(device: PendingDevice, now: Date): boolean {
  const oldest = time(device.oldestPendingAt);
  return device.pendingCount > 0 && oldest !== null && now.getTime() - oldest >= DAY;
}

/**
 * Phones with changes still on them first, the longest waiting first (a count without a date after
 * those with one); then the rest, the longest silent first.
 */
export function byOldestPending<T extends PendingDevice>(devices: readonly T[]): T[] {
  const rank = (device: T): [number, number] => {
    if (device.pendingCount > 0) return [0, time(device.oldestPendingAt) ?? Number.MAX_SAFE_INTEGER];
    return [1, time(device.lastSyncAt) ?? 0];
  };
  return [...devices].sort((a, b) => {
    const [groupA, atA] = rank(a);
    const [groupB, atB] = rank(b);
    return groupA - groupB || atA - atB;
  });
}
