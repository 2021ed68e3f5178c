import { describe, expect, it, vi } from 'vitest';
import { BUCKET_MS, COALESCE_FROM_MS, coalescedTimeouts } from './coalesced-timeouts';

/** A clock whose timers the test runs by hand, counting what reaches the "browser". */
function fakeClock(start = 1_000_000) {
  let now = start;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const calls = { set: 0, clear: 0 };
  return {
    calls,
    pending: () => timers.size,
    clock: {
      now: () => now,
      setTimeout: (callback: () => void, delay: number) => {
        calls.set++;
        timers.set(nextId, { at: now + delay, callback });
        return nextId++;
      },
      clearTimeout: (id: unknown) => {
        calls.clear++;
        timers.delete(id as number);
      },
    },
    /** Moves time on to `to`, running each timer due by then in order, as the browser would. */
    advanceTo(to: number) {
      for (;;) {
        const next = [...timers].filter(([, t]) => t.at <= to).sort((a, b) => a[1].at - b[1].at)[0];
        if (!next) break;
        timers.delete(next[0]);
        now = Math.max(now, next[1].at);
        next[1].callback();
      }
      now = to;
    },
  };
}

describe('coalescedTimeouts', () => {
  it('lets hundreds of long timers share one browser timer, and runs each once it is due', () => {
    const fake = fakeClock();
    const timeouts = coalescedTimeouts(fake.clock);
    const ran: number[] = [];
    for (let i = 0; i < 300; i++) timeouts.setTimeout(() => ran.push(i), 5 * 60_000 + (i % 7));
    expect(fake.calls.set).toBe(1);
    fake.advanceTo(1_000_000 + 5 * 60_000 - 1);
    expect(ran).toEqual([]);
    // Rounded up to the next whole second at most: a stale mark a moment late changes nothing.
    fake.advanceTo(1_000_000 + 5 * 60_000 + BUCKET_MS);
    expect(ran).toHaveLength(300);
    expect(fake.pending()).toBe(0);
  });

  it('never runs a cleared timer, and clearing it costs the browser nothing until none is left', () => {
    const fake = fakeClock();
    const timeouts = coalescedTimeouts(fake.clock);
    const ran = vi.fn();
    const ids = Array.from({ length: 200 }, () => timeouts.setTimeout(ran, 30 * 60_000));
    const kept = timeouts.setTimeout(ran, 60 * 60_000);
    ids.forEach((id) => timeouts.clearTimeout(id));
    expect(fake.calls.clear).toBe(0);
    fake.advanceTo(1_000_000 + 31 * 60_000);
    expect(ran).not.toHaveBeenCalled();
    // Its browser timer fired once for nothing, and was set again for the one left.
    expect(fake.pending()).toBe(1);
    // With none left, no browser timer is left either (in node, one would keep the process running).
    timeouts.clearTimeout(kept);
    expect(fake.pending()).toBe(0);
    expect(fake.calls.clear).toBe(1);
  });

  it('moves the browser timer earlier for an earlier timer, and on to the next after each', () => {
    const fake = fakeClock(0);
    const timeouts = coalescedTimeouts(fake.clock);
    const order: string[] = [];
    timeouts.setTimeout(() => order.push('hour'), 60 * 60_000);
    timeouts.setTimeout(() => order.push('five'), 5 * 60_000);
    timeouts.setTimeout(() => order.push('thirty'), 30 * 60_000);
    fake.advanceTo(6 * 60_000);
    expect(order).toEqual(['five']);
    fake.advanceTo(61 * 60_000);
    expect(order).toEqual(['five', 'thirty', 'hour']);
  });

  it('leaves short timers (a retry’s wait) to the browser, exactly', () => {
    const fake = fakeClock(0);
    const timeouts = coalescedTimeouts(fake.clock);
    const ran = vi.fn();
    const id = timeouts.setTimeout(ran, COALESCE_FROM_MS - 1);
    expect(id).toBeGreaterThan(0);
    fake.advanceTo(COALESCE_FROM_MS - 2);
    expect(ran).not.toHaveBeenCalled();
    fake.advanceTo(COALESCE_FROM_MS - 1);
    expect(ran).toHaveBeenCalledOnce();
    const cleared = vi.fn();
    timeouts.clearTimeout(timeouts.setTimeout(cleared, 2_000));
    fake.advanceTo(10_000);
    expect(cleared).not.toHaveBeenCalled();
  });

  it('runs the rest of a bucket when one callback throws, and reports the error', () => {
    const fake = fakeClock(0);
    const report = vi.fn();
    const timeouts = coalescedTimeouts({ ...fake.clock, report });
    const after = vi.fn();
    timeouts.setTimeout(() => {
      throw new Error('stale mark failed');
    }, 60_000);
    timeouts.setTimeout(after, 60_000);
    fake.advanceTo(61_000);
    expect(after).toHaveBeenCalledOnce();
    expect(report).toHaveBeenCalledWith(new Error('stale mark failed'));
  });

  it('runs what is overdue when its browser timer was lost (a clock swapped under it)', () => {
    const fake = fakeClock(0);
    const timeouts = coalescedTimeouts(fake.clock);
    const overdue = vi.fn();
    timeouts.setTimeout(overdue, 60_000);
    // The browser timer vanishes without firing, and time passes it by.
    fake.clock.clearTimeout(1);
    fake.advanceTo(2 * 60_000);
    timeouts.setTimeout(() => undefined, 60_000);
    fake.advanceTo(2 * 60_000);
    expect(overdue).toHaveBeenCalledOnce();
  });
});
