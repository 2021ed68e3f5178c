import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { setupPage } from './page-fixture';

/*
 * What a prerendered page holds back until its first paint (src/components/after-first-paint.tsx): nothing
 * a reader would see on the first screen, at any window size; all of it in place, hydrated, once the app is
 * live; and a link into the page still lands where it points.
 */

const base = inject('previewUrl');
const getPage = setupPage({ serviceWorkers: 'block' });
let page: Page;
beforeEach(() => {
  page = getPage();
});

/*
 * Runs before the page's own scripts, so its paint observer is called before the start script's: it sees the
 * page as the first paint drew it. A string: the test runner's helpers for named functions do not exist there.
 */
const AT_FIRST_PAINT = `
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    window.__atFirstPaint = {
      held: [...document.querySelectorAll('[data-after-first-paint]')].map((box) => Math.round(box.getBoundingClientRect().top)),
      cards: document.querySelectorAll('.target-card').length,
      height: innerHeight,
      // How the cards on the first screen are drawn: content-visibility would draw them in a second pass.
      onScreen: [...document.querySelectorAll('.target-grid > li')]
        .filter((li) => li.getBoundingClientRect().top < innerHeight)
        .map((li) => getComputedStyle(li).contentVisibility),
    };
  }).observe({ type: 'paint', buffered: true });
`;

type AtFirstPaint = { held: number[]; cards: number; height: number; onScreen: string[] };

async function firstPaint(path: string, width: number, height: number): Promise<AtFirstPaint> {
  await page.setViewportSize({ width, height });
  await page.goto(`${base}${path}`);
  const seen = await page.waitForFunction(() => (window as unknown as { __atFirstPaint?: object }).__atFirstPaint);
  return (await seen.jsonValue()) as AtFirstPaint;
}

const WINDOWS = [
  [390, 844],
  [1280, 900],
  [1920, 1080],
  [2560, 1440],
] as const;

describe('what a prerendered page holds back until its first paint', () => {
  it.each([
    ['/planer/as2015', 28],
    ['/', undefined],
  ])('%s: none of it on the first screen, at any window size; all of it there once live', async (path, cards) => {
    await page.addInitScript(AT_FIRST_PAINT);
    const held: number[] = [];
    const onScreen: string[][] = [];
    for (const [width, height] of WINDOWS) {
      const seen = await firstPaint(path, width, height);
      onScreen.push(seen.onScreen);
      // Each box still holding content at the first paint starts below the window.
      for (const top of seen.held) expect(top, `${path} at ${width}×${height}`).toBeGreaterThan(seen.height);
      held.push(seen.held.length);
      expect(await page.locator('[data-after-first-paint]').count()).toBe(0);
      if (cards) expect(await page.locator('.target-card').count()).toBe(cards);
    }
    // A laptop's window: the page did hold back what lies below it.
    expect(held[1], `${path} at 1280×900`).toBeGreaterThan(0);
    // Its first screen's cards are drawn in the first pass.
    expect(onScreen[1]!.length).toBeGreaterThan(0);
    expect(new Set(onScreen[1]), `${path} at 1280×900`).toEqual(new Set(['visible']));
  });

  it('lets a link into the page land where it points', async () => {
    await page.goto(`${base}/planer/as2015#plan-pejlemaerker`);
    const heading = page.getByRole('heading', { level: 2, name: 'Pejlemærker' });
    await expect.poll(async () => (await heading.boundingBox())?.y).toBeLessThan(10);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(1000);
  });
});
