import type { Role } from './role.js';
import type { User } from './user.entity.js';

/**
 * Who is asking, as authorization needs it: the signed-in user's id, role and unit. Every request has
 * one from its session row; the `User` entity is mapped only when a resolver needs the entity itself.
 */
export interface Viewer {
  id: string;
  role: Role;
  unitId: string | null;
}

export const viewerOf = (user: User): Viewer => ({ id: user.id, role: user.role, unitId: user.unit?.id ?? null });
