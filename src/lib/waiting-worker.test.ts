import { describe, expect, it } from 'vitest';
import { readWaiting, STUCK_AFTER_MS } from './waiting-worker';

const worker = {};
const newer = {};

describe('readWaiting', () => {
  it('starts the wait when a worker is first seen waiting', () => {
    expect(readWaiting(null, worker, 1_000)).toEqual({ watch: { worker, since: 1_000 }, stuck: false });
  });

  it('calls the same worker stuck once it has waited STUCK_AFTER_MS, not before', () => {
    const watch = { worker, since: 1_000 };
    expect(readWaiting(watch, worker, 1_000 + STUCK_AFTER_MS - 1)).toEqual({ watch, stuck: false });
    expect(readWaiting(watch, worker, 1_000 + STUCK_AFTER_MS)).toEqual({ watch, stuck: true });
  });

  it('starts again for a different worker (a newer build again) and forgets the wait when none waits', () => {
    const watch = { worker, since: 1_000 };
    expect(readWaiting(watch, newer, 60_000)).toEqual({ watch: { worker: newer, since: 60_000 }, stuck: false });
    expect(readWaiting(watch, null, 60_000)).toEqual({ watch: null, stuck: false });
  });
});
