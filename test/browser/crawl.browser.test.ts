import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchChromium, openApp } from './chromium';
import { watchCsp } from './csp';
import { drawEverything } from './draw-everything';
import { rewriteJson } from './rewrite-json';
import { trackRequests } from './settled';

/*
 * Every route of the app, not just the tested ones: the pages of every plan,
 * meeting pack, målgruppe and indicator the built API has. On a phone
 * (390 px) and a tablet (768 px) each must fit the width, keep the header
 * under a fifth of the screen, keep its charts readable, and have no axe
 * violations and no violation of the Content-Security-Policy it is served with.
 */

const base = inject('previewUrl');
const api = (file: string) =>
  JSON.parse(readFileSync(join(inject('distDir'), 'api/v1', file), 'utf8')) as { id: string }[];

const routes = [
  '/',
  '/?omraade=ishoej',
  '/?omraade=vallensbaek',
  '/?siden=2026-03-01',
  '/maalgrupper',
  '/om-data',
  '/findes-ikke',
  '/planer/findes-ikke',
  ...api('plans.json').flatMap((p) => [`/planer/${p.id}`, `/planer/${p.id}/moedepakke`]),
  ...api('target-groups.json').map((g) => `/maalgrupper/${g.id}`),
  ...api('indicators.json').map((i) => `/indikatorer/${i.id}`),
];

/** One of each kind of page, also checked at tablet width. */
const templates = [
  '/',
  '/maalgrupper',
  '/om-data',
  '/planer/bp2022',
  '/planer/rr2014/moedepakke',
  '/maalgrupper/sygedagpenge',
  '/indikatorer/ledighed-faktisk',
];

const PARALLEL = 3;
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function check(context: BrowserContext, route: string, width: number): Promise<string[]> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`script error: ${e.message}`));
  const csp = await watchCsp(page);
  const requests = trackRequests(page);
  try {
    await openApp(page, `${base}${route}`);
    // Checked once everything the page asked for has been drawn, not when its first part has.
    await requests.settled();
    await drawEverything(page);
    const layout = await page.evaluate(() => {
      const doc = document.scrollingElement!;
      const header = [document.querySelector('.site-header'), document.querySelector('.main-nav')]
        .map((el) => el?.getBoundingClientRect().height ?? 0)
        .reduce((a, b) => a + b, 0);
      const narrowCharts = [...document.querySelectorAll<HTMLElement>('main [role=img]:has(> [aria-hidden=true])')]
        .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().width < 280)
        .map((el) => el.getAttribute('aria-label')?.slice(0, 50) ?? '');
      return { scroll: doc.scrollWidth - doc.clientWidth, header: header / innerHeight, narrowCharts };
    });
    const problems = [...errors];
    if (layout.scroll > 0) problems.push(`scrolls sideways by ${layout.scroll} px`);
    if (layout.header > 0.2) problems.push(`header takes ${Math.round(layout.header * 100)} % of the screen`);
    for (const c of layout.narrowCharts) problems.push(`chart narrower than 280 px: ${c}`);
    problems.push(...(await axeViolations(page)));
    problems.push(...(await csp()).map((v) => `CSP violation: ${v}`));
    return problems.map((p) => `${route} @${width}: ${p}`);
  } catch (error) {
    return [`${route} @${width}: ${(error as Error).message.split('\n')[0]}`];
  } finally {
    await page.close();
  }
}

async function crawl(list: readonly string[], width: number, height: number): Promise<string[]> {
  const queue = [...list];
  const problems: string[] = [];
  // One browser context for the crawl, a new page per route: its HTTP cache spares every page downloading
  // and compiling the same scripts again (the crawl ran twice as fast), and no service worker may answer
  // for the server, so each route is checked as the server sends it.
  const context = await browser.newContext({
    viewport: { width, height },
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    serviceWorkers: 'block',
  });
  try {
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        for (let route = queue.shift(); route !== undefined; route = queue.shift()) {
          problems.push(...(await check(context, route, width)));
        }
      }),
    );
  } finally {
    await context.close();
  }
  return problems;
}

describe('every route', () => {
  it(`fits a phone (390 px) with zero axe violations: ${routes.length} routes`, { timeout: 900_000 }, async () => {
    expect(routes.length).toBeGreaterThan(100);
    expect(await crawl(routes, 390, 844)).toEqual([]);
  });

  it('fits a tablet (768 px), one page of each kind', { timeout: 300_000 }, async () => {
    expect(await crawl(templates, 768, 1024)).toEqual([]);
  });
});

describe('hostile and extreme text', () => {
  it(
    'keeps the page its width with a 10,000-character title, and renders markup in it as text',
    { timeout: 120_000 },
    async () => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'da-DK' });
      const long = `${'Beskæftigelsesplan'.repeat(556)}<img src=x onerror="window.hacked=1">`;
      const retitle = (body: unknown): unknown =>
        Array.isArray(body)
          ? body.map((p: { id: string }) => (p.id === 'bp2022' ? { ...p, title: long } : p))
          : { ...(body as object), title: long };
      // The plans come alone, not in the page bundle, so the long title reaches every view of them.
      await page.route('**/api/v1/pages/**', (r) => r.fulfill({ status: 404, body: 'ingen' }));
      for (const pattern of ['**/api/v1/plans.json', '**/api/v1/plans/bp2022.json']) {
        await rewriteJson(page, pattern, retitle);
      }
      try {
        for (const route of ['/', '/planer/bp2022', '/planer/bp2022/moedepakke']) {
          await page.goto(`${base}${route}`);
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          await page.waitForFunction(() => !document.querySelector('main .loading'));
          await drawEverything(page);
          const scroll = await page.evaluate(
            () => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth,
          );
          expect(scroll, route).toBe(0);
          expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked), route).toBeUndefined();
          expect(await page.locator('main img[src=x]').count(), route).toBe(0);
        }
      } finally {
        // Let go of answers still being rewritten, so closing the page cannot fail the run after the test.
        await page.unrouteAll({ behavior: 'ignoreErrors' });
        await page.close();
      }
    },
  );
});
