/**
 * How long a new build's worker may wait to take over before a screen that
 * nobody reloads stops waiting for the browser. A browser hands over only in
 * a moment when the old worker has no request in hand: one request that
 * hangs on a bad network, or a loaded machine that never finds such a moment
 * between a screen's requests, keeps the new build waiting (Chromium gives up
 * after 5 minutes; the wall screen's update test caught it waiting 90 s).
 * Normally the hand-over takes well under a second.
 */
export const STUCK_AFTER_MS = 10_000;

/** The waiting worker seen at the last check, and since when. */
export type WaitingWatch = { readonly worker: object; readonly since: number } | null;

/**
 * One check of the registration's waiting worker: the watch to keep, and
 * whether that worker has now waited at least STUCK_AFTER_MS. A different
 * worker (a newer build again) starts its own wait.
 */
export function readWaiting(
  watch: WaitingWatch,
  waiting: object | null,
  now: number,
): { watch: WaitingWatch; stuck: boolean } {
  if (waiting === null) return { watch: null, stuck: false };
  const since = watch?.worker === waiting ? watch.since : now;
  return { watch: { worker: waiting, since }, stuck: now - since >= STUCK_AFTER_MS };
}
