import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { defer, mergeMap, throwError } from 'rxjs';
import type { EarlyAnswer } from '../early-start/boot';
import { earlyAnswersLink } from '../early-start/early-link';
import { isSignOutOwed, SignOutOwedError, settleOwedSignOut } from '../features/auth/owed-sign-out';

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
 * The link to the server, a chunk of its own (network-link.ts): the first render reads the cache and
 * boot.ts's early answers, so HttpLink and the session's error link load beside it rather than before it.
 * A chunk that could not load (offline, no service worker yet) fails that request as the network would,
 * and the next request tries again.
 */
export function lazyNetworkLink(cache: InMemoryCache): ApolloLink {
  let loading: Promise<ApolloLink> | undefined;
  const load = () =>
    (loading ??= import('./network-link').then(
      (module) => module.networkLink(cache),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  return new ApolloLink((operation, forward) => defer(load).pipe(mergeMap((link) => link.request(operation, forward))));
}

/** `early`: answers fetched while the app downloaded (boot.ts), used once instead of a second request. */
export function createApolloClient(cache: InMemoryCache, early: readonly EarlyAnswer[] = []): ApolloClient {
  return new ApolloClient({
    cache,
    // An early answer carries data only (early-link.ts), so the session's error link, now last, sees every
    // answer that can say the session ended.
    link: ApolloLink.from([earlyAnswersLink(early), owedSignOutLink, lazyNetworkLink(cache)]),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
