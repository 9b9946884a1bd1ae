import type { ScryptOptions } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { AuthErrors } from './auth.errors.js';

/**
 * The worker's code: scrypt run synchronously on the worker's own thread. `crypto.scrypt` (async)
 * would run on libuv's pool of 4 threads, which gzip, file and DNS work share: a dozen failed
 * sign-ins held it for seconds and every compressed answer waited behind them. Plain JavaScript, run
 * with `eval`, so the same code works from the compiled server and from the TypeScript tests.
 */
const WORKER_SOURCE = `
const { parentPort, threadId } = require('node:worker_threads');
const { scryptSync } = require('node:crypto');
parentPort.on('message', (job) => {
  try {
    const key = scryptSync(job.password, Buffer.from(job.salt), job.keyLength, job.options);
    parentPort.postMessage({ id: job.id, key, threadId });
  } catch (err) {
    parentPort.postMessage({ id: job.id, error: String((err && err.message) || err), threadId });
  }
});
`;

export interface PasswordWorkLimits {
  /** Threads that derive keys; each derivation holds one thread and its memory (128 MiB) while it runs. */
  threads: number;
  /** Derivations that may wait for a thread; past that, new ones are refused at once. */
  queue: number;
}

interface Job {
  id: number;
  password: string;
  salt: Uint8Array;
  keyLength: number;
  options: ScryptOptions;
  resolve(key: Buffer): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

export interface PasswordWorkStats {
  running: number;
  queued: number;
  completed: number;
  /** The thread ids of the workers that derived keys (never 0, the main thread). */
  threadIds: ReadonlySet<number>;
}

/**
 * A small pool of worker threads used only for password hashing and checking, with a bounded queue:
 * when every thread is busy and the queue is full, `derive` refuses at once with SIGN_IN_BUSY instead of
 * letting sign-ins pile up without bound. Workers start on first use, stay unreferenced while idle
 * (they never keep the process alive) and are replaced if one dies.
 */
export class PasswordWorkPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private nextId = 1;
  private completed = 0;
  private readonly threadIds = new Set<number>();

  constructor(private limits: PasswordWorkLimits) {}

  configure(limits: PasswordWorkLimits): void {
    this.limits = limits;
  }

  /** Whether a derivation asked now would be taken (run or queued). */
  hasRoom(): boolean {
    return this.running() < this.limits.threads || this.waiting.length < this.limits.queue;
  }

  derive(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
    if (!this.hasRoom()) return Promise.reject(AuthErrors.passwordWorkBusy());
    return new Promise<Buffer>((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, password, salt, keyLength, options, resolve, reject });
      this.dispatch();
    });
  }

  stats(): PasswordWorkStats {
    return {
      running: this.running(),
      queued: this.waiting.length,
      completed: this.completed,
      threadIds: new Set(this.threadIds),
    };
  }

  /** Stops the workers (jobs in flight fail); the next derivation starts new ones. */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    for (const slot of slots) slot.job?.reject(new Error('password work stopped'));
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private running(): number {
    return this.slots.filter((slot) => slot.job).length;
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      let slot = this.slots.slice(0, this.limits.threads).find((s) => !s.job);
      if (!slot && this.slots.length < this.limits.threads) slot = this.start();
      if (!slot) return;
      const job = this.waiting.shift() as Job;
      slot.job = job;
      slot.worker.ref();
      slot.worker.postMessage({
        id: job.id,
        password: job.password,
        salt: job.salt,
        keyLength: job.keyLength,
        options: job.options,
      });
    }
  }

  private start(): Slot {
    const worker = new Worker(WORKER_SOURCE, { eval: true, name: 'password-work' });
    const slot: Slot = { worker, job: null };
    worker.unref();
    worker.on('message', (message: { id: number; key?: Uint8Array; error?: string; threadId: number }) => {
      const job = slot.job;
      if (!job || job.id !== message.id) return;
      slot.job = null;
      worker.unref();
      this.completed++;
      this.threadIds.add(message.threadId);
      if (message.key) job.resolve(Buffer.from(message.key));
      else job.reject(new Error(`password derivation failed: ${message.error}`));
      this.dispatch();
    });
    const lost = (error: Error) => {
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      this.slots.splice(index, 1);
      slot.job?.reject(error);
      slot.job = null;
      this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`password worker exited with code ${code}`)));
    this.slots.push(slot);
    return slot;
  }
}

/**
 * The process's one pool: like libuv's, it is a resource of the process (CPU and memory), shared by
 * every app a process runs. createApp sets its limits from PASSWORD_HASH_THREADS and PASSWORD_HASH_QUEUE.
 */
export const passwordWork = new PasswordWorkPool({ threads: 1, queue: 64 });
