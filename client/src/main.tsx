import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createApolloClient, createCache } from './apollo/client';
import { persistCache, restoreCache } from './apollo/persist';
import { keepPrerenderedInput } from './app/prerendered-shell';
import { SessionOfflineProvider } from './app/SessionOfflineProvider';
import { preloadScreen, signInScreen } from './app/screen-chunks';
import { prefillCache } from './early-start/early-link';
import { meQuery } from './features/auth/operations';
import { SessionProvider } from './features/auth/session';
import { I18nProvider, savedLanguage } from './i18n/I18nProvider';
import { loadCatalogue, loadLanguage } from './i18n/messages';
import { sharedOutbox } from './offline/shared-outbox';
import { loadSyncRuntime } from './offline/sync-loader';
import { registerServiceWorker } from './pwa/register';
import './ui/tokens.css';
import './ui/ui.css';
import './app/app.css';
import './app/nav/nav.css';

async function start() {
  keepPrerenderedInput();
  // The server sent its sign-in page (no session cookie): the first render is sign-in, whose code is a chunk
  // of its own (the page preloads it).
  const loadSignIn = () => signInScreen.preload().catch(() => undefined);
  const signIn = document.getElementById('prerendered-sign-in') ? loadSignIn() : null;
  const early = window.kycuongEarly ?? { answers: [] };
  const cache = createCache();
  // The visit's document is the visit screen's (in its chunk): fetched only when boot.ts asked for a visit.
  const visitQuery = early.answers.some((answer) => answer.operationName === 'FieldVisit')
    ? import('./field/operations').then(
        (m) => m.visitQuery,
        () => null,
      )
    : null;
  // The saved cache must be in place before the first render so that offline reloads show data at once
  // (boot.ts started reading it while this code downloaded). English, when chosen, is a chunk of its own,
  // and so is the screen of the address (boot.ts preloaded it): the first render waits for both.
  const [, , , fieldVisit] = await Promise.all([
    restoreCache(cache),
    loadLanguage(savedLanguage()).catch((error: unknown) => console.warn('Could not load the language', error)),
    preloadScreen(location.pathname),
    visitQuery,
    signIn,
  ]);
  // What the server has already answered (who is signed in, the visit of the address) goes into the cache:
  // the first render then shows that screen (or sign-in) instead of a spinner. Answers still on their way
  // are handed to the queries that ask for them (early-link.ts).
  prefillCache(cache, early.answers, { Me: meQuery, ...(fieldVisit ? { FieldVisit: fieldVisit } : {}) });
  // The phone knows nobody is signed in (signed out, or the server said so early): sign-in comes first too.
  if (cache.readQuery({ query: meQuery })?.me === null) await loadSignIn();
  persistCache(cache);
  const client = createApolloClient(cache, early.answers);

  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing from index.html');
  // The first render replaces the prerendered screen in #root (client/build/prerender-shell.ts) in one
  // commit, on the same layout.
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <ApolloProvider client={client}>
          <SessionProvider>
            <SessionOfflineProvider>
              <App />
            </SessionOfflineProvider>
          </SessionProvider>
        </ApolloProvider>
      </I18nProvider>
    </StrictMode>,
  );
  registerServiceWorker();
  // The outbox and the sync engine are chunks of their own: fetched side by side right after the first
  // render, so that the engine does not wait for the outbox's open before its code starts downloading.
  void Promise.all([sharedOutbox(), loadSyncRuntime()]).catch(() => undefined);
  // The Vietnamese messages of the API's error codes, for answers without the server's own message: not
  // needed to show the first screen, so fetched once the page has rendered and the browser is idle.
  whenIdle(() => loadCatalogue('errors').catch(() => undefined));
}

function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 3000 });
  else setTimeout(task, 1000);
}

void start();
