import type { ApolloCache } from '@apollo/client';
import type { CurrentUserFieldsFragment } from '../../apollo/generated/graphql';
import { meQuery } from './operations';

/** The signed-in user as this phone last saw it, and whether their capabilities are still to be asked. */
export interface CachedSession {
  user: CurrentUserFieldsFragment | null;
  /** True when the cached user came from an app version that did not ask `me { can }` yet. */
  capabilitiesUnknown: boolean;
}

/** The fields of `me` that every version of the app has cached (all but `can`). */
const ALWAYS_CACHED = ['id', 'username', 'fullName', 'role', 'active', 'mustChangePassword', 'unitId'] as const;

/**
 * The user cached on this phone, for a start without network. A session cached by an app version from
 * before `can` keeps the user signed in with no capabilities: nothing is offered that the server might
 * refuse, and their saved work stays on the phone, until the server answers `me` again (the session
 * asks as soon as the network returns). Guessing capabilities from the role would be a second copy of
 * the server's permissions table, out of date the day the table changes.
 */
export function cachedSession(cache: ApolloCache): CachedSession {
  const complete = cache.readQuery({ query: meQuery })?.me ?? null;
  if (complete) return { user: complete, capabilitiesUnknown: false };
  const partial: Partial<CurrentUserFieldsFragment> | null | undefined = cache.readQuery({
    query: meQuery,
    returnPartialData: true,
  })?.me;
  if (!partial || ALWAYS_CACHED.some((field) => partial[field] === undefined) || partial.unit === undefined) {
    return { user: null, capabilitiesUnknown: false };
  }
  const unit = partial.unit;
  if (unit && [unit.id, unit.name, unit.code, unit.kind].some((value) => value === undefined)) {
    return { user: null, capabilitiesUnknown: false };
  }
  return {
    user: { ...(partial as CurrentUserFieldsFragment), can: partial.can ?? [] },
    capabilitiesUnknown: !partial.can,
  };
}
