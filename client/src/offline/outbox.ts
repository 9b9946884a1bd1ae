import { afterOutcome, type FieldWriteKind, type OutboxEntry, type ServerOutcome } from './outbox-rules';

const DB_NAME = 'kycuong-outbox';
const ENTRIES = 'entries';
const META = 'meta';

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

/**
 * The durable outbox: every field write goes here first, in IndexedDB, partitioned by user so that
 * another person signing in on the same phone neither sees nor sends it. A write leaves only when the
 * server has it; a refused write stays, marked, until fixed or discarded by hand.
 */
export class Outbox {
  private constructor(private readonly db: IDBDatabase) {}

  static async open(name = DB_NAME): Promise<Outbox> {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      const db = open.result;
      const entries = db.createObjectStore(ENTRIES, { keyPath: 'operationId' });
      entries.createIndex('byUser', ['userId', 'sequence']);
      db.createObjectStore(META);
    };
    return new Outbox(await request(open));
  }

  close(): void {
    this.db.close();
  }

  /** This phone's id for the user, made once and kept: the server binds it to that user. */
  async deviceId(userId: string): Promise<string> {
    const tx = this.db.transaction(META, 'readwrite');
    const store = tx.objectStore(META);
    const key = `device:${userId}`;
    let id = (await request(store.get(key))) as string | undefined;
    if (!id) {
      id = crypto.randomUUID();
      store.put(id, key);
    }
    await done(tx);
    return id;
  }

  /** Queues a write; the operation id and the user's next sequence number are given in one transaction. */
  async enqueue(
    userId: string,
    kind: FieldWriteKind,
    input: Record<string, unknown>,
    now = new Date(),
  ): Promise<OutboxEntry> {
    const tx = this.db.transaction([ENTRIES, META], 'readwrite');
    const meta = tx.objectStore(META);
    const key = `sequence:${userId}`;
    const sequence = (((await request(meta.get(key))) as number | undefined) ?? 0) + 1;
    meta.put(sequence, key);
    const entry: OutboxEntry = {
      operationId: crypto.randomUUID(),
      sequence,
      userId,
      kind,
      input,
      visitId: typeof input.visitId === 'string' ? input.visitId : null,
      createdAt: now.toISOString(),
      state: 'PENDING',
      refusal: null,
    };
    tx.objectStore(ENTRIES).add(entry);
    await done(tx);
    return entry;
  }

  /** The user's writes still on the phone, in order. */
  async entries(userId: string): Promise<OutboxEntry[]> {
    const tx = this.db.transaction(ENTRIES, 'readonly');
    const range = IDBKeyRange.bound([userId, 0], [userId, Number.MAX_SAFE_INTEGER]);
    const all = (await request(tx.objectStore(ENTRIES).index('byUser').getAll(range))) as OutboxEntry[];
    await done(tx);
    return all;
  }

  /** Records the server's answers for a batch in one transaction. */
  async applyOutcomes(userId: string, outcomes: ServerOutcome[]): Promise<void> {
    const tx = this.db.transaction(ENTRIES, 'readwrite');
    const store = tx.objectStore(ENTRIES);
    for (const outcome of outcomes) {
      const entry = (await request(store.get(outcome.operationId))) as OutboxEntry | undefined;
      if (!entry || entry.userId !== userId) continue;
      const next = afterOutcome(entry, outcome);
      if (next === 'remove') store.delete(entry.operationId);
      else store.put(next);
    }
    await done(tx);
  }

  /** Drops a refused write the user chose to give up; only refused writes can be discarded. */
  async discard(userId: string, operationId: string): Promise<boolean> {
    const tx = this.db.transaction(ENTRIES, 'readwrite');
    const store = tx.objectStore(ENTRIES);
    const entry = (await request(store.get(operationId))) as OutboxEntry | undefined;
    const allowed = entry?.userId === userId && entry.state === 'REFUSED';
    if (allowed) store.delete(operationId);
    await done(tx);
    return allowed;
  }
}
