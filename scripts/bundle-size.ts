import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

/** A built module's static imports (`import … from "./x.js"`, `import "./x.js"`, `export … from`), not `import()`. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["']\.\/([^"']+\.js)["']/g;

/** The files `first` loads before it runs: itself and, recursively, what it imports statically. */
export function staticClosure(dist: string, first: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) visit(join(dirname(file), m[1]!));
  };
  visit(first);
  return [...seen];
}

export function bundleSizes(dist: string): { initialJs: SizeSum; echartsChunk: SizeSum } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  // What the page's start script loads (scripts/page-start.ts), and what each of those imports before it runs.
  const files = appFiles(html).map((file) => file.slice(file.indexOf('assets/')));
  const initial = [...new Set(files.flatMap((file) => staticClosure(dist, file)))];
  const echarts = readdirSync(join(dist, 'assets'))
    .filter((f) => /^echarts-.*\.js$/.test(f))
    .map((f) => `assets/${f}`);
  return { initialJs: sum(dist, initial), echartsChunk: sum(dist, echarts) };
}

/** Budgets in bytes (gzip). Deterministic for a given build, so CI may fail on them. */
export const BUDGETS = { initialJsGzip: 120 * 1024, echartsChunkGzip: 220 * 1024 };
