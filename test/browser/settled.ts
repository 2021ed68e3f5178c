import type { Page } from 'playwright-core';
import { requestsUnderWay } from './requests-under-way';

/** How long a page may take to settle before the test says which requests it was still waiting for. */
const LIMIT_MS = 30_000;

/**
 * Follows a page's requests, so a test can wait until the page has drawn
 * what it asked for: not the moment the app attached, but once every answer
 * (data, a lazily loaded chart library) has arrived and been rendered.
 */
export function trackRequests(page: Page): { settled: () => Promise<void> } {
  const requests = requestsUnderWay(page);
  const networkQuiet = (deadline: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`the page did not settle: still waiting for ${requests.urls().join(', ')}`));
      }, deadline - Date.now());
      void requests.none().then(() => {
        clearTimeout(timer);
        resolve();
      });
    });

  return {
    /**
     * The page's heading is there, no loading message is left, and no request
     * is in flight, still so after two frames (in which an answer's render
     * may have started the next request).
     */
    async settled() {
      const deadline = Date.now() + LIMIT_MS;
      const left = () => Math.max(1, deadline - Date.now());
      for (;;) {
        await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: left() });
        await page.waitForFunction(() => !document.querySelector('main .loading'), undefined, { timeout: left() });
        await networkQuiet(deadline);
        const stillDone = await page.evaluate(
          () =>
            new Promise<boolean>((resolve) =>
              requestAnimationFrame(() =>
                requestAnimationFrame(() => resolve(!document.querySelector('main .loading'))),
              ),
            ),
        );
        if (stillDone && requests.count() === 0) return;
      }
    },
  };
}
