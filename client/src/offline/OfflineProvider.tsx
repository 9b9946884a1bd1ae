import { useApolloClient } from '@apollo/client/react';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo } from 'react';
import type { CurrentUserFieldsFragment } from '../apollo/generated/graphql';
import type { FieldWriteInput, FieldWriteKind, OutboxEntry } from './field-writes';
import type { EnqueueOptions, OfflineVisit } from './outbox';
import { sharedOutbox } from './shared-outbox';
import { askPersistentStorage } from './storage';
import { loadSyncRuntime } from './sync-loader';
import type { SyncState } from './sync-state';
import type { TakenOffline } from './take-offline';
import { useOutboxReads } from './useOutboxReads';
import { type RequestGuard, useSyncEngine } from './useSyncEngine';

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
  enqueue: <K extends FieldWriteKind>(
    kind: K,
    input: FieldWriteInput<K>,
    options?: EnqueueOptions,
  ) => Promise<OutboxEntry<K> | null>;
  syncNow: () => void;
  retry: (operationId: string) => Promise<void>;
  discard: (operationId: string) => Promise<void>;
  takeOffline: (visitId: string) => Promise<TakenOffline>;
}

const NO_ENTRIES: readonly OutboxEntry[] = [];

const OfflineContext = createContext<OfflineValue | null>(null);

function mergeApplied(own: readonly OutboxEntry[], stored: readonly OutboxEntry[]): OutboxEntry[] {
  const seen = new Set(own.map((entry) => entry.operationId));
  return [...own, ...stored.filter((entry) => !seen.has(entry.operationId))].sort((a, b) => a.sequence - b.sequence);
}

/**
 * The signed-in user's outbox and sync engine. Everything is keyed by the user id: another person
 * signing in on the phone gets their own (empty) outbox and never sends the first one's writes.
 */
export type OfflineUser = Pick<CurrentUserFieldsFragment, 'id' | 'fullName' | 'can'>;

export function OfflineProvider({
  user,
  guard,
  children,
}: {
  /** The signed-in user, null when nobody is. */
  user: OfflineUser | null;
  /** Holds back the sync's uploads while a sign-out is owed to the server. */
  guard: RequestGuard;
  children: ReactNode;
}) {
  const client = useApolloClient();
  const userId = user?.id ?? null;
  // Only field workers send queued writes (syncBatch needs VISIT_CONDUCT on the server).
  const canSync = user?.can.includes('VISIT_CONDUCT') ?? false;
  const { outbox, unavailable, entries, downloads, blobUrls } = useOutboxReads(client, userId);

  // Whoever is signed in, the phone tells the server what it holds for every person on it: at sign-in,
  // at start and whenever the network returns (the ledger must not miss a shared phone's work).
  const userName = user?.fullName ?? null;
  useEffect(() => {
    if (!outbox || !userId) return;
    const report = () => {
      loadSyncRuntime()
        .then(({ reportHoldings }) => reportHoldings(client, outbox))
        .catch(() => undefined);
    };
    if (userName) outbox.rememberPerson(userId, userName).then(report, report);
    else report();
    window.addEventListener('online', report);
    return () => window.removeEventListener('online', report);
  }, [outbox, userId, userName, client]);

  const { engine, sync } = useSyncEngine(client, outbox, userId, canSync, guard);

  const enqueue = useCallback(
    async <K extends FieldWriteKind>(kind: K, input: FieldWriteInput<K>, options?: EnqueueOptions) => {
      if (!userId) throw new Error('NOT_SIGNED_IN');
      const box = outbox ?? (await sharedOutbox());
      const entry = await box.enqueue(userId, kind, input, options);
      askPersistentStorage();
      engine?.request(kind === 'START_VISIT' || kind === 'SUBMIT_VISIT' ? 'urgent' : 'enqueue');
      return entry;
    },
    [outbox, userId, engine],
  );

  // Kept the same across the sync's other state changes, so the visit's overlay is not computed again.
  const applied = useMemo(
    () => mergeApplied(sync.applied, entries.userId === userId ? entries.applied : []),
    [sync.applied, entries, userId],
  );

  const value = useMemo<OfflineValue>(
    () => ({
      ready: !!outbox && entries.userId === userId,
      unavailable,
      entries: entries.userId === userId ? entries.list : NO_ENTRIES,
      // Applied writes not reloaded yet, whichever tab's sync applied them.
      applied,
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
        const [{ takeVisitOffline }, box] = await Promise.all([loadSyncRuntime(), outbox ?? sharedOutbox()]);
        return takeVisitOffline(client, box, userId, visitId);
      },
    }),
    [outbox, unavailable, entries, userId, applied, sync, blobUrls, downloads, canSync, enqueue, engine, client],
  );
  return <OfflineContext.Provider value={value}>{children}</OfflineContext.Provider>;
}

export function useOffline(): OfflineValue {
  const value = useContext(OfflineContext);
  if (!value) throw new Error('useOffline outside OfflineProvider');
  return value;
}
