import type { ApolloClient } from '@apollo/client';
import { flushCache } from '../apollo/persist';
import { myVisitsQuery, visitQuery } from '../field/operations';
import type { OfflineVisit, Outbox } from './outbox';
import { askPersistentStorage } from './storage';

export interface TakenOffline {
  record: OfflineVisit;
  /** A planned visit whose checklist the server could not name: it can only be started online. */
  checklistMissing: boolean;
}

/**
 * Takes a visit offline: the whole visit (checklist, unit, earlier findings, answers, photos...) into
 * the cache from the network, each photo fetched once so the service worker keeps it, and the visit
 * recorded as downloaded for this user.
 */
export async function takeVisitOffline(
  client: ApolloClient,
  outbox: Outbox,
  userId: string,
  visitId: string,
): Promise<TakenOffline> {
  askPersistentStorage();
  const { data } = await client.query({ query: visitQuery, variables: { id: visitId }, fetchPolicy: 'network-only' });
  const visit = data?.visit;
  if (!visit) throw new Error('VISIT_NOT_FOUND');
  const urls = new Set(visit.attachments.map((attachment) => attachment.url));
  await Promise.all(
    [...urls].map(async (url) => {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      await response.arrayBuffer();
    }),
  );
  // The list too, so that the visit can be found again without network.
  await client.query({ query: myVisitsQuery, fetchPolicy: 'network-only' }).catch(() => undefined);
  // Only a visit that is really in IndexedDB counts as downloaded.
  await flushCache();
  const record = await outbox.markDownloaded(userId, visitId);
  return {
    record,
    checklistMissing: visit.status === 'PLANNED' && !visit.templateVersion && !visit.plannedTemplateVersion,
  };
}
