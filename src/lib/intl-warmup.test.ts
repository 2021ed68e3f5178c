import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmFormatters } from './format';

/*
 * The formatters' warm-up: a worker loads the Danish locale data first, then the page makes its own
 * formatters, a task each; the worker is ended whatever it answers, and without a worker the page makes
 * them at once.
 */

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function stubWorker(answer: 'message' | 'error' | 'throws') {
  type Record = { url: string; terminated: boolean; emit: () => void };
  const workers: Record[] = [];
  class WarmWorker extends EventTarget {
    readonly record: Record;
    constructor(url: URL) {
      super();
      if (answer === 'throws') throw new Error('refused');
      this.record = { url: String(url), terminated: false, emit: () => this.dispatchEvent(new Event(answer)) };
      workers.push(this.record);
    }
    terminate() {
      this.record.terminated = true;
    }
  }
  vi.stubGlobal('Worker', WarmWorker);
  return workers;
}

describe('warmFormatters', () => {
  it.each(['message', 'error'] as const)('ends the worker once it answers (%s), then warms its own', (answer) => {
    vi.useFakeTimers();
    const workers = stubWorker(answer);
    warmFormatters();
    expect(workers).toHaveLength(1);
    expect(workers[0]!.url).toMatch(/intl-warmup\.worker/);
    expect(vi.getTimerCount()).toBe(0);
    workers[0]!.emit();
    workers[0]!.emit();
    expect(workers[0]!.terminated).toBe(true);
    // Once, however often it answers: one task for the number formatter, one for the date formatter.
    expect(vi.getTimerCount()).toBe(2);
  });

  it('warms its own at once where no worker starts', () => {
    vi.useFakeTimers();
    stubWorker('throws');
    warmFormatters();
    expect(vi.getTimerCount()).toBe(2);
  });
});
