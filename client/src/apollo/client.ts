import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { defer, mergeMap, throwError } from 'rxjs';
import type { EarlyAnswer } from '../early-start/boot';
import { earlyAnswersLink } from '../early-start/early-link';
import { meQuery } from '../features/auth/operations';
import { isSignOutOwed, SignOutOwedError, settleOwedSignOut } from '../features/auth/owed-sign-out';
import { clockNotingFetch } from '../offline/server-clock';
import { hasErrorCode } from './error-codes';

const orNull = <T>(existing: T | undefined): T | null => existing ?? null;

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // The list of visits reads `progress { answered total }`, the visit screen also its groups: merge the
      // two (the object has no id), or the list would wipe the groups and the visit could not be shown offline.
      VisitProgress: { merge: true },
      // A year's roll-up is read whole by the dashboard and in part by the one-minute summary (the year it is
      // compared with): merge the parts (none has an id) so neither wipes what the other read.
      Rollup: { merge: true },
      RollupCoverage: { merge: true },
      RollupCompliance: { merge: true },
      RollupFindings: { merge: true },
      // Fields added after a phone saved its cache read as not written until the server sends them, so that
      // a visit kept offline still shows after an app update.
      VisitAnswer: { fields: { foundText: orNull, recommendation: orNull } },
      Finding: { fields: { foundText: orNull, requirement: orNull, responsibleUnitAsOf: orNull } },
      Visit: { fields: { unitAsOf: orNull } },
      PlanLine: { fields: { unitAsOf: orNull } },
    },
  });
}

/**
 * Nothing goes to the server with a session the phone signed out of offline until the server has revoked
 * it (features/auth/owed-sign-out.ts); without network the operation fails as any offline request does.
 */
export const owedSignOutLink = new ApolloLink((operation, forward) => {
  if (!isSignOutOwed()) return forward(operation);
  return defer(() => settleOwedSignOut()).pipe(
    mergeMap((settled) => (settled ? forward(operation) : throwError(() => new SignOutOwedError()))),
  );
});

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

/** `early`: answers fetched while the app downloaded (boot.ts), used once instead of a second request. */
export function createApolloClient(cache: InMemoryCache, early: readonly EarlyAnswer[] = []): ApolloClient {
  return new ApolloClient({
    cache,
    link: ApolloLink.from([
      sessionStateLink(cache),
      earlyAnswersLink(early),
      owedSignOutLink,
      // Every answer tells the phone the server's time (offline/server-clock.ts).
      new HttpLink({ uri: '/graphql', credentials: 'same-origin', fetch: clockNotingFetch }),
    ]),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
