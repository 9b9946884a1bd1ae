import type { ApolloClient } from '@apollo/client';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Outbox } from './outbox';
import type { SyncEngine } from './sync-engine';
import { loadSyncRuntime } from './sync-loader';
import { IDLE_SYNC_STATE } from './sync-state';

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

  // One engine per signed-in inspector, started as soon as its chunk is in (right after the first render)
  // and on every chance to reach the server. Writes queued before that wait in the outbox and go out with
  // the engine's first run. A chunk that could not load (offline) is tried again when the network returns.
  useEffect(() => {
    if (!outbox || !userId || !canSync) return;
    let created: SyncEngine | null = null;
    let stopped = false;
    const start = () => {
      loadSyncRuntime().then(
        ({ SyncEngine, apolloRefresh, apolloTransport, fetchUploader }) => {
          if (stopped || created) return;
          created = new SyncEngine({
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
        },
        (error: unknown) => console.warn('Could not load the sync engine', error),
      );
    };
    start();
    const online = () => {
      if (created) created.request('online');
      else start();
    };
    const visible = () => {
      if (document.visibilityState === 'visible') created?.request('visible');
    };
    window.addEventListener('online', online);
    document.addEventListener('visibilitychange', visible);
    return () => {
      stopped = true;
      window.removeEventListener('online', online);
      document.removeEventListener('visibilitychange', visible);
      created?.stop();
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
