import { SyncError } from './sync-errors';

/**
 * How long a sync request may take before it is abandoned. A link that accepts connections and then
 * delivers nothing never fails by itself: without a deadline one such request held the whole sync
 * ("Đang đồng bộ 0/8") forever. Generous, because a weak link is slow, not dead: a batch gets more time
 * per write it carries; photo pieces are sized so that one fits well within it (see file-upload.ts).
 */
export const REQUEST_DEADLINE_MS = 20_000;
export const DEADLINE_PER_OPERATION_MS = 100;

export type Timers = {
  set: (run: () => void, ms: number) => unknown;
  clear: (id: unknown) => void;
};

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

/**
 * Runs `request` with an AbortSignal that fires after `ms`; if it fires, the request is abandoned and a
 * SyncError TIMEOUT is thrown whatever the request itself threw on abort. The request may have reached
 * the server: sending it again is safe only because every write carries its operation id.
 */
export async function withDeadline<T>(
  ms: number,
  request: (signal: AbortSignal) => Promise<T>,
  timers: Timers = realTimers,
): Promise<T> {
  const controller = new AbortController();
  let expired = false;
  const id = timers.set(() => {
    expired = true;
    controller.abort();
  }, ms);
  try {
    return await new Promise<T>((resolve, reject) => {
      // Settles at the deadline even if the request ignores its signal.
      controller.signal.addEventListener('abort', () => reject(new SyncError('TIMEOUT', null)), { once: true });
      request(controller.signal).then(resolve, (error: unknown) =>
        reject(expired ? new SyncError('TIMEOUT', null) : error),
      );
    });
  } finally {
    timers.clear(id);
  }
}
