import { type ComponentType, lazy, useMemo } from 'react';
import { type Catalogue, loadCatalogue } from '../i18n/messages';
import { VISIT_ADDRESS } from './routes';

// The screens after sign-in are chunks of their own: sign-in (the first screen of a phone) waits for none
// of them. Field screens are fetched as soon as someone is signed in (preloadFieldScreens), so that they are
// there when the network goes; office and admin screens load on first use, a phone doing field work never
// downloads them.

/** A screen in a chunk of its own: its code once loaded, Suspense's lazy component until then. */
interface ChunkScreen<P> {
  loaded: ComponentType<P> | null;
  lazy: ComponentType<P>;
  preload: () => Promise<ComponentType<P>>;
}

/**
 * A field screen: its code and its messages, loaded together. The visit screen needs only its own
 * (vi/visit.ts); the other field screens show some of the same things, so they load both.
 */
function chunkScreen<P extends object>(
  load: () => Promise<ComponentType<P>>,
  catalogues: Catalogue[] = ['visit', 'field'],
): ChunkScreen<P> {
  const screen: ChunkScreen<P> = {
    loaded: null,
    preload: () =>
      Promise.all([load(), ...catalogues.map(loadCatalogue)]).then(([component]) => {
        screen.loaded = component;
        return component;
      }),
    lazy: lazy(() => screen.preload().then((component) => ({ default: component }))) as unknown as ComponentType<P>,
  };
  return screen;
}

/**
 * Renders a chunk's screen: at once when its code is loaded (preloadScreen before the first render, or an
 * earlier visit), otherwise through Suspense, with the loading spinner.
 */
export function FromChunk<P extends object>({ screen, props }: { screen: ChunkScreen<P>; props: P }) {
  // Chosen once per screen: switching from the lazy component to the loaded one would remount the screen.
  const Component = useMemo(() => screen.loaded ?? screen.lazy, [screen]);
  return <Component {...props} />;
}

export const fieldScreens = {
  home: chunkScreen(() => import('../features/home/HomeScreen').then((m) => m.HomeScreen)),
  myVisits: chunkScreen(() => import('../features/visits/MyVisitsScreen').then((m) => m.MyVisitsScreen)),
  visit: chunkScreen(() => import('../features/visits/VisitScreen').then((m) => m.VisitScreen), ['visit']),
  sync: chunkScreen(() => import('../features/sync/SyncScreen').then((m) => m.SyncScreen)),
  inbox: chunkScreen(() => import('../features/notifications/InboxScreen').then((m) => m.InboxScreen)),
  changePassword: chunkScreen(() =>
    import('../features/auth/ChangePasswordScreen').then((m) => m.ChangePasswordScreen),
  ),
};

/**
 * Sign-in, a chunk of its own: a phone with someone signed in (a visit opened from the phone's data) never
 * waits for it. main.tsx loads it before the first render when the page is the server's sign-in page or
 * the phone knows nobody is signed in; otherwise it comes through Suspense (the session is loading then).
 */
export const signInScreen = chunkScreen(() => import('../features/auth/SignInScreen').then((m) => m.SignInScreen), []);

/**
 * Loads the code of the screen at `path` when boot.ts preloaded it (a visit's address), for main.tsx to
 * wait for before the first render. Never rejects: a chunk that cannot load is left to Suspense.
 */
export function preloadScreen(path: string): Promise<void> {
  if (!VISIT_ADDRESS.test(path.replace(/\/+$/, ''))) return Promise.resolve();
  return fieldScreens.visit.preload().then(
    () => undefined,
    () => undefined,
  );
}

/** After the page has loaded and the first screen has had the network and the CPU to itself. */
const FIELD_PRELOAD_DELAY_MS = 5000;

export function preloadFieldScreens(): () => void {
  let idle: number | undefined;
  const timer = window.setTimeout(() => {
    const load = () => {
      for (const screen of Object.values(fieldScreens)) screen.preload().catch(() => undefined);
    };
    if ('requestIdleCallback' in window) idle = window.requestIdleCallback(load, { timeout: 5000 });
    else load();
  }, FIELD_PRELOAD_DELAY_MS);
  return () => {
    window.clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback(idle);
  };
}
