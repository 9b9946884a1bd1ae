import { useMemo } from 'react';
import type { CurrentUser } from '../../features/auth/session';
import { type Navigation, navigationFor } from './places';

/** The signed-in person's places, computed once per user (their role and capabilities). */
export function useNavigation(user: CurrentUser): Navigation {
  return useMemo(() => navigationFor(user), [user]);
}
