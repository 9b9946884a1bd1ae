import { describe, expect, it } from 'vitest';
import { type Timers, withDeadline } from './deadline';
import { SyncError } from './sync-errors';

/** Timers the test fires by hand: no waiting on the clock. */
function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 0;
  const timers: Timers = {
    set: (run) => {
      pending.set(++next, run);
      return next;
    },
    clear: (id) => pending.delete(id as number),
  };
  const fire = () => {
    for (const run of [...pending.values()]) run();
  };
  return { timers, fire, pending };
}

describe('withDeadline', () => {
  it('passes an answer that comes in time through and clears its timer', async () => {
    const { timers, pending } = manualTimers();
    await expect(withDeadline(1000, async () => 'answer', timers)).resolves.toBe('answer');
    expect(pending.size).toBe(0);
  });

  it('abandons a request that never answers: aborts it and throws TIMEOUT', async () => {
    const { timers, fire } = manualTimers();
    let aborted = false;
    const hanging = withDeadline(
      1000,
      (signal) =>
        new Promise<never>(() => {
          signal.addEventListener('abort', () => {
            aborted = true;
          });
        }),
      timers,
    );
    fire();
    await expect(hanging).rejects.toMatchObject({ kind: 'TIMEOUT' });
    expect(aborted).toBe(true);
  });

  it("reports the abort as TIMEOUT, not as the request's own abort error", async () => {
    const { timers, fire } = manualTimers();
    const aborting = withDeadline(
      1000,
      (signal) =>
        new Promise<never>((_resolve, reject) => {
          signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
      timers,
    );
    fire();
    const error = await aborting.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncError);
    expect((error as SyncError).kind).toBe('TIMEOUT');
  });

  it('keeps a failure that came before the deadline as it was', async () => {
    const { timers } = manualTimers();
    await expect(
      withDeadline(1000, async () => Promise.reject(new SyncError('UNAVAILABLE', null, 'HTTP_503')), timers),
    ).rejects.toMatchObject({ kind: 'UNAVAILABLE', code: 'HTTP_503' });
  });
});
