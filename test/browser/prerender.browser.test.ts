import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, waitForLiveApp } from './chromium';

/*
 * The prerendered pages (scripts/prerender.ts): their figures are there
 * before any script runs; the app then attaches to that very HTML (the same
 * nodes, no hydration error); and on any other path the shell never shows
 * the overview's figures as if they were that page's.
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

describe('prerendered pages', () => {
  it.each([
    ['/', 'Status nu'],
    ['/planer/rr2014', 'Resultatrevision 2014 for Jobcenter Vallensbæk'],
  ])('%s shows every status without JavaScript', async (path, title) => {
    const context = await browser.newContext({ ...options, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}${path}`);
    expect(await page.locator('h1').first().textContent()).toBe(title);
    expect(await page.title()).toBe(`${title} – Pejlemærke`);
    const badges = page.locator('.status-badge');
    expect(await badges.count()).toBeGreaterThan(2);
    expect(await badges.first().isVisible()).toBe(true);
    expect(await page.locator('main .loading').count()).toBe(0);
    await context.close();
  });

  it('is hydrated in place: the nodes drawn from the HTML are the ones the app keeps, with no error', async () => {
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
    await page.goto(`${base}/planer/as2015`);
    await waitForLiveApp(page);
    expect(await page.evaluate(() => (document.querySelector('h1') as { fromHtml?: boolean } | null)?.fromHtml)).toBe(
      true,
    );
    // Live: a link is the app's own navigation now, not a new page load.
    await page.getByRole('link', { name: 'Overblik' }).click();
    await page.getByRole('heading', { level: 1, name: 'Status nu' }).waitFor();
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    expect(problems).toEqual([]);
    expect(api[0]).toBe('/api/v1/pages/plans/as2015.json');
    expect(api.filter((u) => u === '/api/v1/pages/plans/as2015.json')).toHaveLength(1);
    await context.close();
  });

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

  it('never shows the overview on another path, and renders that path instead', async () => {
    // Before the app's scripts have arrived (here: never), only the route check has run.
    const context = await browser.newContext(options);
    await context.route('**/assets/*.js', (r) => r.abort());
    const page = await context.newPage();
    await page.goto(`${base}/indikatorer/ledighed-faktisk`);
    expect(await page.locator('html').getAttribute('data-shell')).toBe('');
    expect(await page.getByText('Status nu').first().isVisible()).toBe(false);
    await context.close();
    const live = await browser.newContext(options);
    const app = await live.newPage();
    await app.goto(`${base}/indikatorer/ledighed-faktisk`);
    await waitForLiveApp(app);
    await app.getByRole('heading', { level: 1, name: /Ledighed, faktisk/ }).waitFor();
    expect(await app.locator('html').getAttribute('data-shell')).toBeNull();
    await live.close();
  });
});
