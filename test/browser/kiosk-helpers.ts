import type { CDPSession, Page } from 'playwright-core';
import type { RequestsUnderWay } from './requests-under-way';

/**
 * Shared by the kiosk browser test and the bench soak: drive the wall screen
 * and read its memory through the Chrome DevTools Protocol.
 */

export type MemorySample = {
  /** JSHeapUsedSize: includes the code V8 compiles as functions get hot. */
  heap: number;
  /**
   * From a heap snapshot: V8's compiled code and its bookkeeping (deoptimisation data, dependent-code
   * lists). It grows while the JIT optimises hot functions, then levels off.
   */
  code: number;
  /** From the same snapshot: the JavaScript objects the app keeps alive (no code, no browser-side objects). */
  objects: number;
  /** Browser-side (Blink) objects: DOM, layout, observers, timers, fetches, abort signals… */
  native: number;
  /**
   * Browser-side records with a fixed cap that exist whether or not the app leaks: the console's
   * message log, the performance timeline, and what the DevTools protocol itself keeps of each
   * request (only there because a test is attached).
   */
  buffers: number;
  nodes: number;
  listeners: number;
};

const BOUNDED_BUFFERS =
  /^(blink::NetworkResourcesData|blink::ConsoleMessage|blink::SourceLocation|Performance\w*Timing|LayoutShift|blink::InspectorNetworkAgent|LargestContentfulPaint|DOMRectReadOnly)/;

/** Sums a heap snapshot's self sizes by kind. */
async function snapshotSizes(cdp: CDPSession): Promise<Pick<MemorySample, 'code' | 'objects' | 'native' | 'buffers'>> {
  const chunks: string[] = [];
  const collect = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const [type, name, size] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
  const types = snapshot.snapshot.meta.node_types[0];
  const code = types.indexOf('code');
  const native = types.indexOf('native');
  const sums = { code: 0, objects: 0, native: 0, buffers: 0 };
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const bytes = snapshot.nodes[i + size]!;
    const kind = snapshot.nodes[i + type];
    const label = snapshot.strings[snapshot.nodes[i + name]!]!;
    // V8's own internals show up as "native" objects named "system / …"; they follow the compiled code.
    if (kind === code || (kind === native && label.startsWith('system / '))) sums.code += bytes;
    else if (kind !== native) sums.objects += bytes;
    else if (BOUNDED_BUFFERS.test(label)) sums.buffers += bytes;
    else sums.native += bytes;
  }
  return sums;
}

/**
 * Waits until no request is under way and the page's main thread has nothing left to do with the answers.
 * A sample taken while an answer is being read or validated (in slices, between tasks, on a slow machine)
 * counts that answer as memory kept: a loaded run once measured 160 KB that way.
 */
export async function quiet(page: Page, requests: RequestsUnderWay): Promise<void> {
  do {
    await requests.none();
    await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve())));
  } while (requests.count() > 0);
}

/** After forced garbage collection (twice: the first pass frees what finalisers release). */
export async function sampleMemory(cdp: CDPSession): Promise<MemorySample> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (metric: string) => metrics.find((m) => m.name === metric)?.value ?? 0;
  return {
    heap: get('JSHeapUsedSize'),
    ...(await snapshotSizes(cdp)),
    nodes: get('Nodes'),
    listeners: get('JSEventListeners'),
  };
}

export const kioskRun = (page: Page) => page.locator('.kiosk').evaluate((el) => Number(el.getAttribute('data-run')));
export const kioskIndex = (page: Page) =>
  page.locator('.kiosk').evaluate((el) => Number(el.getAttribute('data-slide-index')));

/** Waits until the slide shown has finished loading (no "Henter data" on it, charts drawn). */
export async function slideSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector('.kiosk-stage [role=status]') &&
      [...document.querySelectorAll('.kiosk-stage .kiosk-chart')].every((c) => c.querySelector('svg')),
    undefined,
    { timeout: 20_000 },
  );
}

/** Pauses on slide 0 once the rotation has passed `run`, so every sample is taken on the same slide. */
export async function pauseOnFirstSlideAfter(page: Page, run: number): Promise<void> {
  await page.waitForFunction(
    (after) => {
      const el = document.querySelector('.kiosk');
      return Number(el?.getAttribute('data-run')) >= after && el?.getAttribute('data-slide-index') === '0';
    },
    run,
    { timeout: 600_000, polling: 10 },
  );
  await page.keyboard.press(' ');
  await page.locator('.kiosk[data-paused=true]').waitFor();
  // On a slow machine the rotation may have moved on before the key arrived: step back to slide 0 by hand.
  for (let index = await kioskIndex(page); index !== 0; index = await kioskIndex(page)) {
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(
      (from) => document.querySelector('.kiosk')?.getAttribute('data-slide-index') !== String(from),
      index,
      { timeout: 20_000 },
    );
  }
  await slideSettled(page);
}
