import type { Workbox } from 'workbox-window';

/**
 * Service-worker registration. A new version waits until the user taps "Cập nhật" (an inspector may
 * be in the middle of a form); then the page reloads once, guarded so a bad deploy cannot loop.
 */
const RELOAD_KEY = 'kycuong.swReloadedAt';
const RELOAD_GUARD_MS = 10_000;

type Listener = (ready: boolean) => void;
const listeners = new Set<Listener>();
let workbox: Workbox | null = null;
let updateReady = false;

function setUpdateReady(value: boolean) {
  updateReady = value;
  for (const listener of listeners) listener(value);
}

export function subscribeToUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isUpdateReady(): boolean {
  return updateReady;
}

function reloadOnce() {
  let last = 0;
  try {
    last = Number(sessionStorage.getItem(RELOAD_KEY) ?? 0);
    sessionStorage.setItem(RELOAD_KEY, String(Date.now()));
  } catch {
    // No sessionStorage: reload anyway, `controlling` fires once per new worker.
  }
  if (Date.now() - last < RELOAD_GUARD_MS) return;
  window.location.reload();
}

/**
 * After the page has loaded (the worker's install downloads every file of the app, which must not compete
 * with the first screen); workbox-window is a chunk of its own for the same reason.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (document.readyState !== 'complete') {
    window.addEventListener('load', () => registerServiceWorker(), { once: true });
    return;
  }
  import('workbox-window')
    .then(({ Workbox }) => {
      workbox = new Workbox('/sw.js', { scope: '/' });
      workbox.addEventListener('waiting', () => setUpdateReady(true));
      return workbox.register();
    })
    .catch((error: unknown) => console.warn('Service worker registration failed', error));
}

/** Activates the waiting worker; the page reloads when it takes control. */
export function applyUpdate(): void {
  if (!workbox) return;
  workbox.addEventListener('controlling', reloadOnce);
  workbox.messageSkipWaiting();
  setUpdateReady(false);
}
