import type { ApolloClient } from '@apollo/client';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Outbox } from './outbox';
import { IDLE_SYNC_STATE, SyncEngine } from './sync-engine';
import { apolloRefresh, apolloTransport, fetchUploader } from './sync-transport';

/** Holds a request back until it may go (app/ passes the owed sign-out's guard, features/auth/owed-sign-out.ts). */
export type RequestGuard = <T>(send: () => Promise<T>) => Promise<T>;

function noEngine() {
  return () => undefined;
}

/** The sync engine of the signed-in inspector (none for other roles) and its state. */
export function useSyncEngine(
  client: ApolloClient,
  outbox: Outbox | null,
  userId: string | null,
  canSync: boolean,
  guard: RequestGuard,
) {
  const [engine, setEngine] = useState<SyncEngine | null>(null);

  // One engine per signed-in inspector, started at once and on every chance to reach the server.
  useEffect(() => {
    if (!outbox || !userId || !canSync) return;
    const created = new SyncEngine({
      userId,
      outbox,
      transport: apolloTransport(client),
      // Photo pieces wait for an owed sign-out like every other request.
      upload: fetchUploader((url, init) => guard(() => fetch(url, init))),
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
  }, [outbox, userId, canSync, client, guard]);

  const sync = useSyncExternalStore(
    engine?.subscribe ?? noEngine,
    engine?.getState ?? (() => IDLE_SYNC_STATE),
    () => IDLE_SYNC_STATE,
  );

  return { engine, sync };
}
