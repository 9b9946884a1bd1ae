import type { FieldWriteInput, FieldWriteKind, OutboxEntry } from './field-writes';
import {
  afterOutcome,
  asksBaseCheck,
  chainOnPhone,
  type Holding,
  holdingsOf,
  photoRemoval,
  type ServerOutcome,
} from './outbox-rules';

const DB_NAME = 'kycuong-outbox';
const DB_VERSION = 2;
const ENTRIES = 'entries';
const META = 'meta';
/** Photos and signatures waiting to be uploaded, by file id (version 2). */
const BLOBS = 'blobs';
/** Visits the user took offline, by [userId, visitId] (version 2). */
const DOWNLOADS = 'downloads';

/** A photo or signature kept on the phone until the write that attaches it is on the server. */
export interface StoredBlob {
  fileId: string;
  userId: string;
  /** The bytes, not a Blob: WebKit has lost Blob-backed IndexedDB records before. */
  bytes: ArrayBuffer;
  mimeType: string;
  size: number;
  /** Hex SHA-256 of the bytes: the server must report the same before the photo counts as sent. */
  sha256: string;
  /** True once the server confirmed the whole file with the same hash. */
  uploaded: boolean;
  /**
   * True once a piece of it may have left the phone: only then can the server hold part of it, and is
   * asked where the upload stands before sending more. Absent on photos stored before this was kept.
   */
  uploadStarted?: boolean;
  createdAt: string;
}

/** What the phone holds for one person, with the name to show and the phone's device id for them. */
export interface PhoneHolding extends Omit<Holding, 'oldestAt'> {
  /** Null when nothing of this person is left on the phone. */
  oldestAt: string | null;
  /** The name the person had when last signed in on this phone; null if never recorded. */
  name: string | null;
  deviceId: string;
}

export interface OfflineVisit {
  userId: string;
  visitId: string;
  downloadedAt: string;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

function openDatabase(name: string): Promise<IDBDatabase> {
  const open = indexedDB.open(name, DB_VERSION);
  open.onupgradeneeded = (event) => {
    const db = open.result;
    if (event.oldVersion < 1) {
      const entries = db.createObjectStore(ENTRIES, { keyPath: 'operationId' });
      entries.createIndex('byUser', ['userId', 'sequence']);
      db.createObjectStore(META);
    }
    if (event.oldVersion < 2) {
      db.createObjectStore(BLOBS, { keyPath: 'fileId' }).createIndex('byUser', 'userId');
      db.createObjectStore(DOWNLOADS, { keyPath: ['userId', 'visitId'] }).createIndex('byUser', 'userId');
    }
  };
  return request(open).then((db) => {
    // A newer version of the app (after an update, in another tab) must be able to upgrade: let go,
    // and the next write here reopens the connection.
    db.onversionchange = () => db.close();
    return db;
  });
}

/** WebKit drops IndexedDB connections ("Connection to Indexed Database server lost"); a closed one throws InvalidStateError. */
function isLostConnection(error: unknown): boolean {
  if (!(error instanceof Error) && !(error instanceof DOMException)) return false;
  const { name, message } = error as { name: string; message: string };
  return name === 'InvalidStateError' || name === 'UnknownError' || /connection/i.test(message);
}

export interface EnqueueOptions {
  now?: Date;
  /** The photo or signature the write attaches, stored in the same transaction as the write. */
  blob?: Omit<StoredBlob, 'userId' | 'uploaded' | 'createdAt'>;
  /**
   * The highest sequence the caller had read when it chose the answer's base: only writes queued
   * since (by another tab) are read again to chain on (see chainOnPhone); without it, all are read.
   */
  seenUpTo?: number;
}

type Listener = () => void;

/**
 * The durable outbox: every field write goes here first, in IndexedDB, partitioned by user so that
 * another person signing in on the same phone neither sees nor sends it. A write leaves only when the
 * server has it; a refused write stays, marked, until fixed or discarded by hand.
 */
/** Another tab's message: its outbox changed, or it reloaded visits from the server after a sync. */
type TabMessage = { type: 'changed' } | { type: 'reloaded'; userId: string; visitIds: string[] };

export class Outbox {
  private readonly listeners = new Set<Listener>();
  private readonly reloadedListeners = new Set<(userId: string, visitIds: string[]) => void>();
  private readonly inFlight = new Set<Promise<unknown>>();
  /** The other tabs and windows of the app on this phone: they share the outbox, and must show it. */
  private readonly tabs: BroadcastChannel | null;

