/**
 * A worker that only makes Danish formatters and says when it is done. The first Intl object a page makes
 * is slow because the engine loads the locale's data then (measured in Chromium: 37–50 ms for the first
 * da-DK number formatter, 6 ms for the date formatters after it); that data is kept for the whole process,
 * so once a worker has loaded it, the page's own first formatter takes under a millisecond (src/lib/format.ts).
 * The options need not match the page's: what is loaded is the locale's number, calendar, time zone and
 * collation data, which every formatter of that kind shares.
 */
const now = new Date();
new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 }).format(1.5);
new Intl.DateTimeFormat('da-DK', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(now);
new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' }).format(now);
new Intl.Collator('da').compare('æ', 'ø');
// Typed with the page's DOM library, where postMessage is a window's; here it is the worker's own.
(globalThis as unknown as { postMessage: (message: string) => void }).postMessage('warm');
