import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { layoutShifts, watchLayoutShifts } from './layout-shifts';
import { setupPage } from './page-fixture';

/*
 * What the first screen costs, where it is deterministic (timings are for
 * `npm run bench`, not for tests): the overview and the plan pages get their
 * figures in at most three API requests (their page bundle), load no ECharts
 * (their bullets are SVG), and appear without layout shift as data arrives.
 */

const base = inject('previewUrl');
const dist = inject('distDir');
const getPage = setupPage({ serviceWorkers: 'block' });
let page: Page;
beforeEach(() => {
  page = getPage();
});

type Load = { api: string[]; echarts: boolean; shift: number; shifts: number; moved: string[] };

async function firstScreen(path: string, cpuSlowdown = 1): Promise<Load> {
  if (cpuSlowdown > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  const urls: string[] = [];
  page.on('request', (r) => urls.push(new URL(r.url()).pathname));
  await watchLayoutShifts(page);
  await page.goto(`${base}${path}`);
  // Every status drawn and nothing still loading: the first screen as the reader sees it.
  await page.waitForFunction(
    () => !document.querySelector('main .loading') && document.querySelectorAll('.status-badge').length > 0,
    undefined,
    { timeout: 30_000 },
  );
  // Whatever would still arrive has been asked for by now: no request is pending.
  await page.waitForLoadState('networkidle');
  const shifts = await layoutShifts(page);
  return {
    api: urls.filter((u) => u.includes('/api/v1/')),
    echarts: urls.some((u) => /echarts/.test(u)),
    shift: shifts.reduce((a, b) => a + b.value, 0),
    moved: shifts.flatMap((s) => s.moved),
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
      expect(load.shift, load.moved.join('; ')).toBeLessThan(0.05);
      expect(load.shifts).toBeLessThanOrEqual(2);
    },
  );
});

describe('the first screen on a slow CPU', () => {
  // At 4x CPU the parser yields midway through a long page; painted then, a plan's summary grew as its
  // rest arrived and pushed the cards down (CLS 0.39 in about half the loads). The layout no longer depends
  // on what has arrived (and a page paints once its header is parsed: src/lib/first-screen.ts), so no load
  // may shift: each page three times, each a fresh page.
  it.each(['/', '/planer/as2015'].flatMap((path) => [1, 2, 3].map((load) => [path, load] as const)))(
    '%s, load %i at 4x slowdown: no layout shift',
    async (path) => {
      const load = await firstScreen(path, 4);
      expect(load.shift, load.moved.join('; ')).toBeLessThan(0.05);
    },
  );
});

describe('the first paint', () => {
  // A prerendered page's code and bundle are asked for once its figures are painted (scripts/page-start.ts):
  // fetched and run before, they competed with the paint. The page still attaches (goto waits for it).
  it.each(['/', '/planer/as2015', '/maalgrupper', '/indikatorer/ledighed-faktisk'])(
    '%s: no script or API request begins before the first contentful paint',
    async (path) => {
      await page.goto(`${base}${path}`);
      const { paint, early } = await page.evaluate(() => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
        const early = performance
          .getEntriesByType('resource')
          .filter((r) => /\.js$|\/api\/v1\//.test(new URL(r.name).pathname) && r.startTime < fcp)
          .map((r) => `${new URL(r.name).pathname} at ${Math.round(r.startTime)} ms`);
        return { paint: fcp, early };
      });
      expect(paint).toBeGreaterThan(0);
      expect(early, `first paint at ${Math.round(paint)} ms`).toEqual([]);
    },
  );
});

describe("the page's own thread", () => {
  // A prerendered page's bundle is checked in a worker (src/lib/checked-bundle.ts): the page itself loads
  // neither zod nor the contract's schemas to attach, which took it 150–250 ms a load.
  it.each(['/', '/maalgrupper', '/indikatorer/ledighed-faktisk'])(
    '%s: attaches without loading the contract, its bundle checked in a worker',
    async (path) => {
      const urls: string[] = [];
      page.on('request', (r) => urls.push(new URL(r.url()).pathname));
      await page.goto(`${base}${path}`);
      await page.waitForLoadState('networkidle');
      const scripts = urls.filter((u) => u.endsWith('.js')).map((u) => u.split('/').pop()!);
      const worker = scripts.filter((s) => /^bundle-check\.worker-/.test(s));
      expect(worker).toHaveLength(1);
      // zod's own names are in the worker's code and in no other script the page ran.
      const hasZod = (file: string) => /\$ZodType|ZodError/.test(readFileSync(join(dist, 'assets', file), 'utf8'));
      expect(hasZod(worker[0]!)).toBe(true);
      expect(scripts.filter((s) => s !== worker[0] && hasZod(s))).toEqual([]);
    },
  );
});

describe('the pages the app draws itself (no prerendered HTML)', () => {
  // Drawn part by part as their answers came, these pushed what the reader was looking at down the screen:
  // by 0.19 (Om data), 0.37 (a målgruppe) and 0.20 (the meeting pack) at 1280×720.
  it.each(['/om-data', '/maalgrupper/sygedagpenge', '/planer/bp2022/moedepakke'])(
    '%s: no layout shift as its data arrives',
    async (path) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await watchLayoutShifts(page);
      await page.goto(`${base}${path}`);
      await page.locator('main h1').waitFor();
      await page.waitForFunction(() => !document.querySelector('main .loading'), undefined, { timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      const shifts = await layoutShifts(page);
      const moved = shifts.flatMap((s) => s.moved).join('; ');
      expect(
        shifts.reduce((a, s) => a + s.value, 0),
        moved,
      ).toBeLessThan(0.05);
    },
  );
});