  private constructor(
    private db: IDBDatabase,
    private readonly name: string,
  ) {
    this.tabs = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`${name}:tabs`);
    if (this.tabs) {
      // Never keeps a Node test process alive (browsers have no unref).
      (this.tabs as unknown as { unref?: () => void }).unref?.();
      this.tabs.onmessage = (event: MessageEvent<TabMessage>) => {
        if (event.data.type === 'changed') this.notify();
        else for (const listener of this.reloadedListeners) listener(event.data.userId, event.data.visitIds);
      };
    }
  }

  static async open(name = DB_NAME): Promise<Outbox> {
    return new Outbox(await openDatabase(name), name);
  }

  close(): void {
    this.tabs?.close();
    this.db.close();
  }

  /** Another tab reloaded these visits of the user from the server (its sync applied writes to them). */
  onReloadedElsewhere(listener: (userId: string, visitIds: string[]) => void): () => void {
    this.reloadedListeners.add(listener);
    return () => this.reloadedListeners.delete(listener);
  }

  /** Called after every change made through this outbox (to re-read entries on screen). */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  /** Tells this tab's listeners, and every other tab, that the outbox changed. */
  private changed(): void {
    this.notify();
    this.tabs?.postMessage({ type: 'changed' } satisfies TabMessage);
  }

  /**
   * Runs one short transaction; if the connection was lost it reopens and tries once more. A transaction
   * that failed on a lost connection was aborted, so trying again cannot write twice.
   */
  private run<T>(stores: string[], mode: IDBTransactionMode, body: (tx: IDBTransaction) => Promise<T>): Promise<T> {
    const running = this.runWithRetry(stores, mode, body);
    this.inFlight.add(running);
    const forget = () => this.inFlight.delete(running);
    running.then(forget, forget);
    return running;
  }

  /** Resolves when the writes started so far are finished (before a reload for an app update). */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  private async runWithRetry<T>(
    stores: string[],
    mode: IDBTransactionMode,
    body: (tx: IDBTransaction) => Promise<T>,
  ): Promise<T> {
    const attempt = async () => {
      const tx = this.db.transaction(stores, mode);
      const result = body(tx);
      // Catch both so that a failure of one is not left unhandled while awaiting the other.
      const [value] = await Promise.all([result, done(tx)]);
      return value;
    };
    try {
      return await attempt();
    } catch (error) {
      if (!isLostConnection(error)) throw error;
      try {
        this.db.close();
      } catch {
        // Already closed.
      }
      this.db = await openDatabase(this.name);
      return attempt();
    }
  }

  /** This phone's id for the user, made once and kept: the server binds it to that user. */
  deviceId(userId: string): Promise<string> {
    return this.run([META], 'readwrite', async (tx) => {
      const store = tx.objectStore(META);
      const key = `device:${userId}`;
      let id = (await request(store.get(key))) as string | undefined;
      if (!id) {
        id = crypto.randomUUID();
        store.put(id, key);
      }
      return id;
    });
  }

