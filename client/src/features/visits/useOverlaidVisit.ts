import { useMemo } from 'react';
import type { FieldVisit } from '../../field/types';
import { useOffline } from '../../offline/OfflineProvider';
import { repliesOnPhone, withPendingWrites } from '../../offline/overlay';

/** The visit as the server last sent it, with the user's writes still on the phone laid over it. */
export function useOverlaidVisit(server: FieldVisit) {
  const { entries, applied, blobUrls, ready } = useOffline();
  const overlaid = useMemo(
    () => withPendingWrites(server, [...applied, ...entries], { blobUrls }),
    [server, entries, applied, blobUrls],
  );
  // The mark counts only what is really waiting: applied writes are on the server already.
  const waiting = entries.filter((entry) => entry.visitId === server.id);
  return {
    ...overlaid,
    ready,
    pending: waiting.filter((entry) => entry.state === 'PENDING').length,
    refused: waiting.filter((entry) => entry.state === 'REFUSED').length,
    repliesOnPhone: repliesOnPhone(waiting),
  };
}
