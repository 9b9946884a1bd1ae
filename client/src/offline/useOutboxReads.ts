import type { ApolloClient } from '@apollo/client';
import { startTransition, useEffect, useRef, useState } from 'react';
import type { OutboxEntry } from './field-writes';
import type { OfflineVisit, Outbox } from './outbox';
import { sharedOutbox } from './shared-outbox';
import { loadSyncRuntime } from './sync-loader';

/**
 * The signed-in user's outbox as the screens show it: its entries, the writes applied but not reloaded,
 * the visits taken offline and object URLs of the photos and signatures it holds, read again after
 * every change (in this tab or another).
 */
export function useOutboxReads(client: ApolloClient, userId: string | null) {
  const [outbox, setOutbox] = useState<Outbox | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  const [entries, setEntries] = useState<{ userId: string | null; list: OutboxEntry[]; applied: OutboxEntry[] }>({
    userId: null,
    list: [],
    applied: [],
  });
  const [downloads, setDownloads] = useState<Record<string, OfflineVisit>>({});
  const [blobUrls, setBlobUrls] = useState<Record<string, string>>({});
  const urls = useRef<Record<string, string>>({});

  useEffect(() => {
    let live = true;
    sharedOutbox().then(
      (opened) => live && setOutbox(opened),
      (error: unknown) => {
        console.warn('The outbox could not be opened', error);
        if (live) setUnavailable(true);
      },
    );
    return () => {
      live = false;
    };
  }, []);

  // Reads the user's outbox again after every change.
  useEffect(() => {
    if (!outbox || !userId) return;
    let live = true;
    const reload = async () => {
      const [list, offline, ids, applied] = await Promise.all([
        outbox.entries(userId),
        outbox.downloads(userId),
        outbox.blobIds(userId),
        outbox.appliedNotReloaded(userId),
      ]);
      const next: Record<string, string> = {};
      for (const id of ids) {
        if (urls.current[id]) {
          next[id] = urls.current[id];
          continue;
        }
        const stored = await outbox.blob(userId, id);
        if (stored) next[id] = URL.createObjectURL(new Blob([stored.bytes], { type: stored.mimeType }));
      }
      for (const [id, url] of Object.entries(urls.current)) if (!next[id]) URL.revokeObjectURL(url);
      urls.current = next;
      if (!live) return;
      // The screens drawn again from the outbox (the visit's overlay above all) are a transition: React
      // draws them in slices and lets a tap in between (issue 19, INP). The tapped answer itself is shown
      // at once by its card (useItemAnswer), and the write was durable before this read.
      startTransition(() => {
        setEntries({ userId, list, applied });
        setDownloads(Object.fromEntries(offline.map((record) => [record.visitId, record])));
        setBlobUrls(next);
      });
    };
    // One read at a time, so an older read never lands after a newer one.
    let queue = Promise.resolve();
    const run = () => {
      queue = queue.then(reload).catch((error: unknown) => console.warn('Could not read the outbox', error));
    };
    run();
    const stop = outbox.subscribe(run);
    // Another tab's sync reloaded visits into its own cache: this tab's copy is stale, reload it too.
    const stopReloaded = outbox.onReloadedElsewhere((owner, visitIds) => {
      if (owner !== userId) return;
      loadSyncRuntime()
        .then(({ apolloRefresh }) => apolloRefresh(client)(visitIds))
        .then(run, () => undefined);
    });
    // A browser without BroadcastChannel still catches up when the tab comes back to the front.
    window.addEventListener('focus', run);
    return () => {
      live = false;
      stop();
      stopReloaded();
      window.removeEventListener('focus', run);
    };
  }, [outbox, userId, client]);

  useEffect(
    () => () => {
      for (const url of Object.values(urls.current)) URL.revokeObjectURL(url);
      urls.current = {};
    },
    [],
  );

  return { outbox, unavailable, entries, downloads, blobUrls };
}
