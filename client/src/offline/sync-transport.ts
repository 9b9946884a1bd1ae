import { type ApolloClient, CombinedGraphQLErrors } from '@apollo/client';
import { flushCache } from '../apollo/persist';
import { myVisitsQuery, visitQuery } from '../features/visits/operations';
import { type FetchLike, uploadInPieces } from './file-upload';
import { syncBatchMutation } from './operations';
import type { BlobUploader, SyncTransport } from './sync-engine';
import { SyncError } from './sync-errors';

/** A failed batch as the engine needs it: try later, sign in again, or show the server's message. */
export function toSyncError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    const first = error.errors[0];
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'UNKNOWN';
    if (code === 'UNAUTHENTICATED') return new SyncError('UNAUTHENTICATED', first.message, code);
    if (code === 'SYNC_FAILED' || code === 'INTERNAL_SERVER_ERROR')
      return new SyncError('SYNC_FAILED', first.message, code);
    return new SyncError('REFUSED_BATCH', first.message, code);
  }
  return new SyncError('NETWORK', null);
}

/** `syncBatch` through Apollo, never cached: the outcomes are recorded in the outbox, not in the cache. */
export function apolloTransport(client: ApolloClient): SyncTransport {
  return async (request) => {
    try {
      const { data } = await client.mutate({
        mutation: syncBatchMutation,
        variables: { input: request },
        fetchPolicy: 'no-cache',
      });
      if (!data) throw new SyncError('NETWORK', null);
      return { outcomes: data.syncBatch.outcomes };
    } catch (error) {
      throw toSyncError(error);
    }
  };
}

export function fetchUploader(fetcher: FetchLike = (url, init) => fetch(url, init)): BlobUploader {
  return (blob, onProgress) =>
    uploadInPieces(fetcher, {
      fileId: blob.fileId,
      bytes: blob.bytes,
      mimeType: blob.mimeType,
      sha256: blob.sha256,
      onProgress,
    });
}

/**
 * Reloads the visits the server just changed, and the list, so the cache holds the server's truth, and
 * saves the cache at once: the engine then stops laying the applied writes over the cached visit, so a
 * reload right after a sync must find the new copy on the phone, not the one from before.
 */
export function apolloRefresh(client: ApolloClient): (visitIds: string[]) => Promise<void> {
  return async (visitIds) => {
    await Promise.all([
      ...visitIds.map((id) => client.query({ query: visitQuery, variables: { id }, fetchPolicy: 'network-only' })),
      client.query({ query: myVisitsQuery, fetchPolicy: 'network-only' }),
    ]);
    await flushCache();
  };
}
