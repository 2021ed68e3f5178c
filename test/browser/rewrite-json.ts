import type { Page } from 'playwright-core';

/**
 * Answers the requests matching `pattern` with the server's JSON, rewritten by `rewrite`. A connection
 * the server resets (on a loaded machine its idle keep-alive can close just as a request goes out) reaches
 * the page as a reset, as it would without the rewrite, for the page and the test to deal with: thrown from
 * the handler, it failed the whole run as an unhandled error.
 */
export async function rewriteJson(page: Page, pattern: string, rewrite: (body: unknown) => unknown): Promise<void> {
  await page.route(pattern, async (route) => {
    const response = await route.fetch().catch(() => undefined);
    if (!response) {
      await route.abort('connectionreset').catch(() => undefined);
      return;
    }
    await route.fulfill({ response, json: rewrite(await response.json()) });
  });
}
