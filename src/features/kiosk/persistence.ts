import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { rememberResponse, retainedResponse, retainResponses } from '@/lib/api-client';
import { readSaved, toSaved, withoutOldest, type SavedCache } from './saved-cache';

/**
 * The wall screen keeps its last good data in localStorage, so a screen that
 * restarts while the network is down still shows figures (marked with their
 * age) instead of an error. Only the kiosk persists: the rest of the app
 * shares the query client but never writes to storage.
 */

const STORAGE_KEY = 'pejlemaerke-skaerm';
const SAVE_DELAY_MS = 2000;

/**
 * Puts the saved answers into the cache, each validated by its resource's
 * contract first. Called by the /skaerm route before any of its requests
 * start: a request already under way when its query is filled from storage
 * would, if cancelled, put the query back as it was when it began, without data.
 * Whatever storage holds, the screen starts: a bad entry is dropped, a bad
 * file is removed.
 */
export function restoreKioskCache(queryClient: QueryClient): void {
  retainResponses(true);
  try {
    const storage = window.localStorage;
    const saved = readSaved(storage.getItem(STORAGE_KEY), Date.now());
    if (!saved.ok) {
      if (saved.reason !== 'none') storage.removeItem(STORAGE_KEY);
      return;
    }
    for (const q of saved.queries) {
      // Built with its resource in the meta, so it is saved again even before a slide asks for it.
      queryClient.getQueryCache().build(queryClient, { queryKey: q.queryKey, meta: { resource: q.path } });
      queryClient.setQueryData(q.queryKey, q.data, { updatedAt: q.dataUpdatedAt });
      rememberResponse(q.path, q.body);
    }
  } catch {
    // Storage disabled (private mode, policy): the screen works, it just cannot start without the network.
  }
}

/** Writes `saved`; when storage is full, leaves out the oldest answers until it fits. */
function write(saved: SavedCache): void {
  for (let dropped = 0; dropped <= saved.entries.length; dropped++) {
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(withoutOldest(saved, dropped)));
      return;
    } catch {
      // QuotaExceededError: try with fewer. (Storage that is disabled altogether fails every time: nothing saved.)
    }
  }
}

/** Saves the cache a couple of seconds after it changes, for as long as the kiosk is shown. */
export function useKioskPersistence(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    retainResponses(true);
    // Every fetch fires several cache events; one write a couple of seconds later covers them all.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      timer = undefined;
      write(toSaved(queryClient.getQueryCache().getAll(), retainedResponse, Date.now()));
    };
    const stop = queryClient.getQueryCache().subscribe((event) => {
      if (timer || !(event.type === 'added' || event.type === 'removed' || event.type === 'updated')) return;
      timer = setTimeout(save, SAVE_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      stop();
      retainResponses(false);
    };
  }, [queryClient]);
}
