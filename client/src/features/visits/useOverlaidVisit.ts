import { useMemo } from 'react';
import type { FieldVisit } from '../../field/types';
import { useOffline } from '../../offline/OfflineProvider';
import { repliesOnPhone, withPendingWrites } from '../../offline/overlay';

/**
 * The visit as the server last sent it, with the user's writes still on the phone laid over it. Each part
 * is kept the same object until what it is made of changes (not at every change of the sync's state), so
 * that the memoized parts of the screen are not drawn again for nothing (issue 19, INP).
 */
export function useOverlaidVisit(server: FieldVisit) {
  const { entries, applied, blobUrls, ready } = useOffline();
  const overlaid = useMemo(
    () => withPendingWrites(server, [...applied, ...entries], { blobUrls }),
    [server, entries, applied, blobUrls],
  );
  const waiting = useMemo(() => {
    // The mark counts only what is really waiting: applied writes are on the server already.
    const mine = entries.filter((entry) => entry.visitId === server.id);
    return {
      pending: mine.filter((entry) => entry.state === 'PENDING').length,
      refused: mine.filter((entry) => entry.state === 'REFUSED').length,
      repliesOnPhone: repliesOnPhone(mine),
    };
  }, [entries, server.id]);
  return { ...overlaid, ready, ...waiting };
}
