import type { OutboxEntry } from './field-writes';
import type { StoredBlob } from './outbox';
import { pendingReport, type ServerOutcome, sendable, writesBeforePhotos } from './outbox-rules';
import { SyncError } from './sync-errors';
import { IDLE_SYNC_STATE, type SyncState } from './sync-state';

export { IDLE_SYNC_STATE, type SyncState };

export const BATCH_SIZE = 100;
/** Photos going up at the same time: one photo's wait for an answer is the other's time on the link. */
export const PHOTO_UPLOADS = 2;
const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 5 * 60 * 1000;
const ENQUEUE_DEBOUNCE_MS = 1000;
/** A steady stream of taps still goes out at least this often. */
const ENQUEUE_MAX_WAIT_MS = 5000;

export interface SyncBatchRequest {
  deviceId: string;
  operations: { operationId: string; sequence: number; kind: OutboxEntry['kind']; input: Record<string, unknown> }[];
  pending: { count: number; operationIds: string[]; oldestAt: string | null };
}

/** Sends one batch; throws a SyncError when the batch as a whole did not get through. */
export type SyncTransport = (request: SyncBatchRequest) => Promise<{ outcomes: ServerOutcome[] }>;
/** Uploads one stored photo; resolves only once the server confirmed it with the same hash. */
export type BlobUploader = (blob: StoredBlob, onProgress: (received: number) => void) => Promise<void>;

/** The part of the outbox the engine uses (the real one in the app, the same on fake IndexedDB in tests). */
export interface SyncOutbox {
  entries(userId: string): Promise<OutboxEntry[]>;
  applyOutcomes(userId: string, outcomes: ServerOutcome[]): Promise<void>;
  deviceId(userId: string): Promise<string>;
  blob(userId: string, fileId: string): Promise<StoredBlob | null>;
  markUploaded(userId: string, fileId: string): Promise<void>;
  markUploadStarted(userId: string, fileId: string): Promise<void>;
  /** Applied writes whose visit is not reloaded yet, kept across app reloads. */
  appliedNotReloaded?(userId: string): Promise<OutboxEntry[]>;
  forgetReloaded?(userId: string, visitIds: readonly string[]): Promise<OutboxEntry[]>;
}

export interface SyncEngineOptions {
  userId: string;
  outbox: SyncOutbox;
  transport: SyncTransport;
  upload: BlobUploader;
  /** Reloads the visits (and the list) from the server, so the cache holds the server's truth. */
  refresh: (visitIds: string[]) => Promise<void>;
  isOnline?: () => boolean;
  random?: () => number;
  now?: () => Date;
  setTimer?: (run: () => void, ms: number) => () => void;
}

/** start: the app opened; urgent: a write the user waits on (start, submit) was queued. */
type Reason = 'start' | 'online' | 'visible' | 'button' | 'enqueue' | 'urgent';

/** The photos the attachments among `entries` upload, in order. */
function attachedFiles(entries: readonly OutboxEntry[]): string[] {
  return entries.flatMap((entry) =>
    entry.kind === 'ATTACH_VISIT_FILE' && typeof entry.input.fileId === 'string' ? [entry.input.fileId] : [],
  );
}

/**
 * Sends one user's outbox to the server: in batches, the writes first with the photos going up beside
 * them (an attachment only after its photo is confirmed), one run at a time.
 * A write leaves the phone only when the server answered for it; a failed or lost batch is sent again
 * later with the same operation ids (the server applies each once), with backoff.
 */
export class SyncEngine {
  private state: SyncState = IDLE_SYNC_STATE;
  private readonly listeners = new Set<() => void>();
  private running: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  private cancelTimer: (() => void) | null = null;
  private stopped = false;
  /** Whether the current run got anything through (a batch answered, photo bytes confirmed). */
  private progressed = false;
  /** When the first write still waiting for the debounce was queued. */
  private waitingSince: number | null = null;

  /** The applied writes kept from before the app was (re)loaded, read once. */
  private readonly restored: Promise<void>;

  constructor(private readonly options: SyncEngineOptions) {
    this.restored = (options.outbox.appliedNotReloaded?.(options.userId) ?? Promise.resolve([])).then(
      (kept) => {
        if (kept.length > 0) this.set({ applied: [...kept, ...this.state.applied] });
      },
      () => undefined,
    );
  }

