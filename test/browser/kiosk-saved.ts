import type { Page } from 'playwright-core';

/**
 * What the wall screen has put in its saved store, for tests that restart it
 * without a network. The screen saves a couple of seconds after its cache first
 * changes, and again after the next change: on a loaded machine one save can
 * fall between two answers and hold the plan but not its figures. A test that
 * restarts the screen waits until every answer it was given is saved, not
 * until some text it expects turns up there.
 */

const STORAGE_KEY = 'pejlemaerke-skaerm';

/** The saved store's entries: each API resource as the client names it ('plans/rr2014.json') and its query key. */
export const savedEntries = (page: Page): Promise<{ path: string; queryKey: unknown[] }[]> =>
  page.evaluate((key) => {
    const saved = JSON.parse(localStorage.getItem(key) ?? 'null') as {
      entries: { path: string; queryKey: unknown[] }[];
    } | null;
    return saved?.entries.map(({ path, queryKey }) => ({ path, queryKey })) ?? [];
  }, STORAGE_KEY);

/**
 * Records each API resource the page is answered with from now on; the function it returns
 * lists those not (yet) in the saved store, so `poll(unsaved).toEqual([])` waits for the save.
 */
export function watchUnsaved(page: Page): () => Promise<string[]> {
  const answered = new Set<string>();
  page.on('response', (response) => {
    const path = /\/api\/v\d+\/(.+)$/.exec(new URL(response.url()).pathname)?.[1];
    if (path && response.ok()) answered.add(path);
  });
  return async () => {
    const saved = new Set((await savedEntries(page)).map((e) => e.path));
    return [...answered].filter((path) => !saved.has(path)).sort();
  };
}
