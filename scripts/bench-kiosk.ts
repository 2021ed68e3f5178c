import type { Browser } from 'playwright-core';
import { kioskRun, pauseOnFirstSlideAfter, sampleMemory } from '../test/browser/kiosk-helpers';

/**
 * The wall screen's soak: thousands of slide changes at high speed, with
 * data refreshes every 5 s and every fifth refresh window failing (HTTP 503
 * or a dropped connection). Reports memory growth per 1,000 rotations after
 * forced GC, from a baseline taken after 50 warm-up changes: the whole JS
 * heap, and the live objects without V8's compiled code (which grows while
 * the JIT optimises hot functions, then levels off).
 */

const ROTATIONS = Number(process.env.KIOSK_SOAK_ROTATIONS ?? 3000);
const SLIDES =
  process.env.KIOSK_SOAK_SLIDES ??
  'status:rr2014;maal:as2015;serie:sygedagpenge-helaarspersoner:183,000;maalgruppe:sygedagpenge;sammenligning:ledighed-saesonkorrigeret';

export async function benchKioskSoak(base: string, browser: Browser): Promise<Record<string, number>> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'da-DK' });
  const page = await context.newPage();
  let requests = 0;
  let failed = 0;
  // Every fifth 10-second window the API is down: refreshes fail, then recover.
  await page.route('**/api/v1/**', async (route) => {
    requests++;
    const down = Math.floor(Date.now() / 10_000) % 5 === 4;
    if (!down) return route.continue();
    failed++;
    return failed % 2 ? route.fulfill({ status: 503, body: 'nede' }) : route.abort('connectionreset');
  });
  const started = Date.now();
  try {
    await page.goto(`${base}/skaerm?slides=${SLIDES}&varighed=3&hastighed=60&opdatering=5`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    // Warm up: every slide type drawn a few times before the baseline.
    await pauseOnFirstSlideAfter(page, 50);
    const first = await sampleMemory(cdp);
    const firstRun = await kioskRun(page);
    await page.keyboard.press(' ');
    await pauseOnFirstSlideAfter(page, firstRun + ROTATIONS);
    const last = await sampleMemory(cdp);
    const rotations = (await kioskRun(page)) - firstRun;
    const per1000 = (a: number, b: number) => ((b - a) / rotations) * 1000;
    return {
      rotations,
      seconds: Math.round((Date.now() - started) / 1000),
      apiRequests: requests,
      apiFailuresInjected: failed,
      heapStartMB: +(first.heap / 1e6).toFixed(2),
      heapEndMB: +(last.heap / 1e6).toFixed(2),
      heapGrowthKBPer1000: Math.round(per1000(first.heap, last.heap) / 1000),
      objectsStartMB: +(first.objects / 1e6).toFixed(2),
      objectGrowthKBPer1000: Math.round(per1000(first.objects, last.objects) / 1000),
      nodesStart: first.nodes,
      nodeGrowthPer1000: +per1000(first.nodes, last.nodes).toFixed(1),
      listenersStart: first.listeners,
      listenerGrowthPer1000: +per1000(first.listeners, last.listeners).toFixed(1),
    };
  } finally {
    await context.close();
  }
}
