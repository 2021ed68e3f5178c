import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchChromium, waitForLiveApp } from './chromium';

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
    // A prerendered page is drawn before the app attaches to it: a test acts on the live app, as a reader
    // who clicks a moment later would. Every visit waits for it (waitForLiveApp).
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      await waitForLiveApp(page);
      return response;
    };
  });
  afterEach(async () => {
    await page.close();
    expect(pageErrors).toEqual([]);
  });
  return () => page;
}
