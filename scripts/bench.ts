/**
 * `npm run bench`: speed and size figures, measured rather than asserted in
 * timed tests (which are flaky on shared machines).
 *
 * - Bytes: initial JS (entry + modulepreloads), the lazily loaded ECharts chunk,
 *   the static API (files, bytes, gzip; latest.json on its own).
 * - Time: how long the overview and a plan page take, from navigation start
 *   until every target card shows its status (its SVG bullet comes with it)
 *   (median of several runs, in Debian's Chromium against the static build).
 * - First screen side by side: with BENCH_BEFORE=<another build's dist>, the
 *   same pages from both builds in interleaved cold loads at 1× and 4× CPU,
 *   as the ratio of medians, with requests and layout shift (bench-first-screen.ts).
 *
 * Builds first when dist/ is missing. Writes .bench/results.json as well.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer, preview } from 'vite';
import { launchChromium } from '../test/browser/chromium';
import { benchFirstScreen, printFirstScreen } from './bench-first-screen';
import { benchKioskSoak } from './bench-kiosk';
import { benchTable } from './bench-table';
import { staticApiSize } from './static-api-size';
import { BUDGETS, bundleSizes } from './bundle-size';
import { serverUrl } from './server-url';

const DIST = process.env.DIST_DIR ?? 'dist';
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const BEFORE = process.env.BENCH_BEFORE;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function renderTimes(browser: Browser, base: string, paths: string[]) {
  const out: Record<string, { medianMs: number; minMs: number; maxMs: number; cards: number }> = {};
  for (const path of paths) {
    const times: number[] = [];
    let cards = 0;
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${base}${path}`);
      await page.waitForFunction(
        () => {
          const all = [...document.querySelectorAll('.target-card')];
          // Every card has its status; the bullets are SVG drawn in the same commit as the card.
          return all.length > 0 && all.every((c) => c.querySelector('.status-badge'));
        },
        undefined,
        { timeout: 30_000, polling: 'raf' },
      );
      times.push(await page.evaluate(() => performance.now()));
      cards = await page.locator('.target-card').count();
      await context.close();
    }
    out[path] = {
      medianMs: Math.round(median(times)),
      minMs: Math.round(Math.min(...times)),
      maxMs: Math.round(Math.max(...times)),
      cards,
    };
  }
  return out;
}

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) execSync('npm run build', { stdio: 'inherit' });
  const sizes = bundleSizes(DIST);
  const api = staticApiSize(join(DIST, 'api', 'v1'));
  const server = await preview({
    build: { outDir: DIST },
    preview: { port: 0, host: '127.0.0.1' },
  });
  // The large-table scenario lives in the mocked API, so it runs on the dev server; no HMR or file watching,
  // so edits elsewhere cannot disturb a measurement.
  const dev = await createServer({
    server: { port: 0, host: '127.0.0.1', hmr: false, watch: null },
    mode: 'development',
  });
  await dev.listen();
  const before = BEFORE
    ? await preview({ build: { outDir: BEFORE }, preview: { port: 0, host: '127.0.0.1' } })
    : undefined;
  const browser = await launchChromium();
  const base = serverUrl(server);
  let times, table, kiosk, firstScreen;
  try {
    firstScreen = await benchFirstScreen(
      browser,
      { after: base, ...(before ? { before: serverUrl(before) } : {}) },
      ['/', '/planer/rr2014', '/planer/as2015'],
      RUNS,
    );
    times = await renderTimes(browser, base, ['/', '/planer/rr2014', '/planer/as2015']);
    table = {
      real: await benchTable(`${base}/maalgrupper`, browser),
      large: await benchTable(`${serverUrl(dev)}/maalgrupper?scenarie=stor`, browser),
    };
    kiosk = await benchKioskSoak(base, browser);
  } finally {
    await browser.close();
    await dev.close();
    await server.close();
    await before?.close();
  }
  const results = {
    date: new Date().toISOString(),
    runs: RUNS,
    sizes,
    staticApi: api,
    firstScreen,
    renderToStatus: times,
    table,
    kioskSoak: kiosk,
  };
  mkdirSync('.bench', { recursive: true });
  writeFileSync('.bench/results.json', JSON.stringify(results, null, 2));
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(
    `Initial JS:      ${kb(sizes.initialJs.bytes)} (gzip ${kb(sizes.initialJs.gzip)}) – ${sizes.initialJs.files.join(', ')}`,
  );
  console.log(`Budgets (gzip):  initial ${kb(BUDGETS.initialJsGzip)}, ECharts ${kb(BUDGETS.echartsChunkGzip)}`);
  console.log(
    `ECharts chunk:   ${kb(sizes.echartsChunk.bytes)} (gzip ${kb(sizes.echartsChunk.gzip)}) – ${sizes.echartsChunk.files.join(', ')}`,
  );
  for (const [path, t] of Object.entries(times)) {
    console.log(
      `Render ${path.padEnd(16)} median ${t.medianMs} ms (min ${t.minMs}, max ${t.maxMs}, ${RUNS} runs, ${t.cards} target cards with status)`,
    );
  }
  printFirstScreen(firstScreen);
  console.log(
    `Static API:      ${api.files} files, ${kb(api.bytes)} (gzip ${kb(api.gzip)}); latest.json ${kb(api.latest.bytes)} (gzip ${kb(api.latest.gzip)}); largest ${api.largest.path} ${kb(api.largest.bytes)}`,
  );
  console.log('Målgruppe table, real rows:', JSON.stringify(table.real));
  console.log('Målgruppe table, stor scenario:', JSON.stringify(table.large));
  console.log('Wall screen soak:', JSON.stringify(kiosk));
}

await main();