  /**
   * Queues a write; the operation id and the user's next sequence number are given in one transaction,
   * with the photo it attaches if any. A new submission replaces the user's refused submissions of the
   * same visit (they carry no data: the newer one says the same, later). Removing a photo that has not
   * reached the server takes back its attachment and its photo instead (`photoRemoval`): then nothing is
   * queued and null is returned.
   */
  enqueue<K extends Exclude<FieldWriteKind, 'REMOVE_VISIT_ATTACHMENT'>>(
    userId: string,
    kind: K,
    input: FieldWriteInput<K>,
    options?: EnqueueOptions,
  ): Promise<OutboxEntry<K>>;
  enqueue<K extends FieldWriteKind>(
    userId: string,
    kind: K,
    input: FieldWriteInput<K>,
    options?: EnqueueOptions,
  ): Promise<OutboxEntry<K> | null>;
  async enqueue(
    userId: string,
    kind: FieldWriteKind,
    input: FieldWriteInput,
    { now = new Date(), blob, seenUpTo }: EnqueueOptions = {},
  ): Promise<OutboxEntry | null> {
    const entry = await this.run([ENTRIES, META, BLOBS], 'readwrite', async (tx) => {
      const meta = tx.objectStore(META);
      const entries = tx.objectStore(ENTRIES);
      if (kind === 'REMOVE_VISIT_ATTACHMENT' && 'attachmentId' in input && typeof input.attachmentId === 'string') {
        const mine = (await request(entries.index('byUser').getAll(userRange(userId)))) as OutboxEntry[];
        const blobs = tx.objectStore(BLOBS);
        const uploaded = new Set<string>();
        for (const attach of mine) {
          if (attach.kind !== 'ATTACH_VISIT_FILE' || typeof attach.input.fileId !== 'string') continue;
          const fileId = attach.input.fileId;
          const stored = (await request(blobs.get(fileId))) as StoredBlob | undefined;
          if (stored?.uploaded) uploaded.add(fileId);
        }
        const { cancel, send } = photoRemoval(mine, input.attachmentId, (fileId) => uploaded.has(fileId));
        for (const attach of cancel) {
          entries.delete(attach.operationId);
          await deleteBlobOf(tx, attach);
        }
        if (!send) return null;
      }
      const key = `sequence:${userId}`;
      const sequence = (((await request(meta.get(key))) as number | undefined) ?? 0) + 1;
      meta.put(sequence, key);
      // The other tabs' writes are read in this transaction: see chainOnPhone.
      const chained = kind === 'ANSWER_ITEM' && asksBaseCheck(input);
      const from = chained && seenUpTo !== undefined ? seenUpTo + 1 : 0;
      const mine =
        kind === 'SUBMIT_VISIT' || chained
          ? ((await request(
              entries.index('byUser').getAll(userRange(userId, kind === 'SUBMIT_VISIT' ? 0 : from)),
            )) as OutboxEntry[])
          : [];
      // The kind and its input arrive as a pair (the overloads above); TypeScript cannot see it here.
      const queued = {
        operationId: crypto.randomUUID(),
        sequence,
        userId,
        kind,
        input: chainOnPhone(kind, input, mine),
        visitId: typeof input.visitId === 'string' ? input.visitId : null,
        createdAt: now.toISOString(),
        state: 'PENDING',
        refusal: null,
      } as OutboxEntry;
      if (kind === 'SUBMIT_VISIT') {
        for (const old of mine) {
          if (old.kind === 'SUBMIT_VISIT' && old.state === 'REFUSED' && old.visitId === queued.visitId) {
            entries.delete(old.operationId);
          }
        }
      }
      if (blob) {
        const stored: StoredBlob = { ...blob, userId, uploaded: false, createdAt: queued.createdAt };
        tx.objectStore(BLOBS).put(stored);
      }
      entries.add(queued);
      return queued;
    });
    this.changed();
    return entry;
  }

  /** The user's writes still on the phone, in order. */
  entries(userId: string): Promise<OutboxEntry[]> {
    return this.run([ENTRIES], 'readonly', async (tx) => {
      return (await request(tx.objectStore(ENTRIES).index('byUser').getAll(userRange(userId)))) as OutboxEntry[];
    });
  }

  /** Records the server's answers for a batch in one transaction; an applied attachment frees its photo. */
  async applyOutcomes(userId: string, outcomes: ServerOutcome[]): Promise<void> {
    await this.run([ENTRIES, BLOBS, META], 'readwrite', async (tx) => {
      const store = tx.objectStore(ENTRIES);
      const meta = tx.objectStore(META);
      const appliedKey = `applied:${userId}`;
      const applied = ((await request(meta.get(appliedKey))) as OutboxEntry[] | undefined) ?? [];
      for (const outcome of outcomes) {
        const entry = (await request(store.get(outcome.operationId))) as OutboxEntry | undefined;
        if (!entry || entry.userId !== userId) continue;
        const next = afterOutcome(entry, outcome);
        if (next === 'remove') {
          store.delete(entry.operationId);
          await deleteBlobOf(tx, entry);
          // Still laid over the cached visit until that visit is reloaded from the server (even after a reload).
          if (entry.visitId) applied.push(entry);
        } else store.put(next);
      }
      meta.put(applied, appliedKey);
    });
    this.changed();
  }

