import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp, waitForLiveApp } from './chromium';
import { layoutShifts, watchLayoutShifts } from './layout-shifts';

/*
 * The prerendered pages (scripts/prerender.ts): their first screen's
 * figures are there before any script runs (the rest is in the HTML too,
 * held back until the first paint: src/components/after-first-paint.tsx);
 * the app then attaches to that very HTML (the same nodes, no hydration
 * error); and on any other path the shell never shows the overview's
 * figures as if they were that page's.
 */

const base = inject('previewUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const options = { locale: 'da-DK', timezoneId: 'Europe/Copenhagen', serviceWorkers: 'block' } as const;

/** A page that records its errors and API requests, and marks the h1 the HTML brought (`fromHtml`). */
async function watchedPage() {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const h1 = document.querySelector('h1') as (HTMLElement & { fromHtml?: boolean }) | null;
      if (h1) h1.fromHtml = true;
    });
  });
  const api: string[] = [];
  page.on('request', (r) => r.url().includes('/api/v1/') && api.push(new URL(r.url()).pathname));
  return { context, page, problems, api };
}

/** Whether the page's h1 is still the node its HTML brought: hydrated in place, not drawn again. */
const h1FromHtml = (page: Page) =>
  page.evaluate(() => (document.querySelector('h1') as { fromHtml?: boolean } | null)?.fromHtml);

