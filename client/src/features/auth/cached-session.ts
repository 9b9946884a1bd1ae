import type { ApolloCache } from '@apollo/client';
import { capabilitiesOfRole, type RoleName } from '@kycuong/rules';
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
 * before `can` (an update installed in the background, then the app opened in the field without network)
 * takes the role's capabilities from the same permissions table the server enforces (@kycuong/rules), so
 * an inspector can go on with the visits on the phone; the session asks the server for `me` again as
 * soon as the network returns, and the server decides every write anyway.
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
    user: {
      ...(partial as CurrentUserFieldsFragment),
      can: partial.can ?? capabilitiesOfRole(partial.role as RoleName),
    },
    capabilitiesUnknown: !partial.can,
  };
}
