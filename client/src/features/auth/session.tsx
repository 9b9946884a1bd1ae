import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';
import { isNetworkProblem } from '../../apollo/errors';
import type { CurrentUserFieldsFragment } from '../../apollo/generated/graphql';
import { clearPersistedCache } from '../../apollo/persist';
import { meQuery, signOutMutation } from './operations';

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
  const { data, error, loading } = useQuery(meQuery, { fetchPolicy: 'cache-and-network' });
  const [signOutRequest] = useMutation(signOutMutation);

  // Offline: the request fails but the cached user is still the one on this phone; keep them signed in.
  let user = data?.me ?? null;
  if (!data && error && isNetworkProblem(error)) {
    user = client.cache.readQuery({ query: meQuery })?.me ?? null;
  }

  const signOut = useCallback(async () => {
    try {
      await signOutRequest();
    } catch {
      // Offline or already signed out: still forget everything locally.
    }
    await client.clearStore();
    await clearPersistedCache();
    // A fresh page load leaves nothing of the previous user in memory (screens' state, query results).
    window.location.replace('/');
  }, [client, signOutRequest]);

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
