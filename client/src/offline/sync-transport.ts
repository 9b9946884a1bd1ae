import { type ApolloClient, CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { hasErrorCode } from '../apollo/error-codes';
import { flushCache } from '../apollo/persist';
import { myVisitsQuery, visitQuery } from '../field/operations';
import { DEADLINE_PER_OPERATION_MS, REQUEST_DEADLINE_MS, withDeadline } from './deadline';
import { type FetchLike, PieceSizer, uploadInPieces } from './file-upload';
import { reportPhoneHoldingsMutation, syncBatchMutation } from './operations';
import type { Outbox } from './outbox';
import type { BlobUploader, SyncTransport } from './sync-engine';
import { isUnavailableStatus, SyncError } from './sync-errors';

/** A failed batch as the engine needs it: try later, sign in again, or show the server's message. */
export function toSyncError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    const first = error.errors[0];
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'UNKNOWN';
    if (hasErrorCode(first, 'UNAUTHENTICATED')) return new SyncError('UNAUTHENTICATED', first.message, code);
    if (hasErrorCode(first, 'DATABASE_UNAVAILABLE')) return new SyncError('UNAVAILABLE', first.message, code);
    if (hasErrorCode(first, 'SYNC_FAILED') || hasErrorCode(first, 'INTERNAL_SERVER_ERROR'))
      return new SyncError('SYNC_FAILED', first.message, code);
    return new SyncError('REFUSED_BATCH', first.message, code);
  }
  // Something answered with an error page (a 503 from the server or a proxy before it): not "no network".
  if (ServerError.is(error)) {
    const code = `HTTP_${error.statusCode}`;
    return new SyncError(isUnavailableStatus(error.statusCode) ? 'UNAVAILABLE' : 'SYNC_FAILED', null, code);
  }
  return new SyncError('NETWORK', null);
}

/**
 * `syncBatch` through Apollo, never cached: the outcomes are recorded in the outbox, not in the cache.
 * Abandoned after its deadline (more time for a bigger batch), so a stalled link cannot hold the sync.
 */
export function apolloTransport(client: ApolloClient): SyncTransport {
  return async (request) => {
    try {
      const deadline = REQUEST_DEADLINE_MS + DEADLINE_PER_OPERATION_MS * request.operations.length;
      const { data } = await withDeadline(deadline, (signal) =>
        client.mutate({
          mutation: syncBatchMutation,
          variables: { input: request },
          fetchPolicy: 'no-cache',
          context: { fetchOptions: { signal } },
        }),
      );
      if (!data) throw new SyncError('NETWORK', null);
      return { outcomes: data.syncBatch.outcomes };
    } catch (error) {
      throw toSyncError(error);
    }
  };
}

/**
 * Each HEAD and piece of a photo has its own deadline (file-upload.ts sizes pieces to fit it), covering
 * the answer's body too: a link can stall after the status line.
 */
const fetchWithDeadline: FetchLike = (url, init) =>
  withDeadline(REQUEST_DEADLINE_MS, async (signal) => {
    const response = await fetch(url, { ...init, signal });
    const body = await response.arrayBuffer();
    return new Response(body.byteLength > 0 ? body : null, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  });

/** One uploader per engine: what it learns about the link (piece size) carries over to the next photo. */
export function fetchUploader(fetcher: FetchLike = fetchWithDeadline, sizer = new PieceSizer()): BlobUploader {
  return (blob, onProgress) =>
    uploadInPieces(
      fetcher,
      {
        fileId: blob.fileId,
        bytes: blob.bytes,
        mimeType: blob.mimeType,
        sha256: blob.sha256,
        started: blob.uploadStarted === true,
        onProgress,
      },
      sizer,
    );
}

/**
 * Reloads the visits the server just changed, and the list, so the cache holds the server's truth, and
 * saves the cache at once: the engine then stops laying the applied writes over the cached visit, so a
 * reload right after a sync must find the new copy on the phone, not the one from before.
 */
export function apolloRefresh(client: ApolloClient): (visitIds: string[]) => Promise<void> {
  return async (visitIds) => {
    // Abandoned like any sync request: the applied writes stay laid over the cached visit meanwhile.
    await withDeadline(REQUEST_DEADLINE_MS, (signal) => {
      const context = { fetchOptions: { signal } };
      return Promise.all([
        ...visitIds.map((id) =>
          client.query({ query: visitQuery, variables: { id }, fetchPolicy: 'network-only', context }),
        ),
        client.query({ query: myVisitsQuery, fetchPolicy: 'network-only', context }),
      ]);
    });
    await flushCache();
  };
}

/**
 * Tells the server what the phone holds for every person whose work is on it (counts and oldest time),
 * whoever is signed in, so that the office's ledger sees work stuck on a shared phone. Best effort:
 * offline or refused, it is simply sent again at the next chance.
 */
export async function reportHoldings(client: ApolloClient, outbox: Outbox): Promise<void> {
  const holdings = (await outbox.holdings()).slice(0, 50);
  if (holdings.length === 0) return;
  await withDeadline(REQUEST_DEADLINE_MS, (signal) =>
    client.mutate({
      mutation: reportPhoneHoldingsMutation,
      variables: {
        input: {
          holdings: holdings.map(({ deviceId, userId, count, oldestAt, operationIds }) => ({
            deviceId,
            userId,
            count,
            oldestAt,
            operationIds: operationIds.slice(0, 5000),
          })),
        },
      },
      fetchPolicy: 'no-cache',
      context: { fetchOptions: { signal } },
    }),
  );
}
