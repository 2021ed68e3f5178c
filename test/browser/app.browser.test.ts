import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { BUDGETS, bundleSizes } from '../../scripts/bundle-size';
import { axeViolations } from './chromium';
import { setupPage } from './page-fixture';

const base = inject('previewUrl');
const getPage = setupPage();
let page: Page;
beforeEach(() => {
  page = getPage();
});

describe('the built dashboard on a static web server', () => {
  it('starts and shows targets from at least three plans, with numbers in Danish format', async () => {
    await page.goto(`${base}/`);
    await page.getByRole('heading', { level: 3, name: 'Tilgang til førtidspension begrænses' }).waitFor();
    const planHeadings = page.locator('section.plan-section:has(.target-card) h2');
    await page.getByRole('heading', { level: 3, name: 'Færre fleksjobvisiterede på ledighedsydelse' }).waitFor();
    expect(await planHeadings.count()).toBeGreaterThanOrEqual(3);
    expect(await page.title()).toBe('Overblik over planernes mål – Pejlemærke');
    const card = page.locator('article', {
      has: page.getByRole('heading', { name: 'Tilgang til førtidspension begrænses' }),
    });
    await expect.poll(() => card.textContent()).toContain('Højst 35\u00a0personer');
  });

  it('shows a Danish error with a retry when the API fails, and recovers', async () => {
    await page.route('**/api/v1/plans.json', (route) => route.fulfill({ status: 503, body: 'nede' }));
    await page.goto(`${base}/`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Data kunne ikke hentes');
    expect(await alert.textContent()).toContain('Serveren svarede med fejl 503');
    await page.unroute('**/api/v1/plans.json');
    await alert.getByRole('button', { name: 'Prøv igen' }).click();
    await page.getByRole('heading', { level: 3, name: 'Tilgang til førtidspension begrænses' }).waitFor();
  });

  it('opens a deep link with its area choice, and the plan choice navigates', async () => {
    await page.goto(`${base}/planer/bp2022?omraade=ishoej`);
    await page.getByRole('heading', { level: 1, name: 'Beskæftigelsesplan 2022 (BP22)' }).waitFor();
    expect(await page.getByLabel('Område', { exact: true }).inputValue()).toBe('ishoej');
    await page.getByLabel('Plan', { exact: true }).selectOption('rr2014');
    await page.getByRole('heading', { level: 1, name: 'Resultatrevision 2014 for Jobcenter Vallensbæk' }).waitFor();
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/planer/rr2014?omraade=ishoej');
  });

  it('can be used by keyboard: the skip link leads to the content', async () => {
    await page.goto(`${base}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Gå til indhold');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('indhold');
  });

  const routes = [
    '/',
    '/?omraade=vallensbaek',
    '/planer/rr2014',
    '/planer/as2015',
    '/planer/bp2020',
    '/planer/bp2022',
    '/planer/bp2023',
    '/om-data',
    '/findes-ikke',
    '/planer/findes-ikke',
  ];
  it.each(routes)('has no WCAG 2.1 AA violations on %s', async (route) => {
    await page.goto(`${base}${route}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForFunction(() => !document.querySelector('[role=status]'));
    expect(await axeViolations(page)).toEqual([]);
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
    await page
      .getByRole('heading', { level: 3, name: 'Tilgang til førtidspension begrænses' })
      .waitFor({ timeout: 30_000 });
    expect(await page.getByLabel('Mock-scenarie').inputValue()).toBe('normal');
  });

  it('switches to a scenario from the address: ?scenarie=fejl shows the Danish error', async () => {
    await page.goto(`${dev}/?scenarie=fejl`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toContain('Serveren svarede med fejl 500');
    await page.getByLabel('Mock-scenarie').selectOption('normal');
    await page.getByRole('heading', { level: 3, name: 'Tilgang til førtidspension begrænses' }).waitFor();
  });
});
