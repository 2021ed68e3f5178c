import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchChromium } from './chromium';

/**
 * One Chromium per test file, a fresh page per test, and no uncaught page
 * errors allowed: a script error is a bug even when the assertions pass.
 */
export function setupPage(options: BrowserContextOptions = {}): () => Page {
  let browser: Browser;
  let page: Page;
  let pageErrors: string[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage({
      locale: 'da-DK',
      timezoneId: 'Europe/Copenhagen',
      viewport: { width: 1280, height: 900 },
      ...options,
    });
    pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });
  afterEach(async () => {
    await page.close();
    expect(pageErrors).toEqual([]);
  });
  return () => page;
}
