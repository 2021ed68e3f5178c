import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { setupPage } from './page-fixture';

/*
 * A page with a chart has the browser fetch and compile ECharts with the page
 * and runs it only when the chart comes near the screen (src/components/echart.tsx).
 * On a phone the indicator page's chart starts below the first screen.
 */

const base = inject('previewUrl');
const getPage = setupPage({ viewport: { width: 390, height: 844 } });
let page: Page;
beforeEach(() => {
  page = getPage();
});

const isECharts = (url: string) => /\/assets\/echarts-[\w-]+\.js$/.test(new URL(url).pathname);

describe('ECharts on a phone', () => {
  it('is preloaded with the page, drawn only once the chart is scrolled to, and fetched once', async () => {
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (isECharts(r.url())) fetched.push(r.url());
    });
    const preloaded = page.waitForResponse((r) => isECharts(r.url()));
    await page.goto(`${base}/indikatorer/ledighed-faktisk`);
    await page.waitForFunction(() => !document.querySelector('main .loading'));
    await preloaded;
    const link = page.locator('link[rel="modulepreload"]');
    expect(await link.count()).toBe(1);
    expect(fetched).toEqual([await link.evaluate((l: HTMLLinkElement) => l.href)]);
    const chart = page.locator('.series-chart');
    // Below the first screen, and further than the 300 px at which a chart starts: not drawn yet.
    expect(await chart.evaluate((el) => el.getBoundingClientRect().top - window.innerHeight)).toBeGreaterThan(300);
    expect(await page.locator('.series-chart svg').count()).toBe(0);
    await chart.scrollIntoViewIfNeeded();
    await page.locator('.series-chart svg text').first().waitFor();
    expect(fetched).toHaveLength(1);
  });
});
