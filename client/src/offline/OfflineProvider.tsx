import { useApolloClient } from '@apollo/client/react';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { cacheOwner } from '../apollo/persist';
import { afterOwedSignOut } from '../features/auth/owed-sign-out';
import { useSession } from '../features/auth/session';
import { type EnqueueOptions, type OfflineVisit, type Outbox, type PhoneHolding, sharedOutbox } from './outbox';
import type { FieldWriteKind, OutboxEntry } from './outbox-rules';
import { askPersistentStorage } from './storage';
import { IDLE_SYNC_STATE, SyncEngine, type SyncState } from './sync-engine';
import { apolloRefresh, apolloTransport, fetchUploader, reportHoldings } from './sync-transport';
import { type TakenOffline, takeVisitOffline } from './take-offline';

interface OfflineValue {
  /** False until the outbox was read for the signed-in user. */
  ready: boolean;
  /** The outbox could not be opened (private mode, storage blocked): field work cannot be kept. */
  unavailable: boolean;
  /** The signed-in user's writes on the phone, in order. */
  entries: readonly OutboxEntry[];
  /** Writes the server applied whose visit is not reloaded yet; still laid over the cached visit. */
  applied: readonly OutboxEntry[];
  /** Object URLs of photos and signatures still on the phone, by file id. */
  blobUrls: Readonly<Record<string, string>>;
  downloads: Readonly<Record<string, OfflineVisit>>;
  sync: SyncState;
  /** Whether this user can send (only inspectors do field work). */
  canSync: boolean;
  /** The user's writes as they are in IndexedDB right now (state may lag a write just made). */
  entriesNow: () => Promise<OutboxEntry[]>;
  /**
   * Queues a field write; resolves once it is durably on the phone (null: it took back unsent writes and
   * has nothing left to send, see Outbox.enqueue), throws otherwise.
   */
  enqueue: (
    kind: FieldWriteKind,
    input: Record<string, unknown>,
    options?: EnqueueOptions,
  ) => Promise<OutboxEntry | null>;
  syncNow: () => void;
  retry: (operationId: string) => Promise<void>;
  discard: (operationId: string) => Promise<void>;
  takeOffline: (visitId: string) => Promise<TakenOffline>;
}

const OfflineContext = createContext<OfflineValue | null>(null);

function mergeApplied(own: readonly OutboxEntry[], stored: readonly OutboxEntry[]): OutboxEntry[] {
  const seen = new Set(own.map((entry) => entry.operationId));
  return [...own, ...stored.filter((entry) => !seen.has(entry.operationId))].sort((a, b) => a.sequence - b.sequence);
}

function noEngine() {
  return () => undefined;
}

/**
 * The signed-in user's outbox and sync engine. Everything is keyed by the user id: another person
 * signing in on the phone gets their own (empty) outbox and never sends the first one's writes.
 */
