import type { Browser } from 'playwright-core';

/**
 * The first screen, side by side: the same pages from two builds (this one
 * and BENCH_BEFORE, another build's dist/), in interleaved cold loads at 1×
 * and 4× CPU (CDP throttling), so both meet the same machine state. Reports
 * the ratio of medians with min–max, and the deterministic figures beside
 * them: requests, API requests and layout shift.
 */

export type Side = { medianMs: number; minMs: number; maxMs: number; requests: number; api: number; cls: number };
export type FirstScreen = Record<string, Record<string, { before?: Side; after: Side; ratio?: number }>>;

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

async function load(browser: Browser, url: string, cpu: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  const urls: string[] = [];
  page.on('request', (r) => urls.push(new URL(r.url()).pathname));
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) w.__cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'commit' });
  // Every status on the page drawn, nothing still loading.
  await page.waitForFunction(
    () => !document.querySelector('main .loading') && document.querySelectorAll('.status-badge').length > 0,
    undefined,
    { timeout: 60_000, polling: 'raf' },
  );
  const ms = await page.evaluate(() => performance.now());
  await page.waitForLoadState('networkidle');
  const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
  await context.close();
  return { ms, requests: urls.length, api: urls.filter((u) => u.includes('/api/v1/')).length, cls };
}

export async function benchFirstScreen(
  browser: Browser,
  bases: { after: string; before?: string },
  paths: readonly string[],
  runs: number,
): Promise<FirstScreen> {
  const out: FirstScreen = {};
  for (const cpu of [1, 4]) {
    for (const path of paths) {
      const samples: Record<'before' | 'after', Awaited<ReturnType<typeof load>>[]> = { before: [], after: [] };
      for (let run = 0; run < runs; run++) {
        if (bases.before) samples.before.push(await load(browser, `${bases.before}${path}`, cpu));
        samples.after.push(await load(browser, `${bases.after}${path}`, cpu));
      }
      const side = (s: Awaited<ReturnType<typeof load>>[]): Side => ({
        medianMs: Math.round(median(s.map((x) => x.ms))),
        minMs: Math.round(Math.min(...s.map((x) => x.ms))),
        maxMs: Math.round(Math.max(...s.map((x) => x.ms))),
        requests: median(s.map((x) => x.requests)),
        api: median(s.map((x) => x.api)),
        cls: Math.round(median(s.map((x) => x.cls)) * 1000) / 1000,
      });
      const after = side(samples.after);
      const before = bases.before ? side(samples.before) : undefined;
      (out[`${cpu}x`] ??= {})[path] = {
        after,
        ...(before ? { before, ratio: Math.round((after.medianMs / before.medianMs) * 100) / 100 } : {}),
      };
    }
  }
  return out;
}

export function printFirstScreen(result: FirstScreen): void {
  const one = (s: Side) =>
    `${s.medianMs} ms (${s.minMs}–${s.maxMs}), ${s.requests} requests (${s.api} API), CLS ${s.cls}`;
  for (const [cpu, pages] of Object.entries(result)) {
    for (const [path, r] of Object.entries(pages)) {
      const before = r.before ? ` | before ${one(r.before)} | after/before ${r.ratio}×` : '';
      console.log(`First screen ${cpu} ${path.padEnd(16)} after ${one(r.after)}${before}`);
    }
  }
}
