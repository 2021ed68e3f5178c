/**
 * The error a view shows in place of its content: only when it has no data.
 * A refresh that fails after data arrived keeps the data on screen (the
 * layout's note says the refresh failed, and when); the data is never swapped
 * for an error box.
 */
export function blockingError(query: { readonly error: unknown; readonly data?: unknown }): unknown {
  return query.data === undefined ? (query.error ?? null) : null;
}

/** The first blocking error among several queries. */
export function firstBlockingError(queries: readonly { readonly error: unknown; readonly data?: unknown }[]): unknown {
  for (const q of queries) {
    const e = blockingError(q);
    if (e) return e;
  }
  return null;
}
