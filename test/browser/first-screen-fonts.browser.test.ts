import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { setupPage } from './page-fixture';

/*
 * The fonts the first paint needs. Before it can lay out a line, the browser sets up each face, size and
 * weight the page draws in, one at a time (on Linux a round trip to the browser process for each, and a
 * font lookup for each family a system lacks). The checkboxes' own 13.33px Arial, semibold beside bold, an
 * italic quote and the bullets' 11 and 12px labels had the overview's first paint set up 13 of them (traced:
 * 26 ms of its thread's time); now it sets up 8, in 8 ms. So what the first paint draws comes in the page's
 * own face, in the five sizes of the type scale (src/app/styles.css), at 400 or 700, upright.
 */

const base = inject('previewUrl');
const getPage = setupPage({ serviceWorkers: 'block' });
let page: Page;
beforeEach(() => {
  page = getPage();
});

/*
 * Runs before the page's own scripts, so it sees the page as the first paint drew it. A string: the test
 * runner's helpers for named functions do not exist there. Every text the browser laid out (not in a
 * noscript, a closed details or a hidden box) and every form control, with the font it is drawn in.
 */
const FONTS_AT_FIRST_PAINT = `
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    const fonts = {};
    const note = (el, what) => {
      const s = getComputedStyle(el);
      const key = [s.fontFamily, s.fontSize, s.fontWeight, s.fontStyle].join(' | ');
      (fonts[key] ??= []).length < 3 && fonts[key].push(what);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!n.textContent.trim() || el.closest('noscript') || !el.checkVisibility()) continue;
      note(el, n.textContent.trim().slice(0, 30));
    }
    for (const el of document.querySelectorAll('input, select, button, textarea')) {
      if (el.checkVisibility()) note(el, el.localName);
    }
    window.__fontsAtFirstPaint = {
      fonts,
      family: getComputedStyle(document.documentElement).fontFamily,
      rem: parseFloat(getComputedStyle(document.documentElement).fontSize),
      scale: ['small', 'body', 'large', 'heading', 'title'].map((step) =>
        getComputedStyle(document.documentElement).getPropertyValue('--text-' + step).trim()),
    };
  }).observe({ type: 'paint', buffered: true });
`;

type Seen = { fonts: Record<string, string[]>; family: string; rem: number; scale: string[] };

async function fontsAtFirstPaint(path: string, width: number, height: number): Promise<Seen> {
  await page.setViewportSize({ width, height });
  await page.addInitScript(FONTS_AT_FIRST_PAINT);
  await page.goto(`${base}${path}`);
  const seen = await page.waitForFunction(
    () => (window as unknown as { __fontsAtFirstPaint?: object }).__fontsAtFirstPaint,
  );
  return (await seen.jsonValue()) as Seen;
}

describe('the fonts of the first paint', () => {
  it.each(
    ['/', '/planer/as2015', '/planer/rr2014', '/planer/bp2020', '/planer/bp2022', '/planer/bp2023'].flatMap((path) =>
      [
        [390, 844],
        [1280, 900],
      ].map(([w, h]) => [path, w!, h!] as const),
    ),
  )('%s at %i×%i: the page’s face, in the type scale’s sizes, at 400 or 700, upright', async (path, w, h) => {
    const seen = await fontsAtFirstPaint(path, w, h);
    const sizes = seen.scale.map((rem) => `${Math.round(parseFloat(rem) * seen.rem * 100) / 100}px`);
    expect(sizes).toHaveLength(5);
    const odd = Object.entries(seen.fonts).filter(([key]) => {
      const [family, size, weight, style] = key.split(' | ');
      return (
        family !== seen.family || !sizes.includes(size!) || !['400', '700'].includes(weight!) || style !== 'normal'
      );
    });
    expect(odd, JSON.stringify(odd)).toEqual([]);
    // The check reads what it should: the page's body text and its bold headings are there.
    expect(Object.keys(seen.fonts)).toEqual(
      expect.arrayContaining([
        `${seen.family} | ${sizes[1]} | 400 | normal`,
        `${seen.family} | ${sizes[4]} | 700 | normal`,
      ]),
    );
  });
});
