import type { Page, Request } from 'playwright-core';

/** A page's requests under way: how many, which, and a promise for the moment there are none. */
export type RequestsUnderWay = { count: () => number; urls: () => string[]; none: () => Promise<void> };

/** Follows the page's requests from now on (call before `goto`). */
export function requestsUnderWay(page: Page): RequestsUnderWay {
  const open = new Set<Request>();
  let waiting: (() => void)[] = [];
  const done = (request: Request) => {
    open.delete(request);
    if (open.size > 0) return;
    for (const resolve of waiting) resolve();
    waiting = [];
  };
  page.on('request', (request) => open.add(request));
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    count: () => open.size,
    urls: () => [...open].map((r) => r.url()),
    none: () => (open.size === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve))),
  };
}