  /** Writes the server applied whose visit has not been reloaded into the phone's cache yet. */
  async appliedNotReloaded(userId: string): Promise<OutboxEntry[]> {
    return this.run([META], 'readonly', async (tx) => {
      return ((await request(tx.objectStore(META).get(`applied:${userId}`))) as OutboxEntry[] | undefined) ?? [];
    });
  }

  /** The visits were reloaded from the server (and the cache saved): their applied writes are not needed. */
  async forgetReloaded(userId: string, visitIds: readonly string[]): Promise<OutboxEntry[]> {
    const done = new Set(visitIds);
    return this.run([META], 'readwrite', async (tx) => {
      const meta = tx.objectStore(META);
      const key = `applied:${userId}`;
      const applied = ((await request(meta.get(key))) as OutboxEntry[] | undefined) ?? [];
      const kept = applied.filter((entry) => !entry.visitId || !done.has(entry.visitId));
      meta.put(kept, key);
      return kept;
    }).then((kept) => {
      this.tabs?.postMessage({ type: 'reloaded', userId, visitIds: [...visitIds] } satisfies TabMessage);
      this.changed();
      return kept;
    });
  }

  /** Drops a refused write the user chose to give up; only refused writes can be discarded. */
  async discard(userId: string, operationId: string): Promise<boolean> {
    const allowed = await this.run([ENTRIES, BLOBS], 'readwrite', async (tx) => {
      const store = tx.objectStore(ENTRIES);
      const entry = (await request(store.get(operationId))) as OutboxEntry | undefined;
      if (entry?.userId !== userId || entry.state !== 'REFUSED') return false;
      store.delete(operationId);
      await deleteBlobOf(tx, entry);
      return true;
    });
    if (allowed) this.changed();
    return allowed;
  }

  /** Sends a refused write again, with the same operation id (after the cause was fixed elsewhere). */
  async retry(userId: string, operationId: string): Promise<boolean> {
    const changed = await this.run([ENTRIES], 'readwrite', async (tx) => {
      const store = tx.objectStore(ENTRIES);
      const entry = (await request(store.get(operationId))) as OutboxEntry | undefined;
      if (entry?.userId !== userId || entry.state !== 'REFUSED') return false;
      store.put({ ...entry, state: 'PENDING', refusal: null });
      return true;
    });
    if (changed) this.changed();
    return changed;
  }

  /** The user's stored photos and signatures. */
  blobs(userId: string): Promise<StoredBlob[]> {
    return this.run([BLOBS], 'readonly', async (tx) => {
      return (await request(tx.objectStore(BLOBS).index('byUser').getAll(userId))) as StoredBlob[];
    });
  }

  /** The file ids of the user's stored photos, without reading their bytes. */
  blobIds(userId: string): Promise<string[]> {
    return this.run([BLOBS], 'readonly', async (tx) => {
      return (await request(tx.objectStore(BLOBS).index('byUser').getAllKeys(userId))) as string[];
    });
  }

  blob(userId: string, fileId: string): Promise<StoredBlob | null> {
    return this.run([BLOBS], 'readonly', async (tx) => {
      const stored = (await request(tx.objectStore(BLOBS).get(fileId))) as StoredBlob | undefined;
      return stored?.userId === userId ? stored : null;
    });
  }

  /** Notes that the server holds the whole file with the same hash; the bytes stay until the attachment is applied. */
  async markUploaded(userId: string, fileId: string): Promise<void> {
    await this.run([BLOBS], 'readwrite', async (tx) => {
      const store = tx.objectStore(BLOBS);
      const stored = (await request(store.get(fileId))) as StoredBlob | undefined;
      if (stored?.userId === userId) store.put({ ...stored, uploaded: true });
    });
    this.changed();
  }