export function OfflineProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { user } = useSession();
  const userId = user?.id ?? null;
  const canSync = user?.role === 'INSPECTOR';
  const [outbox, setOutbox] = useState<Outbox | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  const [engine, setEngine] = useState<SyncEngine | null>(null);
  const [entries, setEntries] = useState<{ userId: string | null; list: OutboxEntry[]; applied: OutboxEntry[] }>({
    userId: null,
    list: [],
    applied: [],
  });
  const [downloads, setDownloads] = useState<Record<string, OfflineVisit>>({});
  const [blobUrls, setBlobUrls] = useState<Record<string, string>>({});
  const urls = useRef<Record<string, string>>({});

  useEffect(() => {
    let live = true;
    sharedOutbox().then(
      (opened) => live && setOutbox(opened),
      (error: unknown) => {
        console.warn('The outbox could not be opened', error);
        if (live) setUnavailable(true);
      },
    );
    return () => {
      live = false;
    };
  }, []);

  // Reads the user's outbox again after every change.
  useEffect(() => {
    if (!outbox || !userId) return;
    let live = true;
    const reload = async () => {
      const [list, offline, ids, applied] = await Promise.all([
        outbox.entries(userId),
        outbox.downloads(userId),
        outbox.blobIds(userId),
        outbox.appliedNotReloaded(userId),
      ]);
      const next: Record<string, string> = {};
      for (const id of ids) {
        if (urls.current[id]) {
          next[id] = urls.current[id];
          continue;
        }
        const stored = await outbox.blob(userId, id);
        if (stored) next[id] = URL.createObjectURL(new Blob([stored.bytes], { type: stored.mimeType }));
      }
      for (const [id, url] of Object.entries(urls.current)) if (!next[id]) URL.revokeObjectURL(url);
      urls.current = next;
      if (!live) return;
      setEntries({ userId, list, applied });
      setDownloads(Object.fromEntries(offline.map((record) => [record.visitId, record])));
      setBlobUrls(next);
    };
    // One read at a time, so an older read never lands after a newer one.
    let queue = Promise.resolve();
    const run = () => {
      queue = queue.then(reload).catch((error: unknown) => console.warn('Could not read the outbox', error));
    };
    run();
    const stop = outbox.subscribe(run);
    // Another tab's sync reloaded visits into its own cache: this tab's copy is stale, reload it too.
    const stopReloaded = outbox.onReloadedElsewhere((owner, visitIds) => {
      if (owner === userId) apolloRefresh(client)(visitIds).then(run, () => undefined);
    });
    // A browser without BroadcastChannel still catches up when the tab comes back to the front.
    window.addEventListener('focus', run);
    return () => {
      live = false;
      stop();
      stopReloaded();
      window.removeEventListener('focus', run);
    };
  }, [outbox, userId, client]);

  useEffect(
    () => () => {
      for (const url of Object.values(urls.current)) URL.revokeObjectURL(url);
      urls.current = {};
    },
    [],
  );

  // Whoever is signed in, the phone tells the server what it holds for every person on it: at sign-in,
  // at start and whenever the network returns (the ledger must not miss a shared phone's work).
  const userName = user?.fullName ?? null;
  useEffect(() => {
    if (!outbox || !userId) return;
    const report = () => {
      reportHoldings(client, outbox).catch(() => undefined);
    };
    if (userName) outbox.rememberPerson(userId, userName).then(report, report);
    else report();
    window.addEventListener('online', report);
    return () => window.removeEventListener('online', report);
  }, [outbox, userId, userName, client]);

  // One engine per signed-in inspector, started at once and on every chance to reach the server.
  useEffect(() => {
    if (!outbox || !userId || !canSync) return;
    const created = new SyncEngine({
      userId,
      outbox,
      transport: apolloTransport(client),
      // Photo pieces wait for an owed sign-out like every other request (features/auth/owed-sign-out.ts).
      upload: fetchUploader((url, init) => afterOwedSignOut(() => fetch(url, init))),
      refresh: apolloRefresh(client),
      isOnline: () => navigator.onLine,
    });
    setEngine(created);
    created.request('start');
    const online = () => created.request('online');
    const visible = () => {
      if (document.visibilityState === 'visible') created.request('visible');
    };
    window.addEventListener('online', online);
    document.addEventListener('visibilitychange', visible);
    return () => {
      window.removeEventListener('online', online);
      document.removeEventListener('visibilitychange', visible);
      created.stop();
      setEngine(null);
    };
  }, [outbox, userId, canSync, client]);

  const sync = useSyncExternalStore(
    engine?.subscribe ?? noEngine,
    engine?.getState ?? (() => IDLE_SYNC_STATE),
    () => IDLE_SYNC_STATE,
  );

  const enqueue = useCallback(
    async (kind: FieldWriteKind, input: Record<string, unknown>, options?: EnqueueOptions) => {
      if (!userId) throw new Error('NOT_SIGNED_IN');
      const box = outbox ?? (await sharedOutbox());
      const entry = await box.enqueue(userId, kind, input, options);
      askPersistentStorage();
      engine?.request(kind === 'START_VISIT' || kind === 'SUBMIT_VISIT' ? 'urgent' : 'enqueue');
      return entry;
    },
    [outbox, userId, engine],
  );

  const value = useMemo<OfflineValue>(
    () => ({
      ready: !!outbox && entries.userId === userId,
      unavailable,
      entries: entries.userId === userId ? entries.list : [],
      // Applied writes not reloaded yet, whichever tab's sync applied them.
      applied: mergeApplied(sync.applied, entries.userId === userId ? entries.applied : []),
      blobUrls,
      downloads,
      sync,
      canSync,
      enqueue,
      entriesNow: async () => (userId ? (outbox ?? (await sharedOutbox())).entries(userId) : []),
      syncNow: () => engine?.request('button'),
      retry: async (operationId) => {
        if (!outbox || !userId) return;
        await outbox.retry(userId, operationId);
        engine?.request('button');
      },
      discard: async (operationId) => {
        if (!outbox || !userId) return;
        await outbox.discard(userId, operationId);
      },
      takeOffline: async (visitId) => {
        if (!userId) throw new Error('NOT_SIGNED_IN');
        return takeVisitOffline(client, outbox ?? (await sharedOutbox()), userId, visitId);
      },
    }),
    [outbox, unavailable, entries, userId, sync, blobUrls, downloads, canSync, enqueue, engine, client],
  );
  return <OfflineContext.Provider value={value}>{children}</OfflineContext.Provider>;
}

export function useOffline(): OfflineValue {
  const value = useContext(OfflineContext);
  if (!value) throw new Error('useOffline outside OfflineProvider');
  return value;
}

/**
 * Writes of the phone's last user still on the phone, for the sign-in screen after their session
 * expired: they are kept and go once that user signs in again.
 */
export function useUnsentOfLastUser(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const last = cacheOwner();
    if (!last) return;
    let live = true;
    sharedOutbox()
      .then((box) => box.entries(last))
      .then((list) => live && setCount(list.length))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return count;
}

/** The unsent work of every person on this phone, for the sign-in screen. */
export function usePhoneHoldings(): PhoneHolding[] {
  const [holdings, setHoldings] = useState<PhoneHolding[]>([]);
  useEffect(() => {
    let live = true;
    sharedOutbox()
      .then((box) => box.holdings())
      .then((list) => live && setHoldings(list.filter((holding) => holding.count > 0)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return holdings;
}
