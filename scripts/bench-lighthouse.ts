import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_PATH } from '../test/browser/chromium';

/**
 * Lighthouse 12 (it runs on Node 20) against the built app from the bench's
 * gzip server, in Debian's Chromium: performance score and its main metrics,
 * the median of `runs` runs per page, with the desktop preset and with the
 * default (mobile: slow 4G, 4× CPU).
 */

export type LighthouseScore = {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  runs: number[];
};
export type LighthouseResult = Record<'desktop' | 'mobile', Record<string, LighthouseScore>>;

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

export type Preset = 'desktop' | 'mobile';

export async function benchLighthouse(
  base: string,
  paths: readonly string[],
  runs: number,
  presets: readonly Preset[] = ['desktop', 'mobile'],
): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  const out: LighthouseResult = { desktop: {}, mobile: {} };
  try {
    for (const preset of presets) {
      for (const path of paths) {
        const samples: { score: number; fcp: number; lcp: number; tbt: number; cls: number }[] = [];
        for (let i = 0; i < runs; i++) {
          const result = await lighthouse(
            `${base}${path}`,
            { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
            preset === 'desktop' ? desktopConfig : undefined,
          );
          const lhr = result?.lhr;
          if (!lhr) throw new Error(`Lighthouse gav intet resultat for ${path}`);
          const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
          samples.push({
            score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
            fcp: metric('first-contentful-paint'),
            lcp: metric('largest-contentful-paint'),
            tbt: metric('total-blocking-time'),
            cls: metric('cumulative-layout-shift'),
          });
        }
        out[preset][path] = {
          score: median(samples.map((s) => s.score)),
          fcpMs: Math.round(median(samples.map((s) => s.fcp))),
          lcpMs: Math.round(median(samples.map((s) => s.lcp))),
          tbtMs: Math.round(median(samples.map((s) => s.tbt))),
          cls: Math.round(median(samples.map((s) => s.cls)) * 1000) / 1000,
          runs: samples.map((s) => s.score),
        };
      }
    }
  } finally {
    chrome.kill();
  }
  return out;
}

export function printLighthouse(result: LighthouseResult): void {
  for (const [preset, pages] of Object.entries(result)) {
    for (const [path, s] of Object.entries(pages)) {
      console.log(
        `Lighthouse ${preset.padEnd(7)} ${path.padEnd(30)} ${s.score} (runs ${s.runs.join(', ')}) FCP ${s.fcpMs} ms, LCP ${s.lcpMs} ms, TBT ${s.tbtMs} ms, CLS ${s.cls}`,
      );
    }
  }
}
