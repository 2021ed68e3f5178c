import type { DehydratedState } from '@tanstack/react-query';
import { z } from 'zod';
import { API_VERSION } from '@/contract';

/**
 * What the wall screen keeps in localStorage and what it accepts back: pure,
 * so every rule (age, version, shape, trimming to fit) is tested directly.
 *
 * Only the last good answer of each query is kept, with the time it was
 * fetched: after a restart that time is what the screen states as the data's
 * age. A query whose latest refresh failed still has a good answer worth
 * keeping; its error is not.
 */

// Bump when the shape of the cached domain data changes, so an old copy is dropped rather than misread.
const FORMAT = 2;
export const SAVED_VERSION = `${FORMAT}/api-v${API_VERSION}`;
// A week: old data is still worth showing with its age; older than that, a screen should show nothing.
export const MAX_AGE_MS = 7 * 24 * 60 * 60_000;

const savedQuerySchema = z.looseObject({
  queryKey: z.array(z.unknown()),
  queryHash: z.string(),
  state: z.looseObject({ data: z.unknown(), dataUpdatedAt: z.number().positive(), status: z.literal('success') }),
});

const savedSchema = z.strictObject({
  version: z.string(),
  savedAt: z.number(),
  queries: z.array(savedQuerySchema),
});

type SavedQuery = DehydratedState['queries'][number];
export type SavedCache = { version: string; savedAt: number; queries: SavedQuery[] };

/** The queries worth restoring, as clean successes: no error, no fetch in progress, no promise. */
export function lastGoodAnswers(queries: readonly SavedQuery[]): SavedQuery[] {
  return (
    queries
      .filter((q) => q.state.data !== undefined && q.state.dataUpdatedAt > 0)
      // A pending promise cannot be stored; the state says all that is needed.
      .map(({ promise: _promise, state, ...query }) => ({
        ...query,
        state: {
          ...state,
          status: 'success',
          fetchStatus: 'idle',
          error: null,
          errorUpdatedAt: 0,
          errorUpdateCount: 0,
          fetchFailureCount: 0,
          fetchFailureReason: null,
          isInvalidated: false,
        },
      }))
  );
}

export function toSaved(queries: readonly SavedQuery[], now: number): SavedCache {
  return { version: SAVED_VERSION, savedAt: now, queries: lastGoodAnswers(queries) };
}

/** The oldest answers go first when storage is full: what is shown now matters more. */
export function withoutOldest(saved: SavedCache, count: number): SavedCache {
  const newestFirst = [...saved.queries].sort((a, b) => b.state.dataUpdatedAt - a.state.dataUpdatedAt);
  return { ...saved, queries: newestFirst.slice(0, Math.max(0, newestFirst.length - count)) };
}

export type ReadResult = { ok: true; state: DehydratedState } | { ok: false; reason: 'none' | 'invalid' | 'old' };

/** Parses what storage holds; anything unreadable, from another version, or too old is not restored. */
export function readSaved(text: string | null, now: number): ReadResult {
  if (text === null) return { ok: false, reason: 'none' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const parsed = savedSchema.safeParse(json);
  if (!parsed.success || parsed.data.version !== SAVED_VERSION) return { ok: false, reason: 'invalid' };
  if (now - parsed.data.savedAt > MAX_AGE_MS) return { ok: false, reason: 'old' };
  const fresh = parsed.data.queries.filter((q) => now - q.state.dataUpdatedAt <= MAX_AGE_MS);
  return { ok: true, state: { mutations: [], queries: fresh as unknown as SavedQuery[] } };
}
