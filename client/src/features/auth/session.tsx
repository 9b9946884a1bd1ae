import { useApolloClient, useQuery } from '@apollo/client/react';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { isNetworkProblem } from '../../apollo/errors';
import type { CurrentUserFieldsFragment } from '../../apollo/generated/graphql';
import { adoptUser, cacheOwner, forgetUser } from '../../apollo/persist';
import { takePrefilled } from '../../early-start/early-link';
import { sharedOutbox } from '../../offline/shared-outbox';
import { cachedSession } from './cached-session';
import { meQuery } from './operations';
import { markSignOutOwed, retryOwedSignOut, SIGN_OUT_OWED_KEY, settleOwedSignOut } from './owed-sign-out';

/** How long signing out waits for the server before forgetting the session on the phone anyway. */
const SIGN_OUT_WAIT_MS = 5000;

export type CurrentUser = CurrentUserFieldsFragment;

interface SessionValue {
  user: CurrentUser | null;
  /** True until the first answer (cache or network) about who is signed in. */
  loading: boolean;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  // Asked again at start, unless main.tsx has just written the server's fresh answer into the cache.
  const [fetchPolicy] = useState(() =>
    takePrefilled('Me', {}) ? ('cache-first' as const) : ('cache-and-network' as const),
  );
  const { data, error, loading, refetch } = useQuery(meQuery, { fetchPolicy });

  // Offline: the request fails but the cached user is still the one on this phone; keep them signed in.
  let user = data?.me ?? null;
  let capabilitiesUnknown = false;
  if (!data && error && isNetworkProblem(error)) {
    ({ user, capabilitiesUnknown } = cachedSession(client.cache));
  }

  // A session cached by an older app version has no capabilities (cached-session.ts): ask the server
  // again as soon as it may answer, instead of waiting for the next start.
  useEffect(() => {
    if (!capabilitiesUnknown) return;
    const ask = () => {
      if (navigator.onLine) refetch().catch(() => undefined);
    };
    const visible = () => {
      if (document.visibilityState === 'visible') ask();
    };
    window.addEventListener('online', ask);
    document.addEventListener('visibilitychange', visible);
    return () => {
      window.removeEventListener('online', ask);
      document.removeEventListener('visibilitychange', visible);
    };
  }, [capabilitiesUnknown, refetch]);

  // The cache may only ever hold the signed-in user's data (another tab signed someone else in...).
  const userId = user?.id ?? null;
  useEffect(() => {
    if (!userId || userId === cacheOwner()) return;
    const me = client.cache.readQuery({ query: meQuery })?.me ?? null;
    void adoptUser(client, userId).then(() => {
      if (me?.id === userId) client.cache.writeQuery({ query: meQuery, data: { me } });
    });
  }, [client, userId]);

  // A sign-out made offline is sent as soon as the server can be reached, even if nobody touches the phone:
  // tried again and again, and at once when the browser says the network is back or the page comes to
  // the front.
  useEffect(() => {
    const retry = retryOwedSignOut();
    const now = () => retry.now();
    const visible = () => {
      if (document.visibilityState === 'visible') retry.now();
    };
    // Another tab signed out: this one forgets the session too (a fresh load starts on the sign-in screen).
    const otherTab = (event: StorageEvent) => {
      if (event.key === SIGN_OUT_OWED_KEY && event.newValue) window.location.replace('/');
    };
    window.addEventListener('online', now);
    document.addEventListener('visibilitychange', visible);
    window.addEventListener('storage', otherTab);
    return () => {
      retry.stop();
      window.removeEventListener('online', now);
      document.removeEventListener('visibilitychange', visible);
      window.removeEventListener('storage', otherTab);
    };
  }, []);

  const signOut = useCallback(async () => {
    // Owed before anything else: from here on nothing is sent with this session until the server has
    // revoked it. Online it is revoked now; offline (or on a link that does not answer) the phone forgets
    // the session anyway and the sign-out goes first when the server can be reached.
    markSignOutOwed();
    let waited: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      settleOwedSignOut(),
      new Promise((resolve) => {
        waited = setTimeout(resolve, SIGN_OUT_WAIT_MS);
      }),
    ]);
    clearTimeout(waited);
    // The outbox stays on the phone, under this user only; their saved data stays too if it is needed
    // to show that unsent work again.
    if (userId) {
      const unsent = await sharedOutbox()
        .then((outbox) => outbox.entries(userId))
        .then((entries) => entries.length)
        .catch(() => 1);
      await forgetUser(userId, { keepSaved: unsent > 0 });
      if (unsent === 0)
        await sharedOutbox()
          .then((outbox) => outbox.forgetDownloads(userId))
          .catch(() => undefined);
    }
    await client.clearStore();
    // A fresh page load leaves nothing of the previous user in memory (screens' state, query results).
    window.location.replace('/');
  }, [client, userId]);

  const value = useMemo<SessionValue>(
    () => ({ user, loading: loading && !data && !error, signOut }),
    [user, loading, data, error, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user, for screens that are only rendered behind the sign-in gate. */
export function useCurrentUser(): CurrentUser {
  const { user } = useSession();
  if (!user) throw new Error('useCurrentUser without a signed-in user');
  return user;
}