  /** Notes, before its first piece goes, that the server may from now on hold part of the file. */
  async markUploadStarted(userId: string, fileId: string): Promise<void> {
    await this.run([BLOBS], 'readwrite', async (tx) => {
      const store = tx.objectStore(BLOBS);
      const stored = (await request(store.get(fileId))) as StoredBlob | undefined;
      if (stored?.userId === userId && !stored.uploadStarted) store.put({ ...stored, uploadStarted: true });
    });
  }

  /** Keeps the name of a person who signed in on this phone, to say on the sign-in screen whose work waits. */
  async rememberPerson(userId: string, name: string): Promise<void> {
    await this.run([META], 'readwrite', async (tx) => {
      tx.objectStore(META).put(name, `person:${userId}`);
    });
  }

  /**
   * The unsent work of every person on this phone, whoever is signed in: counts, oldest time, name and
   * the phone's device id for that person (made here if that person never synced from this phone).
   */
  holdings(): Promise<PhoneHolding[]> {
    return this.run([ENTRIES, META], 'readwrite', async (tx) => {
      const meta = tx.objectStore(META);
      const all = (await request(tx.objectStore(ENTRIES).getAll())) as OutboxEntry[];
      const result: PhoneHolding[] = [];
      // Also everyone who used this phone and has nothing left on it: the office's ledger goes back to 0.
      const known = ((await request(meta.getAllKeys())) as IDBValidKey[])
        .filter((key): key is string => typeof key === 'string' && key.startsWith('device:'))
        .map((key) => ({ userId: key.slice('device:'.length), count: 0, oldestAt: null, operationIds: [] }));
      const held = holdingsOf(all);
      const withWork = new Set(held.map((h) => h.userId));
      for (const holding of [...held, ...known.filter((k) => !withWork.has(k.userId))]) {
        const name = ((await request(meta.get(`person:${holding.userId}`))) as string | undefined) ?? null;
        const key = `device:${holding.userId}`;
        let deviceId = (await request(meta.get(key))) as string | undefined;
        if (!deviceId) {
          deviceId = crypto.randomUUID();
          meta.put(deviceId, key);
        }
        result.push({ ...holding, name, deviceId });
      }
      return result;
    });
  }

  /** Remembers that the user took a visit offline. */
  async markDownloaded(userId: string, visitId: string, at = new Date()): Promise<OfflineVisit> {
    const record: OfflineVisit = { userId, visitId, downloadedAt: at.toISOString() };
    await this.run([DOWNLOADS], 'readwrite', async (tx) => {
      tx.objectStore(DOWNLOADS).put(record);
    });
    this.changed();
    return record;
  }

  downloads(userId: string): Promise<OfflineVisit[]> {
    return this.run([DOWNLOADS], 'readonly', async (tx) => {
      return (await request(tx.objectStore(DOWNLOADS).index('byUser').getAll(userId))) as OfflineVisit[];
    });
  }

  /** Forgets the user's downloads (their saved data is gone, e.g. after signing out with nothing unsent). */
  async forgetDownloads(userId: string): Promise<void> {
    await this.run([DOWNLOADS], 'readwrite', async (tx) => {
      const store = tx.objectStore(DOWNLOADS);
      const keys = await request(store.index('byUser').getAllKeys(userId));
      for (const key of keys) store.delete(key);
    });
    this.changed();
  }
}

function userRange(userId: string, fromSequence = 0): IDBKeyRange {
  return IDBKeyRange.bound([userId, fromSequence], [userId, Number.MAX_SAFE_INTEGER]);
}

async function deleteBlobOf(tx: IDBTransaction, entry: OutboxEntry): Promise<void> {
  if (entry.kind !== 'ATTACH_VISIT_FILE' || typeof entry.input.fileId !== 'string') return;
  const blobs = tx.objectStore(BLOBS);
  const stored = (await request(blobs.get(entry.input.fileId))) as StoredBlob | undefined;
  if (stored?.userId === entry.userId) blobs.delete(entry.input.fileId);
}

let shared: Promise<Outbox> | null = null;

/** The app's one outbox connection. */
export function sharedOutbox(): Promise<Outbox> {
  if (!shared) {
    shared = Outbox.open().catch((error: unknown) => {
      shared = null;
      throw error;
    });
  }
  return shared;
}
