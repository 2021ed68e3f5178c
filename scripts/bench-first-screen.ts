import type { Browser } from 'playwright-core';

/**
 * The first screen, side by side: the same pages as plain HTML (the
 * physical limit, scripts/plain-pages.ts), as this build, and optionally as
 * another build (BENCH_BEFORE), in interleaved cold loads at 1× and 4× CPU
 * (CDP throttling), so every side meets the same machine state. Reports
 * the medians with min–max and their ratios (app / plain, after / before),
 * and the deterministic figures beside them: requests, API requests and
 * layout shift.
 */

export type Side = {
  medianMs: number;
  minMs: number;
  maxMs: number;
  firstPaintMs: number;
  requests: number;
  api: number;
  cls: number;
};
export type Comparison = { sides: Record<string, Side>; ratios: Record<string, number> };
export type FirstScreen = Record<string, Record<string, Comparison>>;

/** Where each side serves a route: the plain pages live under /plain on their server. */
export type Sides = Record<string, (path: string) => string>;

/*
 * Runs in the page before its own scripts. A string, not a function: the TypeScript runner would add
 * helpers to a function's code that do not exist in the page.
 *
 * Layout shift, and the first moment every status on the page is in the document and nothing is still
 * loading: the same condition for every side, checked in the page as the document changes (a check from
 * outside waits for the main thread). A page with no scripts may be parsed whole before this runs, so it
 * checks at once as well.
 */
const OBSERVE = `
  window.__cls = 0;
  new PerformanceObserver(function (list) {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  function drawn() {
    return document.querySelector('main') !== null && !document.querySelector('main .loading') &&
      document.querySelectorAll('.status-badge').length > 0;
  }
  function check() {
    if (window.__statusAt === undefined && drawn()) window.__statusAt = performance.now();
    return window.__statusAt !== undefined;
  }
  if (!check()) {
    const observer = new MutationObserver(function () { if (check()) observer.disconnect(); });
    observer.observe(document, { childList: true, subtree: true });
  }
`;

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

async function load(browser: Browser, url: string, cpu: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  const urls: string[] = [];
  page.on('request', (r) => urls.push(new URL(r.url()).pathname));
  await page.addInitScript(OBSERVE);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    () =>
      (window as unknown as { __statusAt?: number }).__statusAt !== undefined &&
      performance.getEntriesByName('first-contentful-paint').length > 0,
    undefined,
    { timeout: 60_000 },
  );
  // Nothing is visible before the first paint.
  const ms = await page.evaluate(() =>
    Math.max(
      (window as unknown as { __statusAt: number }).__statusAt,
      performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
    ),
  );
  await page.waitForLoadState('networkidle');
  const { cls, firstPaint } = await page.evaluate(() => ({
    cls: (window as unknown as { __cls: number }).__cls,
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
  }));
  await context.close();
  return { ms, firstPaint, requests: urls.length, api: urls.filter((u) => u.includes('/api/v1/')).length, cls };
}

type Sample = Awaited<ReturnType<typeof load>>;

function summarise(s: Sample[]): Side {
  return {
    medianMs: Math.round(median(s.map((x) => x.ms))),
    minMs: Math.round(Math.min(...s.map((x) => x.ms))),
    maxMs: Math.round(Math.max(...s.map((x) => x.ms))),
    firstPaintMs: Math.round(median(s.map((x) => x.firstPaint))),
    requests: median(s.map((x) => x.requests)),
    api: median(s.map((x) => x.api)),
    cls: Math.round(median(s.map((x) => x.cls)) * 1000) / 1000,
  };
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

export async function benchFirstScreen(
  browser: Browser,
  sides: Sides,
  paths: readonly string[],
  runs: number,
): Promise<FirstScreen> {
  const out: FirstScreen = {};
  for (const cpu of [1, 4]) {
    for (const path of paths) {
      const samples: Record<string, Sample[]> = Object.fromEntries(Object.keys(sides).map((k) => [k, []]));
      for (let run = 0; run < runs; run++) {
        for (const [name, url] of Object.entries(sides)) samples[name]!.push(await load(browser, url(path), cpu));
      }
      const summary = Object.fromEntries(Object.entries(samples).map(([k, s]) => [k, summarise(s)]));
      const ratios: Record<string, number> = {};
      const { plain, after, before } = summary;
      if (after && plain) {
        ratios['status app/plain'] = ratio(after.medianMs, plain.medianMs);
        ratios['first paint app/plain'] = ratio(after.firstPaintMs, plain.firstPaintMs);
      }
      if (after && before) ratios['status after/before'] = ratio(after.medianMs, before.medianMs);
      (out[`${cpu}x`] ??= {})[path] = { sides: summary, ratios };
    }
  }
  return out;
}

export function printFirstScreen(result: FirstScreen): void {
  const one = (s: Side) =>
    `${s.medianMs} ms (${s.minMs}–${s.maxMs}), paint ${s.firstPaintMs} ms, ${s.requests} req (${s.api} API), CLS ${s.cls}`;
  for (const [cpu, pages] of Object.entries(result)) {
    for (const [path, r] of Object.entries(pages)) {
      console.log(`First screen ${cpu} ${path}`);
      for (const [name, side] of Object.entries(r.sides)) console.log(`  ${name.padEnd(7)} ${one(side)}`);
      const ratios = Object.entries(r.ratios).map(([k, v]) => `${k} ${v}×`);
      if (ratios.length) console.log(`  ${ratios.join(' · ')}`);
    }
  }
}
