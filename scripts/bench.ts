/**
 * `npm run bench`: speed and size figures, measured rather than asserted in
 * timed tests (which are flaky on shared machines).
 *
 * - Bytes: initial JS (entry + modulepreloads), the lazily loaded ECharts chunk,
 *   the static API (files, bytes, gzip; latest.json on its own).
 * - First screen side by side: the overview and two plan pages as plain HTML
 *   generated from the same JSON (the physical limit, plain-pages.ts), as
 *   this build and, with BENCH_BEFORE=<another build's dist>, as that build;
 *   all from local gzip servers, in interleaved cold loads at 1× and 4× CPU,
 *   as ratios of medians, with first paint, requests and layout shift
 *   (bench-first-screen.ts).
 * - Lighthouse 12, desktop and mobile, median of LIGHTHOUSE_RUNS (bench-lighthouse.ts).
 *
 * Builds first when dist/ is missing. Writes .bench/results.json as well.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';
import { launchChromium } from '../test/browser/chromium';
import { benchFirstScreen, printFirstScreen } from './bench-first-screen';
import { benchKioskSoak } from './bench-kiosk';
import { benchLighthouse, printLighthouse, type Preset } from './bench-lighthouse';
import { benchTable } from './bench-table';
import { staticApiSize } from './static-api-size';
import { BUDGETS, bundleSizes } from './bundle-size';
import { serverUrl } from './server-url';
import { serveForBench } from './bench-server';
import { plainPages } from './plain-pages';

const DIST = process.env.DIST_DIR ?? 'dist';
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const BEFORE = process.env.BENCH_BEFORE;
/** Which parts to run (comma-separated): first-screen, lighthouse, table, kiosk. All by default. */
const PARTS = new Set((process.env.BENCH_PARTS ?? 'first-screen,lighthouse,table,kiosk').split(','));
const PAGES = ['/', '/planer/rr2014', '/planer/as2015'];
const LIGHTHOUSE_PAGES = (
  process.env.LIGHTHOUSE_PAGES ?? '/,/planer/rr2014,/indikatorer/ledighed-faktisk,/maalgrupper'
).split(',');
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
/** desktop, mobile or both (comma-separated). */
const LIGHTHOUSE_PRESETS = (process.env.LIGHTHOUSE_PRESETS ?? 'desktop,mobile').split(',') as Preset[];

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) execSync('npm run build', { stdio: 'inherit' });
  const sizes = bundleSizes(DIST);
  const api = staticApiSize(join(DIST, 'api', 'v1'));
  // The app and its plain pages from one gzip server; another build, if given, from one of its own.
  const server = await serveForBench(DIST, plainPages(DIST));
  // The large-table scenario lives in the mocked API, so it runs on the dev server; no HMR or file watching,
  // so edits elsewhere cannot disturb a measurement.
  const dev = PARTS.has('table')
    ? await createServer({ server: { port: 0, host: '127.0.0.1', hmr: false, watch: null }, mode: 'development' })
    : undefined;
  await dev?.listen();
  const before = BEFORE ? await serveForBench(BEFORE) : undefined;
  const browser = await launchChromium();
  const base = server.url;
  let table, kiosk, firstScreen, scores;
  try {
    firstScreen = PARTS.has('first-screen')
      ? await benchFirstScreen(
          browser,
          {
            plain: (path) => `${base}/plain${path === '/' ? '' : path}`,
            after: (path) => `${base}${path}`,
            ...(before ? { before: (path: string) => `${before.url}${path}` } : {}),
          },
          PAGES,
          RUNS,
        )
      : undefined;
    scores = PARTS.has('lighthouse')
      ? await benchLighthouse(base, LIGHTHOUSE_PAGES, LIGHTHOUSE_RUNS, LIGHTHOUSE_PRESETS)
      : undefined;
    table = dev
      ? {
          real: await benchTable(`${base}/maalgrupper`, browser),
          large: await benchTable(`${serverUrl(dev)}/maalgrupper?scenarie=stor`, browser),
        }
      : undefined;
    kiosk = PARTS.has('kiosk') ? await benchKioskSoak(base, browser) : undefined;
  } finally {
    await browser.close();
    await dev?.close();
    await server.close();
    await before?.close();
  }
  const results = {
    date: new Date().toISOString(),
    runs: RUNS,
    sizes,
    staticApi: api,
    firstScreen,
    lighthouse: scores,
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
  if (firstScreen) printFirstScreen(firstScreen);
  if (scores) printLighthouse(scores);
  console.log(
    `Static API:      ${api.files} files, ${kb(api.bytes)} (gzip ${kb(api.gzip)}); latest.json ${kb(api.latest.bytes)} (gzip ${kb(api.latest.gzip)}); largest ${api.largest.path} ${kb(api.largest.bytes)}`,
  );
  if (table) console.log('Målgruppe table, real rows:', JSON.stringify(table.real));
  if (table) console.log('Målgruppe table, stor scenario:', JSON.stringify(table.large));
  if (kiosk) console.log('Wall screen soak:', JSON.stringify(kiosk));
}

await main();
