type SyncRuntime = typeof import('./sync-runtime');

let loading: Promise<SyncRuntime> | undefined;

/**
 * The sync engine's chunk (sync-runtime.ts), loaded once. A failed load (offline before the service
 * worker kept the chunk) is tried again on the next call.
 */
export function loadSyncRuntime(): Promise<SyncRuntime> {
  if (!loading) {
    const load = import('./sync-runtime');
    load.catch(() => {
      if (loading === load) loading = undefined;
    });
    loading = load;
  }
  return loading;
}
