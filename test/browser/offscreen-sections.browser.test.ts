import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { drawEverything } from './draw-everything';
import { setupPage } from './page-fixture';

/*
 * The long pages' cards and later sections are drawn only as they near the screen
 * (src/app/offscreen-sections.css). What a reader sees must not change for it: the layout is the
 * one the page had without it, a card's source still pops out of the card uncut, and print has it all.
 */

const base = inject('previewUrl');
const getPage = setupPage({ serviceWorkers: 'block' });
let page: Page;
beforeEach(() => {
  page = getPage();
});

/* Strings, not functions: the test runner's helpers for named functions do not exist in the page. */

/** Whether the browser draws an element's content now (false while a content-visibility ancestor skips it). */
const drawn = (selector: string) =>
  page.evaluate(
    `[...document.querySelectorAll(${JSON.stringify(selector)})].map((el) => el.checkVisibility({ contentVisibilityAuto: true }))`,
  ) as Promise<boolean[]>;

/** Every element's box, in document order, after scrolling through the page (so each section has been drawn). */
const boxes = () =>
  page.evaluate(`(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    for (let y = 0; y < document.scrollingElement.scrollHeight; y += innerHeight / 2) { scrollTo(0, y); await frame(); }
    scrollTo(0, 0);
    await frame();
    return [...document.body.querySelectorAll('*')].map((el) => {
      const r = el.getBoundingClientRect();
      return el.tagName + '.' + el.getAttribute('class') + ' ' + [r.x, r.y + scrollY, r.width, r.height].map(Math.round).join(',');
    });
  })()`) as Promise<string[]>;

describe('cards and sections below the first screen', () => {
  it('are drawn as they near the screen, not before', async () => {
    await page.goto(`${base}/planer/as2015`);
    const cards = await drawn('.target-grid > li > .target-card');
    expect(cards.length).toBeGreaterThan(20);
    expect(cards[0]).toBe(true);
    expect(cards.at(-1)).toBe(false);
    expect(await drawn('.plan-page > section ~ section > h2')).not.toContain(true);
    await page.locator('.target-grid > li').last().scrollIntoViewIfNeeded();
    await expect.poll(async () => (await drawn('.target-grid > li > .target-card')).at(-1)).toBe(true);
  });

  it.each([
    ['/', 1440],
    ['/', 390],
    ['/planer/as2015', 1440],
    ['/planer/as2015', 390],
    ['/planer/rr2014/moedepakke', 390],
  ])('%s at %i px: lay out exactly as they would all drawn', async (path, width) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${base}${path}`);
    // The meeting pack is not prerendered: its figures arrive after the app is live.
    await page.waitForFunction(() => !document.querySelector('main .loading') && document.querySelector('h1'));
    await page.waitForLoadState('networkidle');
    const skipped = await boxes();
    await drawEverything(page);
    expect(await boxes()).toEqual(skipped);
  });

  it('let a card’s source pop out above the card, uncut', async () => {
    await page.goto(`${base}/planer/as2015`);
    const card = page.locator('.target-group').nth(1).locator('.target-card').first();
    await card.locator('summary').first().focus();
    const pop = card.locator('.source-pop');
    expect(await pop.isVisible()).toBe(true);
    // The pop's top edge, above the card, is the pop, not what lies under it.
    const hit = await pop.evaluate((el) => {
      el.closest('li')!.scrollIntoView({ block: 'center' });
      // Hit-testing follows the clip. The pop lets the pointer through to the card; here it may not.
      el.style.pointerEvents = 'auto';
      const r = el.getBoundingClientRect();
      const card = el.closest('li')!.getBoundingClientRect();
      return { above: r.top < card.top, hit: el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + 2)) };
    });
    expect(hit).toEqual({ above: true, hit: true });
  });

  it('are all drawn in print', async () => {
    await page.goto(`${base}/planer/as2015`);
    await page.emulateMedia({ media: 'print' });
    expect(await drawn('.target-grid > li > .target-card, .plan-page > section ~ section > h2')).not.toContain(false);
  });
});