describe('prerendered pages', () => {
  it.each([
    ['/', 'Status nu'],
    ['/planer/rr2014', 'Resultatrevision 2014 for Jobcenter Vallensbæk'],
  ])('%s shows every status without JavaScript, the held-back part too, as the live page does', async (path, title) => {
    const context = await browser.newContext({ ...options, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}${path}`);
    expect(await page.locator('h1').first().textContent()).toBe(title);
    expect(await page.title()).toBe(`${title} – Pejlemærke`);
    const badges = page.locator('.target-card .status-badge');
    expect(await badges.first().isVisible()).toBe(true);
    expect(await page.locator('main .loading').count()).toBe(0);
    // What lies below the first screen (AfterFirstPaint) is the page's own content without JavaScript: every
    // card, laid out in its grid's columns as the live app lays it out.
    expect(await page.locator('[data-after-first-paint] > noscript').count()).toBeGreaterThan(0);
    const columns = (p: Page) =>
      p.locator('.target-card').evaluateAll((cards) => cards.map((c) => Math.round(c.getBoundingClientRect().left)));
    const withoutJs = await columns(page);
    expect(new Set(withoutJs).size).toBeGreaterThan(1);
    const live = await browser.newContext(options);
    const livePage = await live.newPage();
    await openApp(livePage, `${base}${path}`);
    expect(withoutJs).toEqual(await columns(livePage));
    await live.close();
    await context.close();
  });

  it('is hydrated in place: the nodes drawn from the HTML are the ones the app keeps, with no error', async () => {
    const { context, page, problems, api } = await watchedPage();
    await page.goto(`${base}/planer/as2015`);
    await waitForLiveApp(page);
    expect(await h1FromHtml(page)).toBe(true);
    // Live: a link is the app's own navigation now, not a new page load.
    await page.getByRole('link', { name: 'Overblik' }).click();
    await page.getByRole('heading', { level: 1, name: 'Status nu' }).waitFor();
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    expect(problems).toEqual([]);
    expect(api[0]).toBe('/api/v1/pages/plans/as2015.json');
    expect(api.filter((u) => u === '/api/v1/pages/plans/as2015.json')).toHaveLength(1);
    await context.close();
  });

  it('has an indicator’s series page in its HTML: areas, chart text, targets, without JavaScript', async () => {
    const context = await browser.newContext({ ...options, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/indikatorer/ledighed-faktisk`);
    expect(await page.locator('h1').first().textContent()).toBe('Ledighed, faktisk (Jobindsats)');
    expect(await page.title()).toBe('Ledighed, faktisk (Jobindsats) – Pejlemærke');
    // The chart's text alternative names the newest figure of each default area, with its month.
    const chart = page.getByRole('img', { name: /Ishøj .*Vallensbæk .*Hele landet/ });
    expect(await chart.getAttribute('aria-label')).toMatch(/\d{4}\)/);
    // The chart's box already has the height the chart will be drawn in.
    expect((await page.locator('.series-chart .echart-canvas').boundingBox())?.height).toBe(440);
    expect(await page.getByRole('heading', { level: 2, name: 'Mål for indikatoren' }).isVisible()).toBe(true);
    expect(await page.locator('main .loading').count()).toBe(0);
    await context.close();
  });

  it('hydrates an indicator’s series page in place from its one bundle, then draws the chart', async () => {
    const { context, page, problems, api } = await watchedPage();
    await page.goto(`${base}/indikatorer/ledighed-faktisk`);
    await waitForLiveApp(page);
    await page.locator('.series-chart .echart-canvas svg').waitFor({ timeout: 30_000 });
    expect(await h1FromHtml(page)).toBe(true);
    expect(problems).toEqual([]);
    // Everything the page shows came in its bundle.
    expect(api).toEqual(['/api/v1/pages/indicators/ledighed-faktisk.json']);
    await context.close();
  });

  it('has the målgruppe table in its HTML: its count, notices and first rows, without JavaScript', async () => {
    const context = await browser.newContext({ ...options, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/maalgrupper`);
    expect(await page.locator('h1').first().textContent()).toBe('Målgrupper: alle indikatorer');
    expect(await page.title()).toBe('Målgrupper: alle indikatorer – Pejlemærke');
    expect(await page.locator('.tg-count').textContent()).toMatch(/^\d{1,3}(\.\d{3})* rækker$/);
    const rows = page.locator('.tg-table tbody tr.tg-row');
    expect(await rows.count()).toBeGreaterThan(10);
    expect(await rows.first().getByRole('cell').count()).toBeGreaterThan(5);
    // Drawn with the table's own stylesheet: the identifying column sticks, with its width from a class.
    const first = rows.first().getByRole('cell').first();
    expect(await first.evaluate((td) => getComputedStyle(td).position)).toBe('sticky');
    // Hidden only until the parser has passed its end (table.css): parsed, it shows.
    expect(await page.locator('.tg-table').evaluate((t) => getComputedStyle(t).visibility)).toBe('visible');
    expect(await page.locator('main .loading').count()).toBe(0);
    await context.close();
  });

  it.each([
    [1440, 900],
    [390, 844],
  ])(
    'hydrates the målgruppe table in place at %i px from its one bundle, with no layout shift',
    async (width, height) => {
      const { context, page, problems, api } = await watchedPage();
      await page.setViewportSize({ width, height });
      await watchLayoutShifts(page);
      await page.goto(`${base}/maalgrupper`);
      const count = await page.locator('.tg-count').textContent();
      await waitForLiveApp(page);
      expect(await h1FromHtml(page)).toBe(true);
      expect(problems).toEqual([]);
      expect(api).toEqual(['/api/v1/pages/target-groups.json']);
      expect(await page.locator('.tg-count').textContent()).toBe(count);
      expect(await layoutShifts(page)).toEqual([]);
      expect(await page.locator('.tg-table').isVisible()).toBe(true);
      // Live: the search filters the rows.
      await page.getByRole('searchbox', { name: 'Søg i tabellen' }).fill('sygedagpenge');
      await expect.poll(() => page.locator('.tg-count').textContent()).toMatch(/ af /);
      await context.close();
    },
  );

  it.each([
    [1440, 900],
    [390, 844],
  ])(
    'shows the meeting date as text until the app is live, then the date field in its box, at %i px',
    async (width, height) => {
      // Before the app's code: the date, labelled, and no date input (its inner fields cost the first paint).
      // Only the start script runs, which puts the section in place after the first paint (AfterFirstPaint).
      const still = await browser.newContext({ ...options, viewport: { width, height } });
      const html = await still.newPage();
      await html.route('**/assets/**', (route) => route.abort());
      await html.goto(`${base}/`);
      const text = html.getByLabel('Dato for sidste møde');
      await text.waitFor();
      expect(await text.evaluate((el) => el.tagName)).toBe('OUTPUT');
      expect(await text.textContent()).toMatch(/^\d{1,2}\. [a-zæøå]+ \d{4}$/);
      expect(await html.locator('input[type=date]').count()).toBe(0);
      const before = await text.boundingBox();
      await still.close();
      // Live: the field, in the same box, and nothing moved for it.
      const { context, page, problems } = await watchedPage();
      await page.setViewportSize({ width, height });
      await watchLayoutShifts(page);
      await page.goto(`${base}/`);
      await waitForLiveApp(page);
      const field = page.getByLabel('Dato for sidste møde');
      await expect.poll(() => field.evaluate((el) => el.tagName)).toBe('INPUT');
      expect(await field.getAttribute('type')).toBe('date');
      expect(await field.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(await field.boundingBox()).toEqual(before);
      expect(await layoutShifts(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it('opened days after the build, hydrates without error and then judges at the reader’s day', async () => {
    // The CI failure this guards: built before midnight, read after it, the page's content (React hydrates
    // the layout's Suspense boundary after the shell) was rendered at the reader's moment, not the build's.
    const html = readFileSync(join(inject('distDir'), 'index.html'), 'utf8');
    const built = new Date(/data-now="([^"]+)"/.exec(html)![1]!);
    const later = new Date(built.getTime() + 3 * 86_400_000);
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.clock.setFixedTime(later);
    await page.goto(`${base}/`);
    await waitForLiveApp(page);
    const day = later.toISOString().slice(0, 10);
    await expect.poll(() => page.locator('.since input[type=date]').getAttribute('max')).toBe(day);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('never shows the overview on another path: its header and a loading line, then that path, nothing moving', async () => {
    // Before the app's scripts have arrived (here: never), only the route check has run.
    const context = await browser.newContext(options);
    await context.route('**/assets/*.js', (r) => r.abort());
    const page = await context.newPage();
    await page.goto(`${base}/om-data`);
    expect(await page.locator('html').getAttribute('data-shell')).toBe('');
    expect(await page.getByText('Status nu').first().isVisible()).toBe(false);
    // The overview's choices and current page are not this page's: hidden, keeping their room.
    expect(await page.getByRole('link', { name: 'Pejlemærke', exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('status').textContent()).toBe('Henter data …');
    expect(await page.getByRole('navigation', { name: 'Hovedmenu' }).isVisible()).toBe(false);
    expect(await page.getByLabel('Område').isVisible()).toBe(false);
    expect(await page.locator('main').isVisible()).toBe(false);
    await context.close();
    const live = await browser.newContext(options);
    const app = await live.newPage();
    await watchLayoutShifts(app);
    await app.goto(`${base}/om-data`);
    await waitForLiveApp(app);
    await app.getByRole('heading', { level: 1, name: 'Om data' }).waitFor();
    expect(await app.locator('html').getAttribute('data-shell')).toBeNull();
    expect(await app.locator('.shell-loading').isVisible()).toBe(false);
    expect(await app.getByRole('navigation', { name: 'Hovedmenu' }).isVisible()).toBe(true);
    // The header, the navigation and the loading line's place are where the shell had them.
    expect(await layoutShifts(app)).toEqual([]);
    await live.close();
  });
});
