import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './chromium';
import { drawEverything } from './draw-everything';
import { rewriteJson } from './rewrite-json';

/*
 * Hostile text in every text field of the dataset: markup that would run,
 * a javascript: address, a 10,000-character word, right-to-left and
 * zero-width characters, and spreadsheet formulas. Every page renders it as
 * text, nothing widens the page, and no exported CSV cell can run as a formula.
 */

const base = inject('previewUrl');

const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  'javascript:window.__pwned=1',
  'Beskæftigelsesindsats'.repeat(476),
  '\u202Eevil\u202C tekst med retningsskift',
  'nul\u200Bbredde\u200Ctegn\uFEFF',
  '=HYPERLINK("http://evil.example","klik")',
  '+SUM(1;1)',
  '-2+3',
  '@SUM(1)',
  '\tTAB=1',
];

/** The fields that hold words for people; ids, codes, periods and units stay as they are. */
const TEXT = new Set([
  'title',
  'name',
  'statement',
  'summary',
  'text',
  'label',
  'description',
  'definition',
  'quote',
  'note',
  'reading',
  'heading',
  'issuer',
  'measurement',
  'method',
  'location',
  'subject',
  'items',
]);

/**
 * Each answer gets the strings in the same order from its first text field on, so which field carries which
 * string depends only on the answer, not on how many answers came before it (a count across the whole file
 * moved with the timing of requests, and on a loaded machine left a slide with no markup to look for).
 */
function poison(body: unknown): unknown {
  let n = 0;
  const walk = (value: unknown, key: string): unknown => {
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    if (typeof value === 'string' && TEXT.has(key)) return `${HOSTILE[n++ % HOSTILE.length]} ${value}`;
    return value;
  };
  return walk(body, '');
}

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    acceptDownloads: true,
    serviceWorkers: 'block',
  });
});
afterAll(async () => {
  await browser?.close();
});

async function visit(path: string): Promise<Page> {
  const page = await context.newPage();
  await rewriteJson(page, '**/api/v1/**', poison);
  // The live app, not the prerendered HTML: the poisoned answers reach the page only through the app.
  await openApp(page, `${base}${path}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
  await page.waitForFunction(
    () => !document.querySelector('main .loading, .kiosk-placeholder[role=status]'),
    undefined,
    {
      timeout: 30_000,
    },
  );
  return page;
}

/**
 * A page keeps fetching after its figures are shown (it prefetches the next pages' data). Closing it under
 * such a poisoned answer reset the connection and failed the run with an unhandled error, after the test had
 * passed, so the poisoning is taken off first and whatever it still had in flight is let go.
 */
async function leave(page: Page): Promise<void> {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.close();
}

const ROUTES = [
  '/',
  '/planer/bp2022',
  '/planer/rr2014',
  '/planer/as2015/moedepakke',
  '/maalgrupper',
  '/maalgrupper/sygedagpenge',
  '/indikatorer/ledighed-faktisk?omraader=183,000',
  '/om-data',
  '/skaerm?slides=statusnu:187',
];

describe('hostile text in every text field', () => {
  it.each(ROUTES)('%s renders it inert and keeps its width', { timeout: 60_000 }, async (path) => {
    const page = await visit(path);
    try {
      await drawEverything(page);
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned,
        images: document.querySelectorAll('img[src=x]').length,
        scripts: [...document.querySelectorAll('a[href^="javascript:"]')].length,
        scroll: document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth,
      }));
      expect(state).toMatchObject({ pwned: undefined, images: 0, scripts: 0 });
      if (!path.startsWith('/skaerm')) expect(state.scroll, 'sideways scroll').toBe(0);
      // The markup is there as text, for whoever reads it: it is shown, not run (a slide may still be filling in).
      await expect
        .poll(() => page.evaluate(() => document.body.textContent?.includes('<img src=x onerror') ?? false), {
          timeout: 30_000,
        })
        .toBe(true);
    } finally {
      await leave(page);
    }
  });

  const formula = (cell: string) => /^"?[=+\-@\t\r]/.test(cell) && !/^"?-?\d+(,\d+)?"?$/.test(cell);

  async function csvCells(page: Page, button: RegExp): Promise<string[]> {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    // Split on semicolons outside quotes.
    return text.split(/\r\n/).flatMap((line) => line.match(/("([^"]|"")*"|[^;]*)(?=;|$)/g) ?? []);
  }

  it('exports CSVs in which no cell can run as a formula', { timeout: 120_000 }, async () => {
    const series = await visit('/indikatorer/ledighed-faktisk?omraader=183,000&visning=tabel');
    const table = await visit('/maalgrupper?filter-maalgruppe=sygedagpenge');
    await table.locator('.tg-table tbody tr.tg-row').first().waitFor({ timeout: 30_000 });
    try {
      const cells = [...(await csvCells(series, /^Hent CSV$/)), ...(await csvCells(table, /^Hent CSV/))];
      expect(cells.length).toBeGreaterThan(100);
      // The hostile text is in the files, neutralised by a leading apostrophe.
      expect(cells.some((c) => c.includes("'=HYPERLINK"))).toBe(true);
      expect(cells.filter(formula)).toEqual([]);
    } finally {
      await leave(series);
      await leave(table);
    }
  });
});
