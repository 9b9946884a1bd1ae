import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createApolloClient, createCache } from './apollo/client';
import { persistCache, restoreCache } from './apollo/persist';
import { SessionProvider } from './features/auth/session';
import { I18nProvider } from './i18n/I18nProvider';
import { OfflineProvider } from './offline/OfflineProvider';
import { registerServiceWorker } from './pwa/register';
import './ui/tokens.css';
import './ui/ui.css';
import './app/app.css';

async function start() {
  const cache = createCache();
  // The saved cache must be in place before the first render so that offline reloads show data at once.
  await restoreCache(cache);
  persistCache(cache);
  const client = createApolloClient(cache);

  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <ApolloProvider client={client}>
          <SessionProvider>
            <OfflineProvider>
              <App />
            </OfflineProvider>
          </SessionProvider>
        </ApolloProvider>
      </I18nProvider>
    </StrictMode>,
  );
  registerServiceWorker();
}

void start();
