let asked = false;

/**
 * Asks the browser to keep this site's storage (Safari may otherwise drop IndexedDB after 7 days
 * unused), once per page load, when the user first keeps something on the phone.
 */
export function askPersistentStorage(): void {
  if (asked) return;
  asked = true;
  navigator.storage?.persist?.().catch(() => undefined);
}

export interface StorageReport {
  usedBytes: number | null;
  quotaBytes: number | null;
  /** null when the browser cannot tell. */
  persisted: boolean | null;
}

export async function storageReport(): Promise<StorageReport> {
  const storage = navigator.storage;
  const [estimate, persisted] = await Promise.all([
    storage?.estimate?.().catch(() => null) ?? null,
    storage?.persisted?.().catch(() => null) ?? null,
  ]);
  return { usedBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null, persisted };
}
