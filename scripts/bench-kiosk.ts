import type { Browser, CDPSession } from 'playwright-core';
import {
  kioskRun,
  pauseOnFirstSlideAfter,
  quiet,
  sampleMemory,
  type MemorySample,
} from '../test/browser/kiosk-helpers';
import { requestsUnderWay } from '../test/browser/requests-under-way';

/**
 * The wall screen's soak: thousands of slide changes at high speed, with
 * data refreshes every 5 s and every fifth 10-second window failing (HTTP 503
 * or a dropped connection). After 1,000 warm-up changes (V8 has compiled what
 * it will), memory is sampled after forced GC every 1,000 changes, always on
 * the first slide, paused. Growth per 1,000 rotations is the least-squares
 * slope through those samples, so one noisy sample does not decide it.
 */

const ROTATIONS = Number(process.env.KIOSK_SOAK_ROTATIONS ?? 3000);
const WARM_UP = Number(process.env.KIOSK_SOAK_WARM_UP ?? 1000);
const STEP = 1000;
// Overridable to tell what grows with requests from what grows with rotations.
const REFRESH_S = Number(process.env.KIOSK_SOAK_REFRESH ?? 5);
const FAILURES = process.env.KIOSK_SOAK_FAILURES !== '0';
const SLIDES =
  process.env.KIOSK_SOAK_SLIDES ??
  'statusnu:183;maal:rr2014;serie:ledighed-faktisk:183,187,000:2021;maalgruppe:jobparate;bevaegelse;status:as2015;sammenligning:ledighed-faktisk:2021';

/** Least-squares slope of y over x. */
function slope(points: readonly { x: number; y: number }[]): number {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return sxx === 0 ? 0 : points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx;
}

export async function benchKioskSoak(base: string, browser: Browser): Promise<Record<string, number>> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'da-DK' });
  const page = await context.newPage();
  const underWay = requestsUnderWay(page);
  let cdp: CDPSession;
  // Sampled with no answer half-read: what a refresh holds for a moment is not memory kept.
  const sample = async () => {
    await quiet(page, underWay);
    return sampleMemory(cdp);
  };
  let requests = 0;
  let failed = 0;
  // Every fifth 10-second window the API is down: refreshes fail, then recover.
  await page.route('**/api/v1/**', async (route) => {
    requests++;
    const down = FAILURES && Math.floor(Date.now() / 10_000) % 5 === 4;
    if (!down) return route.continue();
    failed++;
    return failed % 2 ? route.fulfill({ status: 503, body: 'nede' }) : route.abort('connectionreset');
  });
  const started = Date.now();
  try {
    await page.goto(`${base}/skaerm?slides=${SLIDES}&varighed=3&hastighed=60&opdatering=${REFRESH_S}`);
    cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await pauseOnFirstSlideAfter(page, WARM_UP);
    const firstRun = await kioskRun(page);
    const samples: { run: number; memory: MemorySample }[] = [{ run: 0, memory: await sample() }];
    while (samples.at(-1)!.run < ROTATIONS) {
      await page.keyboard.press(' ');
      await pauseOnFirstSlideAfter(page, firstRun + samples.at(-1)!.run + STEP);
      samples.push({ run: (await kioskRun(page)) - firstRun, memory: await sample() });
    }
    const per1000 = (key: keyof MemorySample) => slope(samples.map((s) => ({ x: s.run / 1000, y: s.memory[key] })));
    const first = samples[0]!.memory;
    const last = samples.at(-1)!.memory;
    const kb = (bytes: number) => Math.round(bytes / 1024);
    return {
      rotations: samples.at(-1)!.run,
      warmUpRotations: firstRun,
      seconds: Math.round((Date.now() - started) / 1000),
      apiRequests: requests,
      apiFailuresInjected: failed,
      heapStartKB: kb(first.heap),
      heapEndKB: kb(last.heap),
      heapKBPer1000: kb(per1000('heap')),
      compiledCodeKBPer1000: kb(per1000('code')),
      jsObjectsStartKB: kb(first.objects),
      jsObjectsKBPer1000: kb(per1000('objects')),
      browserObjectsKBPer1000: kb(per1000('native')),
      boundedBuffersKBPer1000: kb(per1000('buffers')),
      domNodesStart: first.nodes,
      domNodesPer1000: +per1000('nodes').toFixed(1),
      listenersStart: first.listeners,
      listenersPer1000: +per1000('listeners').toFixed(1),
    };
  } finally {
    await context.close();
  }
}
