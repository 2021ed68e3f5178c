import type { CDPSession, Page } from 'playwright-core';

/**
 * Shared by the kiosk browser test and the bench soak: drive the wall screen
 * and read its memory through the Chrome DevTools Protocol.
 */

export type MemorySample = {
  /** JSHeapUsedSize: includes the code V8 compiles as functions get hot. */
  heap: number;
  /** The same heap from a snapshot, without compiled code: the objects the app keeps alive. */
  objects: number;
  nodes: number;
  listeners: number;
};

/** Sum of self sizes in a heap snapshot, leaving out V8's compiled code (it grows as the JIT optimises, then stops). */
async function objectBytes(cdp: CDPSession): Promise<number> {
  const chunks: string[] = [];
  const collect = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const type = fields.indexOf('type');
  const size = fields.indexOf('self_size');
  const code = snapshot.snapshot.meta.node_types[0].indexOf('code');
  let total = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    if (snapshot.nodes[i + type] !== code) total += snapshot.nodes[i + size]!;
  }
  return total;
}

/** After forced garbage collection (twice: the first pass frees what finalisers release). */
export async function sampleMemory(cdp: CDPSession): Promise<MemorySample> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return {
    heap: get('JSHeapUsedSize'),
    objects: await objectBytes(cdp),
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
  await slideSettled(page);
}
