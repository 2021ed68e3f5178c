import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { appFiles } from './page-start';

/** Byte sizes of the built bundle: what the first page load fetches, and the lazily loaded ECharts chunk. */

export type SizeSum = { bytes: number; gzip: number; files: string[] };

function sum(dist: string, files: string[]): SizeSum {
  let bytes = 0;
  let gzip = 0;
  for (const file of files) {
    const content = readFileSync(join(dist, file));
    bytes += content.length;
    gzip += gzipSync(content).length;
  }
  return { bytes, gzip, files };
}

export function bundleSizes(dist: string): { initialJs: SizeSum; echartsChunk: SizeSum } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  // The entry and the modules it imports, which the page's start script loads (scripts/page-start.ts).
  const initial = appFiles(html).map((file) => file.slice(file.indexOf('assets/')));
  const echarts = readdirSync(join(dist, 'assets'))
    .filter((f) => /^echarts-.*\.js$/.test(f))
    .map((f) => `assets/${f}`);
  return { initialJs: sum(dist, initial), echartsChunk: sum(dist, echarts) };
}

/** Budgets in bytes (gzip). Deterministic for a given build, so CI may fail on them. */
export const BUDGETS = { initialJsGzip: 120 * 1024, echartsChunkGzip: 220 * 1024 };
