import { createSyncStoragePersister } from '@tanstack/query-sync-storage-persister';
import { dehydrate, hydrate, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { API_VERSION } from '@/contract';

/**
 * The wall screen keeps its last good data in localStorage, so a screen that
 * restarts while the network is down still shows figures (marked with their
 * age) instead of an error. Only the kiosk persists: the rest of the app
 * shares the query client but never writes to storage.
 *
 * Restore and subscribe are done here with the app's own react-query
 * (hydrate/dehydrate) rather than persist-client's helpers: that package pins
 * an older query-core, whose QueryClient type (and a second copy of the core
 * in the bundle) would not match the app's.
 */

const STORAGE_KEY = 'pejlemaerke-skaerm';
// A week: old enough data is still worth showing with its age; older than that, a screen should say nothing.
const MAX_AGE_MS = 7 * 24 * 60 * 60_000;
const SAVE_DELAY_MS = 2000;
const BUSTER = `api-v${API_VERSION}`;

function createKioskPersister() {
  return createSyncStoragePersister({ storage: window.localStorage, key: STORAGE_KEY, throttleTime: 0 });
}

type Persister = ReturnType<typeof createKioskPersister>;

const worthKeeping = { shouldDehydrateQuery: (q: { state: { status: string } }) => q.state.status === 'success' };

async function restore(queryClient: QueryClient, persister: Persister): Promise<void> {
  try {
    const saved = await persister.restoreClient();
    if (!saved) return;
    if (saved.buster !== BUSTER || Date.now() - saved.timestamp > MAX_AGE_MS) {
      await persister.removeClient();
      return;
    }
    // Hydrate keeps data already in the cache when it is newer than the saved copy.
    hydrate(queryClient, saved.clientState);
  } catch {
    await persister.removeClient();
  }
}

function subscribe(queryClient: QueryClient, persister: Persister): () => void {
  const save = () =>
    void persister.persistClient({
      timestamp: Date.now(),
      buster: BUSTER,
      // Errors are not worth remembering: what matters after a restart is the last good answer.
      clientState: dehydrate(queryClient, worthKeeping),
    });
  // Every fetch fires several cache events; one write a couple of seconds later covers them all.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = queryClient.getQueryCache().subscribe((event) => {
    if (timer || !(event.type === 'added' || event.type === 'removed' || event.type === 'updated')) return;
    timer = setTimeout(() => {
      timer = undefined;
      save();
    }, SAVE_DELAY_MS);
  });
  return () => {
    clearTimeout(timer);
    stop();
  };
}

/** Restores the cache before the slides mount, then persists it while the kiosk is shown. True once restored. */
export function useKioskPersistence(): boolean {
  const queryClient = useQueryClient();
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    const persister = createKioskPersister();
    let cancelled = false;
    let unsubscribe: (() => void) | undefined;
    void restore(queryClient, persister).finally(() => {
      if (cancelled) return;
      unsubscribe = subscribe(queryClient, persister);
      setRestored(true);
    });
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  }, [queryClient]);
  return restored;
}