  getState = (): SyncState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(change: Partial<SyncState>) {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private online(): boolean {
    return this.options.isOnline?.() ?? true;
  }

  private timer(run: () => void, ms: number) {
    this.cancelTimer?.();
    const set =
      this.options.setTimer ??
      ((fn: () => void, delay: number) => {
        const id = setTimeout(fn, delay);
        return () => clearTimeout(id);
      });
    this.cancelTimer = set(run, ms);
  }

  /**
   * Asks for a run. The button and coming back online try at once, even during a backoff; the app
   * starting or coming to the front tries unless a backoff is running; a new write waits a second so
   * that a burst of taps goes in one batch.
   */
  request(reason: Reason): void {
    if (this.stopped) return;
    if (reason === 'button' || reason === 'online') {
      this.failures = 0;
      this.set({ retryAt: null });
    }
    if (reason === 'enqueue') {
      if (this.state.retryAt) return;
      const now = this.now().getTime();
      this.waitingSince ??= now;
      // Each tap pushes the run back a second, but not past ENQUEUE_MAX_WAIT_MS after the first one.
      if (now - this.waitingSince < ENQUEUE_MAX_WAIT_MS) this.timer(() => void this.run(), ENQUEUE_DEBOUNCE_MS);
      return;
    }
    if (this.state.retryAt && reason !== 'button' && reason !== 'online') return;
    void this.run();
  }

  /** After the same user signed in again. */
  resumeAfterSignIn(): void {
    this.set({ needsSignIn: false, lastError: null });
    this.request('button');
  }

  stop(): void {
    this.stopped = true;
    this.cancelTimer?.();
  }

  /** One run; a run asked for while one is going starts right after it. */
  run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.runOnce();
      } while (this.again && !this.stopped && !this.state.needsSignIn && !this.state.retryAt);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async runOnce(): Promise<void> {
    await this.restored;
    if (this.stopped || this.state.needsSignIn || !this.online()) return;
    this.cancelTimer?.();
    this.cancelTimer = null;
    this.waitingSince = null;
    this.progressed = false;
    const { userId, outbox } = this.options;
    const touched = new Set(this.state.applied.map((entry) => entry.visitId).filter((id): id is string => !!id));
    let sentAny = false;
    /** The photos of this run's attachments, read once: null when no longer on the phone. */
    const photos = new Map<string, StoredBlob | null>();
    const photoOf = async (fileId: string) => {
      if (!photos.has(fileId)) photos.set(fileId, await outbox.blob(userId, fileId));
      return photos.get(fileId) ?? null;
    };
    /** Refused by the server in this run: the write goes, to be refused and shown next to the photo. */
    const refusedPhotos = new Set<string>();
    const settled = (fileId: string) => {
      const photo = photos.get(fileId);
      return refusedPhotos.has(fileId) || !photo || photo.uploaded;
    };
    /** The photos going up, if any: resolves to their first failure, or null. */
    let photosGoing: Promise<unknown> | null = null;
    const startPhotos = (fileIds: string[]) => {
      photosGoing = this.uploadPhotos(fileIds, photos, refusedPhotos).then(
        () => null,
        (error: unknown) => error ?? new SyncError('NETWORK', null),
      );
    };
    const photosDone = async () => {
      const failure = await photosGoing;
      photosGoing = null;
      if (failure) throw failure;
    };
    try {
      const deviceId = await outbox.deviceId(userId);
      const first = sendable(await outbox.entries(userId));
      let bytesTotal = 0;
      for (const fileId of attachedFiles(first)) {
        const photo = await photoOf(fileId);
        if (photo && !photo.uploaded) bytesTotal += photo.size;
      }
      this.set({ phase: 'sending', sent: 0, total: first.length, bytesSent: 0, bytesTotal, retryAt: null });
      for (;;) {
        const entries = await outbox.entries(userId);
        const all = sendable(entries);
        if (all.length === 0) break;
        for (const fileId of attachedFiles(all)) await photoOf(fileId);
        // Writes first: a weak link gets the small writes through before it spends itself on photos.
        const { ready, waiting } = writesBeforePhotos(all, settled);
        // Every photo the waiting writes need, PHOTO_UPLOADS at a time: one photo's wait for an answer
        // is another's time on the link, and their attachments then go together in one batch.
        const next = photosGoing
          ? []
          : [...new Set(attachedFiles(waiting))].filter((fileId) => !settled(fileId) && photos.get(fileId));
        // Started beside the writes' batch, not after its answer: the batch leaves first and shares the
        // link with the first pieces only, and the photos do not wait a round trip and the server's time
        // to apply the batch. Their attachments still wait for them, after the writes before them.
        if (next.length > 0) startPhotos(next);
        if (ready.length === 0) {
          if (!photosGoing) break;
          await photosDone();
          continue;
        }
        const batch = ready.slice(0, BATCH_SIZE);
        const inBatch = new Set(batch.map((entry) => entry.operationId));
        this.set({ phase: 'sending' });
        const { outcomes } = await this.options.transport({
          deviceId,
          operations: batch.map(({ operationId, sequence, kind, input }) => ({ operationId, sequence, kind, input })),
          pending: pendingReport(entries.filter((entry) => !inBatch.has(entry.operationId))),
        });
        await outbox.applyOutcomes(userId, outcomes);
        sentAny = true;
        this.progressed = true;
        const byId = new Map(batch.map((entry) => [entry.operationId, entry]));
        const applied = outcomes.filter((o) => o.status === 'APPLIED').flatMap((o) => byId.get(o.operationId) ?? []);
        for (const entry of applied) if (entry.visitId) touched.add(entry.visitId);
        for (const o of outcomes) {
          const visitId = byId.get(o.operationId)?.visitId;
          if (o.status === 'REFUSED' && visitId) touched.add(visitId);
        }
        this.set({ applied: [...this.state.applied, ...applied], sent: this.state.sent + outcomes.length });
        // Only held writes came back: nothing will change by sending them again now.
        if (!outcomes.some((o) => o.status !== 'HELD')) break;
      }
      await photosDone();
      this.failures = 0;
      this.set({ lastSyncAt: this.now(), lastError: null, retryAt: null });
    } catch (error) {
      // Photos still going end before the run does: the next run would otherwise send them a second time.
      await photosGoing;
      this.failed(error);
    } finally {
      if (touched.size > 0 || sentAny) await this.refresh([...touched]);
      this.set({ phase: this.state.retryAt ? 'waiting' : 'idle' });
    }
  }

