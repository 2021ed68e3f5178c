import type { QueryKey } from '@tanstack/react-query';
import { z } from 'zod';
import { API_VERSION, schemaForPath } from '@/contract';

/**
 * What the wall screen keeps in localStorage and what it accepts back: pure,
 * so every rule (age, version, shape, trimming to fit) is tested directly.
 *
 * It keeps each resource's last good answer as the server sent it, with the
 * query it belongs to and the time it was fetched. Restoring runs each answer
 * through the resource's contract schema again, exactly as a fresh response:
 * an entry that fails is dropped, never handed to a slide. After a restart the
 * fetch time is what the screen states as the data's age.
 */

// Bump when the saved shape changes, so an old copy is dropped rather than misread.
const FORMAT = 3;
export const SAVED_VERSION = `${FORMAT}/api-v${API_VERSION}`;
// A week: old data is still worth showing with its age; older than that, a screen should show nothing.
export const MAX_AGE_MS = 7 * 24 * 60 * 60_000;

const entrySchema = z.strictObject({
  queryKey: z.array(z.unknown()).min(1),
  path: z.string().min(1),
  body: z.unknown(),
  dataUpdatedAt: z.number().positive(),
});
const savedSchema = z.strictObject({ version: z.string(), savedAt: z.number(), entries: z.array(z.unknown()) });

export type SavedEntry = z.output<typeof entrySchema>;
export type SavedCache = { version: string; savedAt: number; entries: SavedEntry[] };

/** A query as the cache holds it: the API resource it came from is in its meta. */
export type CachedQuery = {
  readonly queryKey: QueryKey;
  readonly meta?: Record<string, unknown> | undefined;
  readonly state: { readonly data: unknown; readonly dataUpdatedAt: number };
};

/** The queries worth restoring: an API resource with a good answer, whatever its latest refresh did. */
export function toSaved(queries: readonly CachedQuery[], bodyOf: (path: string) => unknown, now: number): SavedCache {
  const entries = queries.flatMap((q) => {
    const path = q.meta?.resource;
    if (typeof path !== 'string' || q.state.data === undefined || q.state.dataUpdatedAt <= 0) return [];
    const body = bodyOf(path);
    return body === undefined ? [] : [{ queryKey: [...q.queryKey], path, body, dataUpdatedAt: q.state.dataUpdatedAt }];
  });
  return { version: SAVED_VERSION, savedAt: now, entries };
}

/** The oldest answers go first when storage is full: what is shown now matters more. */
export function withoutOldest(saved: SavedCache, count: number): SavedCache {
  const newestFirst = [...saved.entries].sort((a, b) => b.dataUpdatedAt - a.dataUpdatedAt);
  return { ...saved, entries: newestFirst.slice(0, Math.max(0, newestFirst.length - count)) };
}

export type RestoredQuery = {
  readonly queryKey: QueryKey;
  readonly path: string;
  /** The answer as saved, to be saved again while no fresher one arrives. */
  readonly body: unknown;
  readonly data: unknown;
  readonly dataUpdatedAt: number;
};

export type ReadResult =
  { ok: true; queries: RestoredQuery[]; dropped: number } | { ok: false; reason: 'none' | 'invalid' | 'old' };

/** One saved answer, validated as the client validates a response: its shape, then its resource's contract. */
function restore(raw: unknown, now: number): RestoredQuery | undefined {
  const entry = entrySchema.safeParse(raw);
  if (!entry.success || now - entry.data.dataUpdatedAt > MAX_AGE_MS) return undefined;
  const schema = schemaForPath(entry.data.path);
  const data = schema?.safeParse(entry.data.body);
  if (!data?.success) return undefined;
  const { queryKey, path, body, dataUpdatedAt } = entry.data;
  return { queryKey, path, body, data: data.data, dataUpdatedAt };
}

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
  const queries = parsed.data.entries.flatMap((e) => restore(e, now) ?? []);
  return { ok: true, queries, dropped: parsed.data.entries.length - queries.length };
}
