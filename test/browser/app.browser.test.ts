import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { BUDGETS, bundleSizes } from '../../scripts/bundle-size';
import { setupPage } from './page-fixture';

const base = inject('previewUrl');
const getPage = setupPage();
let page: Page;
beforeEach(() => {
  page = getPage();
});

describe('the built dashboard on a static web server', () => {
  it('opens on Status nu: each kommune’s plan in force, its direction goals judged on 2026 official figures, labelled derived', async () => {
    await page.goto(`${base}/`);
    const ishoej = page.getByRole('heading', { level: 2, name: 'Ishøj: Beskæftigelsesplan 2022 (BP22)' });
    const vallensbaek = page.getByRole('heading', { level: 2, name: 'Vallensbæk: Beskæftigelsesplan 2023' });
    await ishoej.waitFor();
    // On the first screen, before any scrolling.
    for (const h of [ishoej, vallensbaek]) expect((await h.boundingBox())!.y).toBeLessThan(900);
    await expect.poll(() => page.title()).toBe('Status nu – Pejlemærke');
    expect(await page.getByText(/ingen beskæftigelsesplan for 2024–2026/).count()).toBe(1);
    const card = page.locator('article', { has: page.getByRole('heading', { name: 'Lav ledighed' }) });
    await card.locator('.status-badge').waitFor();
    expect(await card.getByText('Afledt af pejlemærke – planen har ikke et talmål').count()).toBe(1);
    expect(await card.locator('.target-sentence').textContent()).toMatch(
      /^Ledigheden i Vallensbæk var 2,9\s% i juli 2026/,
    );
    expect(await card.locator('.figure-date').textContent()).toMatch(/^Nyeste tal: jul\. 2026/);
    // Every goal card on the page has its sentence, and every status is the same judgement as on the plan page.
    await page.waitForFunction(() =>
      ((cards) => cards.length > 0 && cards.every((c) => c.querySelector('.status-badge')))([
        ...document.querySelectorAll('.target-card'),
      ]),
    );
    const cards = page.locator('.target-card');
    expect(await cards.count()).toBeGreaterThan(0);
    expect(await page.locator('.target-card:not(:has(.target-sentence))').count()).toBe(0);
    const overview = await page
      .locator('.current-plan')
      .filter({ has: ishoej })
      .locator('.target-card')
      .evaluateAll((els) =>
        els.map(
          (e) =>
            [e.querySelector('h3')?.textContent ?? '', e.querySelector('.status-badge')?.textContent ?? ''] as const,
        ),
      );
    await page.goto(`${base}/planer/bp2022`);
    await page.waitForFunction(() =>
      ((cards) => cards.length > 0 && cards.every((c) => c.querySelector('.status-badge')))([
        ...document.querySelectorAll('.target-card'),
      ]),
    );
    const plan = await page
      .locator('.target-card')
      .evaluateAll((els) =>
        els.map(
          (e) =>
            [e.querySelector('h4')?.textContent ?? '', e.querySelector('.status-badge')?.textContent ?? ''] as const,
        ),
      );
    expect(new Map(plan)).toEqual(new Map(overview));
  });

  it('shows a Danish error with a retry when the API fails, and recovers', async () => {
    // The page bundle fails too, so the page asks for the list of plans alone, and that fails.
    await page.route('**/api/v1/pages/**', (route) => route.fulfill({ status: 503, body: 'nede' }));
    await page.route('**/api/v1/plans.json', (route) => route.fulfill({ status: 503, body: 'nede' }));
    await page.goto(`${base}/`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Data kunne ikke hentes');
    expect(await alert.textContent()).toContain('Serveren svarede med fejl 503');
    expect(await alert.locator('p').allTextContents()).not.toContainEqual(expect.stringContaining('.json'));
    await page.unroute('**/api/v1/plans.json');
    await alert.getByRole('button', { name: 'Prøv igen' }).click();
    await page.getByRole('heading', { level: 3, name: 'Lav ledighed' }).waitFor();
  });

  it('opens a deep link with its area choice; a plan is chosen by following a link, never by a select', async () => {
    await page.goto(`${base}/planer/bp2022?omraade=ishoej`);
    await page.getByRole('heading', { level: 1, name: 'Beskæftigelsesplan 2022 (BP22)' }).waitFor();
    expect(await page.getByLabel('Område', { exact: true }).inputValue()).toBe('ishoej');
    await page.locator('.plan-menu summary').click();
    await page
      .locator('.plan-menu')
      .getByRole('link', { name: 'Resultatrevision 2014 for Jobcenter Vallensbæk' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Resultatrevision 2014 for Jobcenter Vallensbæk' }).waitFor();
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/planer/rr2014?omraade=ishoej');
    expect(await page.locator('.plan-menu').getAttribute('open')).toBeNull();
  });

  it('can be used by keyboard: the skip link leads to the content', async () => {
    await page.goto(`${base}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Gå til indhold');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('indhold');
  });
});

describe('the production bundle', () => {
  it('ships no mock API code and no dataset', () => {
    const assets = join(inject('distDir'), 'assets');
    const js = readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(assets, f), 'utf8'))
      .join('\n');
    expect(js).not.toMatch(/setupWorker|mockServiceWorker|msw/);
    expect(js).not.toContain('002_3e6cb87c903c4f86.txt');
  });

  it('ships no source maps and no mock worker, and carries its Content-Security-Policy', () => {
    const dist = inject('distDir');
    const all = readdirSync(dist, { recursive: true }).map(String);
    expect(all.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(all).not.toContain('mockServiceWorker.js');
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    // No inline script but the route check and no inline style but the app's stylesheets, each by its hash.
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;sha256-[A-Za-z0-9+/]+=&#39;; style-src &#39;self&#39;( &#39;sha256-[A-Za-z0-9+/]+=&#39;)+;/,
    );
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const inline = [...html.matchAll(/<script>([^<]*)<\/script>/g)].map((m) => m[1]!);
    expect(inline).toHaveLength(1);
    expect(html.replaceAll('&#39;', "'")).toContain(sha(inline[0]!));
    // Every page's styles are the common stylesheet and those only it needs (scripts/route-styles.ts): the
    // policy allows exactly those, and each page has what it is drawn with before its code arrives.
    const pages = [
      'index.html',
      'planer/as2015/index.html',
      'maalgrupper/index.html',
      'indikatorer/ledighed-faktisk/index.html',
    ];
    const stylesOf = (page: string) =>
      [...readFileSync(join(dist, page), 'utf8').matchAll(/<style>([^<]*)<\/style>/g)].map((m) => sha(m[1]!));
    const allowed = /style-src 'self'([^;]*);/.exec(html.replaceAll('&#39;', "'"))![1]!.trim().split(' ');
    expect(pages.map((page) => stylesOf(page).length)).toEqual([1, 1, 2, 2]);
    expect(new Set(pages.flatMap(stylesOf))).toEqual(new Set(allowed));
    // The stylesheets are in the page, not also a request.
    expect(html).not.toMatch(/<link rel="stylesheet"/);
    // A prerendered page carries no style attribute, which the policy would refuse.
    for (const page of pages) {
      expect(readFileSync(join(dist, page), 'utf8')).not.toMatch(/\sstyle="/);
    }
    // The servers' header files give the same policy as the page, and what only a header can say.
    const policy = /content="([^"]+)"/.exec(html)![1]!.replaceAll('&#39;', "'");
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toContain(
      `Content-Security-Policy: ${policy}; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff`,
    );
    expect(readFileSync(join(dist, 'security-headers.nginx.conf'), 'utf8')).toContain(
      `add_header Content-Security-Policy "${policy}; frame-ancestors 'none'" always;`,
    );
  });

  it('keeps ECharts in its own lazily loaded chunk and the first load within budget', () => {
    const dist = inject('distDir');
    const { initialJs, echartsChunk } = bundleSizes(dist);
    expect(echartsChunk.files).toHaveLength(1);
    expect(initialJs.files).not.toContain(echartsChunk.files[0]);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toMatch(/echarts/);
    expect(initialJs.gzip).toBeLessThanOrEqual(BUDGETS.initialJsGzip);
    expect(echartsChunk.gzip).toBeLessThanOrEqual(BUDGETS.echartsChunkGzip);
  });
});

describe('the dev server with its mocked API', () => {
  const dev = inject('devUrl');

  it('serves the plans through the MSW worker', async () => {
    await page.goto(`${dev}/`);
    await page.getByRole('heading', { level: 3, name: 'Lav ledighed' }).waitFor({ timeout: 30_000 });
    expect(await page.getByLabel('Mock-scenarie').inputValue()).toBe('normal');
  });

  it('switches to a scenario from the address: ?scenarie=fejl shows the Danish error', async () => {
    await page.goto(`${dev}/?scenarie=fejl`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toContain('Serveren svarede med fejl 500');
    await page.getByLabel('Mock-scenarie').selectOption('normal');
    await page.getByRole('heading', { level: 3, name: 'Lav ledighed' }).waitFor();
  });
});