  /**
   * Uploads photos, PHOTO_UPLOADS at a time, and records in `photos` those the server confirmed or
   * refused. Once all have ended, the first failure (no network...) is thrown: the photos that got
   * through stay confirmed.
   */
  private async uploadPhotos(
    fileIds: readonly string[],
    photos: Map<string, StoredBlob | null>,
    refused: Set<string>,
  ): Promise<void> {
    const { userId, outbox } = this.options;
    const queue = [...fileIds];
    const failures: unknown[] = [];
    const worker = async () => {
      for (let fileId = queue.shift(); fileId !== undefined; fileId = queue.shift()) {
        const photo = photos.get(fileId);
        if (!photo || failures.length > 0) continue;
        try {
          // Removed on the phone since this run read it: its attachment went with it (Outbox.enqueue).
          if (!(await outbox.blob(userId, fileId))) {
            photos.set(fileId, null);
            continue;
          }
          await this.uploadPhoto(photo, refused);
          photos.set(fileId, { ...photo, uploaded: !refused.has(fileId) });
        } catch (error) {
          failures.push(error);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(PHOTO_UPLOADS, fileIds.length) }, worker));
    if (failures.length > 0) throw failures[0];
  }

  /** Uploads one photo; one the server will not take is noted in `refused` and shown, not retried here. */
  private async uploadPhoto(blob: StoredBlob, refused: Set<string>): Promise<void> {
    const { userId, outbox } = this.options;
    this.set({ phase: 'uploading' });
    // Progress is counted as it grows, so that photos going up together add up.
    let counted = 0;
    const count = (received: number) => {
      this.set({ bytesSent: this.state.bytesSent + received - counted });
      counted = received;
    };
    // The first report is what the server already held: only bytes beyond it are progress of this run.
    let held: number | null = null;
    try {
      // Recorded before the first piece leaves: a later try (this run cut, the app closed) then asks the
      // server what arrived, and a photo never started skips that question and its round trip.
      if (!blob.uploadStarted) await outbox.markUploadStarted(userId, blob.fileId);
      await this.options.upload(blob, (received) => {
        held ??= received;
        if (received > held) this.progressed = true;
        count(received);
      });
      this.progressed = true;
      await outbox.markUploaded(userId, blob.fileId);
      const { [blob.fileId]: _cleared, ...rest } = this.state.fileErrors;
      this.set({ fileErrors: rest });
    } catch (error) {
      if (!(error instanceof SyncError) || error.kind !== 'FILE_REFUSED') throw error;
      refused.add(blob.fileId);
      this.set({ fileErrors: { ...this.state.fileErrors, [blob.fileId]: error } });
    }
    count(blob.size);
  }

  private failed(error: unknown) {
    const problem = error instanceof SyncError ? error : new SyncError('NETWORK', null);
    if (problem.kind === 'UNAUTHENTICATED') {
      this.set({ needsSignIn: true, lastError: problem, retryAt: null });
      return;
    }
    // A run that got something through starts the backoff again from its first step: a link that drops
    // every few seconds still carries work between drops, and must not be left for minutes.
    if (this.progressed) this.failures = 0;
    this.failures += 1;
    const ceiling = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (this.failures - 1));
    // "Equal jitter": half fixed, half random, so phones coming back online together spread out.
    const delay = Math.round(ceiling / 2 + (this.options.random?.() ?? Math.random()) * (ceiling / 2));
    const retryAt = new Date(this.now().getTime() + delay);
    this.set({ lastError: problem, retryAt });
    this.timer(() => {
      this.set({ retryAt: null });
      void this.run();
    }, delay);
  }

  private async refresh(visitIds: string[]) {
    this.set({ phase: 'refreshing' });
    try {
      await this.options.refresh(visitIds);
      await this.options.outbox.forgetReloaded?.(this.options.userId, visitIds);
      const done = new Set(visitIds);
      this.set({ applied: this.state.applied.filter((entry) => !entry.visitId || !done.has(entry.visitId)) });
    } catch {
      // Offline again: the applied writes stay laid over the cached visit until the next run reloads it.
    }
  }
}
