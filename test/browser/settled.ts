import type { Page } from 'playwright-core';

/**
 * Follows a page's requests, so a test can wait until the page has drawn
 * what it asked for: not the moment the app attached, but once every answer
 * (data, a lazily loaded chart library) has arrived and been rendered.
 */
export function trackRequests(page: Page): { settled: () => Promise<void> } {
  let inFlight = 0;
  let quiet: (() => void)[] = [];
  const done = () => {
    inFlight -= 1;
    if (inFlight > 0) return;
    for (const resolve of quiet) resolve();
    quiet = [];
  };
  page.on('request', () => (inFlight += 1));
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  const networkQuiet = () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((r) => quiet.push(r)));

  return {
    /**
     * The page's heading is there, no loading message is left, and no request
     * is in flight, still so after two frames (in which an answer's render
     * may have started the next request).
     */
    async settled() {
      for (;;) {
        await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
        await page.waitForFunction(() => !document.querySelector('main .loading'), undefined, { timeout: 30_000 });
        await networkQuiet();
        const stillDone = await page.evaluate(
          () =>
            new Promise<boolean>((resolve) =>
              requestAnimationFrame(() =>
                requestAnimationFrame(() => resolve(!document.querySelector('main .loading'))),
              ),
            ),
        );
        if (stillDone && inFlight === 0) return;
      }
    },
  };
}
