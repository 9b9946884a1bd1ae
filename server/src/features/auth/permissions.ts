import { type CapabilityName, PERMISSION_TABLE, type RoleName } from '@kycuong/rules';
import { registerEnumType } from 'type-graphql';
import { Role } from '../users/role.js';

/**
 * What a signed-in person may do, by name: the one permissions table (rules/src/permissions.ts, where
 * each capability says what it allows). `@Authorized(Capability.X)`, the plain HTTP routes
 * (`signedInRoute`) and the record scopes (`record-scope.ts`) all read it, and the client gets the
 * viewer's capabilities as `me { can }`, so nothing else names roles to decide access.
 */
export type Capability = CapabilityName;
export const Capability = Object.fromEntries(Object.keys(PERMISSION_TABLE).map((name) => [name, name])) as {
  readonly [K in CapabilityName]: K;
};

/** The Role enum's names are exactly the shared table's (checked both ways by the compiler). */
type SameNames<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const roleNamesMatch: SameNames<`${Role}`, RoleName> = true;
void roleNamesMatch;

/** The table (rules/src/permissions.ts, shared with the phone): each capability and the roles that hold it. */
export const PERMISSIONS = PERMISSION_TABLE as unknown as Readonly<Record<Capability, readonly Role[]>>;

/** Whether a holder of `role` (a user, a viewer) has the capability. */
export function can(holder: { role: Role }, capability: Capability): boolean {
  return PERMISSIONS[capability].includes(holder.role);
}

/** Every capability of a role, in the table's order: what `me { can }` answers. */
export function capabilitiesOf(role: Role): Capability[] {
  return (Object.keys(PERMISSIONS) as Capability[]).filter((capability) => PERMISSIONS[capability].includes(role));
}

/** The roles holding a capability, for queries that select people by what they may do. */
export function rolesWith(capability: Capability): readonly Role[] {
  return PERMISSIONS[capability];
}

registerEnumType(Capability, { name: 'Capability', description: 'Something a signed-in user may do' });
