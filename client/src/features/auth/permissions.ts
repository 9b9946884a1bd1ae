import type { Capability } from '../../apollo/generated/graphql';

/**
 * Whether the signed-in user may do something, by the server's permissions table, which it sends as
 * `me { can }` (server/src/features/auth/permissions.ts): the UI offers only what will be allowed and
 * names no role to decide it. The server still decides.
 */
export function can(user: { can: readonly Capability[] }, capability: Capability): boolean {
  return user.can.includes(capability);
}
