/**
 * The elements a prerendered page's first paint waits for: scripts/prerender.ts writes a
 * `<link rel="expect" blocking="render">` for one of them. A slow or loaded machine's parser stops now and
 * then (a chunk of the page not yet arrived, or its time slice used up), and a paint in such a pause showed
 * half the header, or half the målgruppe table's toolbar and rows, which then moved as the rest arrived: a
 * layout shift in CI.
 * - Every page waits for its header: parsed in no time, so the wait costs next to nothing (waiting for the
 *   whole overview cost 1.7× its first screen at 4× CPU).
 * - The målgruppe table's page waits for the table's end: the table is its first screen. The browser stops
 *   waiting after a while, so the table also hides itself until its end is parsed (table.css).
 */
export const HEADER_ID = 'sidehoved';
export const TARGET_GROUP_TABLE_END_ID = 'maalgruppetabel-slut';

/** The element whose end a prerendered page at `path` paints after. */
export const firstScreenEnd = (path: string): string =>
  path === '/maalgrupper' ? TARGET_GROUP_TABLE_END_ID : HEADER_ID;

/**
 * Marks the empty box that holds what lies below a prerendered page's first screen until its first paint
 * (src/components/after-first-paint.tsx); the page's start script (scripts/page-start.ts) finds it by it.
 */
export const AFTER_FIRST_PAINT_ATTRIBUTE = 'data-after-first-paint';
