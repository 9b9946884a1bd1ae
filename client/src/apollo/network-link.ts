import { ApolloLink, CombinedGraphQLErrors, HttpLink, type InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { meQuery } from '../features/auth/operations';
import { clockNotingFetch } from '../offline/server-clock';
import { hasErrorCode } from './error-codes';

/**
 * What any answer says about the session: one that ended on the server (expired, password reset, user
 * locked) sends the user to sign-in; a temporary password (PASSWORD_CHANGE_REQUIRED) to the
 * change-password screen, which App shows alone while `me.mustChangePassword` is set.
 */
export function sessionStateLink(cache: InMemoryCache): ApolloLink {
  return new ErrorLink(({ error, operation }) => {
    if (operation.operationName === 'SignIn' || !CombinedGraphQLErrors.is(error)) return;
    if (hasErrorCode(error, 'UNAUTHENTICATED')) {
      cache.writeQuery({ query: meQuery, data: { me: null } });
    } else if (hasErrorCode(error, 'PASSWORD_CHANGE_REQUIRED')) {
      const me = cache.readQuery({ query: meQuery })?.me;
      if (me && !me.mustChangePassword) {
        cache.writeQuery({ query: meQuery, data: { me: { ...me, mustChangePassword: true } } });
      }
    }
  });
}

/**
 * The requests to the server and what their answers say about the session. Loaded after the first render
 * (client.ts): a screen shown from the cache or from boot.ts's early answers needs neither.
 */
export function networkLink(cache: InMemoryCache): ApolloLink {
  return ApolloLink.from([
    sessionStateLink(cache),
    // Every answer tells the phone the server's time (offline/server-clock.ts).
    new HttpLink({ uri: '/graphql', credentials: 'same-origin', fetch: clockNotingFetch }),
  ]);
}
