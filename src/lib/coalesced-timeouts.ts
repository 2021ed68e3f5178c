import type { ManagedTimerId, TimeoutCallback, TimeoutProvider } from '@tanstack/react-query';

/**
 * A timer provider for react-query (its `timeoutManager`, as its documentation suggests for many queries) that
 * lets long timers share one browser timer. Every query observer keeps a timer for when its data turns stale
 * (5 minutes, an hour) and every query one for its removal (30 minutes): loading the overview set 367 of them,
 * and the one task that subscribes its observers set 199 and cleared 168, each a call into the browser; under
 * Lighthouse's tracing that task took 110–140 ms, which its phone model counts four times over.
 *
 * Timers of at least `COALESCE_FROM_MS` are rounded up to the next whole `BUCKET_MS` and kept here, with one
 * browser timer for the earliest; a stale mark or a removal a second late changes nothing. Shorter timers (a
 * retry's wait, at most 8 s) are the browser's own, as precise as before.
 */

export const COALESCE_FROM_MS = 10_000;
export const BUCKET_MS = 1_000;
// The longest wait a browser timer takes (about 24.8 days); a longer one fires at once. Further off, it wakes early.
const MAX_BROWSER_DELAY_MS = 2 ** 31 - 1;

type Clock = {
  now: () => number;
  setTimeout: (callback: () => void, delay: number) => unknown;
  clearTimeout: (id: unknown) => void;
  /** Where a callback's error goes: thrown on its own, as an uncaught error in a timer of its own would be. */
  report?: (error: unknown) => void;
};

// Looked up at each call, not kept: a test's fake clock replaces the globals after this module has loaded.
const GLOBAL_CLOCK: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, delay) => globalThis.setTimeout(callback, delay),
  clearTimeout: (id) => globalThis.clearTimeout(id as Parameters<typeof clearTimeout>[0]),
};

const throwAlone = (error: unknown) =>
  queueMicrotask(() => {
    throw error;
  });

export function coalescedTimeouts(clock: Clock = GLOBAL_CLOCK): TimeoutProvider {
  /** Bucket (a due time) → the callbacks in it by id. Ids are negative: the browser's own are positive. */
  const buckets = new Map<number, Map<number, TimeoutCallback>>();
  const bucketOf = new Map<number, number>();
  let lastId = 0;
  let timer: unknown;
  let timerAt = Infinity;

  const arm = (at: number) => {
    if (timer !== undefined) clock.clearTimeout(timer);
    timerAt = at;
    timer = clock.setTimeout(fire, Math.min(MAX_BROWSER_DELAY_MS, Math.max(0, at - clock.now())));
  };

  const fire = () => {
    timer = undefined;
    timerAt = Infinity;
    const now = clock.now();
    const due = [...buckets.keys()].filter((at) => at <= now).sort((a, b) => a - b);
    for (const at of due) {
      const callbacks = buckets.get(at)!;
      buckets.delete(at);
      for (const [id, callback] of callbacks) {
        bucketOf.delete(id);
        // Each on its own: one that throws is reported, and the others in its bucket still run.
        try {
          callback();
        } catch (error) {
          (clock.report ?? throwAlone)(error);
        }
      }
    }
    // A bucket emptied by clearTimeout, while others remain, is left to this: the timer fires once for nothing.
    if (buckets.size > 0) arm(Math.min(...buckets.keys()));
  };

  return {
    setTimeout: (callback, delay) => {
      if (!(delay >= COALESCE_FROM_MS)) return clock.setTimeout(callback, delay) as ManagedTimerId;
      const at = Math.ceil((clock.now() + delay) / BUCKET_MS) * BUCKET_MS;
      const id = --lastId;
      let bucket = buckets.get(at);
      if (!bucket) buckets.set(at, (bucket = new Map()));
      bucket.set(id, callback);
      bucketOf.set(id, at);
      // A browser timer that should have fired a while ago was lost (a test swapped the clock under it):
      // what is overdue runs at once, and the timer is set again from there.
      if (timerAt < clock.now() - BUCKET_MS) arm(clock.now());
      else if (at < timerAt) arm(at);
      return id;
    },
    clearTimeout: (id) => {
      if (typeof id !== 'number' || id >= 0) return clock.clearTimeout(id);
      const at = bucketOf.get(id);
      if (at === undefined) return;
      bucketOf.delete(id);
      const bucket = buckets.get(at)!;
      bucket.delete(id);
      if (bucket.size > 0) return;
      buckets.delete(at);
      // The last one gone, the browser timer goes too: nothing is left for it, and in node a pending timer
      // keeps the process running (the prerender clears its clients and must then end).
      if (buckets.size === 0 && timer !== undefined) {
        clock.clearTimeout(timer);
        timer = undefined;
        timerAt = Infinity;
      }
    },
    setInterval: (callback, delay) => globalThis.setInterval(callback, delay) as ManagedTimerId,
    clearInterval: (id) => globalThis.clearInterval(id as Parameters<typeof clearInterval>[0]),
  };
}
