import type { ReactNode } from 'react';
import { afterOwedSignOut } from '../features/auth/owed-sign-out';
import { useSession } from '../features/auth/session';
import { OfflineProvider } from '../offline/OfflineProvider';

/** The offline layer for whoever is signed in; it knows nothing of the session itself (issue 14). */
export function SessionOfflineProvider({ children }: { children: ReactNode }) {
  const { user } = useSession();
  return (
    <OfflineProvider user={user} guard={afterOwedSignOut}>
      {children}
    </OfflineProvider>
  );
}
