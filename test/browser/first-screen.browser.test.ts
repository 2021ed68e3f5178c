import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { setupPage } from './page-fixture';

/*
 * What the first screen costs, where it is deterministic (timings are for
 * `npm run bench`, not for tests): the overview and the plan pages get their
 * figures in at most three API requests (their page bundle), load no ECharts
 * (their bullets are SVG), and appear without layout shift as data arrives.
 */

const base = inject('previewUrl');
const getPage = setupPage({ serviceWorkers: 'block' });
let page: Page;
beforeEach(() => {
  page = getPage();
});

type Load = { api: string[]; echarts: boolean; shift: number; shifts: number };

async function firstScreen(path: string, cpuSlowdown = 1): Promise<Load> {
  if (cpuSlowdown > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  const urls: string[] = [];
  page.on('request', (r) => urls.push(new URL(r.url()).pathname));
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { __shifts: number[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) shifts.push(e.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${base}${path}`);
  // Every status drawn and nothing still loading: the first screen as the reader sees it.
  await page.waitForFunction(
    () => !document.querySelector('main .loading') && document.querySelectorAll('.status-badge').length > 0,
    undefined,
    { timeout: 30_000 },
  );
  // Whatever would still arrive has been asked for by now: no request is pending.
  await page.waitForLoadState('networkidle');
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
  return {
    api: urls.filter((u) => u.includes('/api/v1/')),
    echarts: urls.some((u) => /echarts/.test(u)),
    shift: shifts.reduce((a, b) => a + b, 0),
    shifts: shifts.length,
  };
}

describe('the first screen', () => {
  it.each(['/', '/planer/bp2022', '/planer/rr2014', '/planer/as2015'])(
    '%s: at most 3 API requests, no ECharts, no layout shift from arriving data',
    async (path) => {
      const load = await firstScreen(path);
      expect(load.api.length, load.api.join(', ')).toBeLessThanOrEqual(3);
      expect(load.api[0]).toMatch(/\/api\/v1\/pages\//);
      expect(load.echarts).toBe(false);
      // One small shift is the app shell replacing the empty page; none comes from the figures.
      expect(load.shift).toBeLessThan(0.05);
      expect(load.shifts).toBeLessThanOrEqual(2);
    },
  );
});

describe('the first screen on a slow CPU', () => {
  // At 4x CPU the parser yields midway through a long page; painted then, a plan's summary grew as its
  // rest arrived and pushed the cards down (CLS 0.39 in about half the loads). Rendering waits for the
  // page's end (<link rel="expect">), so no load may shift: each page three times, each a fresh page.
  it.each(['/', '/planer/as2015'].flatMap((path) => [1, 2, 3].map((load) => [path, load] as const)))(
    '%s, load %i at 4x slowdown: no layout shift',
    async (path) => {
      expect((await firstScreen(path, 4)).shift).toBeLessThan(0.05);
    },
  );
});
