import { resourceKind } from '@/contract/resource-kind';
import { API_BASE_URL, REQUEST_TIMEOUT_MS } from './config';
import { strings } from './strings';

/**
 * The one place the app calls `fetch` (through ./api-client.ts, which checks
 * what comes back): every failure becomes an ApiError with a Danish message
 * a user can act on. The one other is the page-bundle worker
 * (./bundle-fetch.ts), which fetches a bundle off the page's thread and
 * reports a failure as a RequestFailure, which the page turns into the same
 * ApiError through requestError below.
 */

export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'not-json' | 'contract';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly resource: string;
  readonly status: number | undefined;
  readonly details: readonly string[];
  /** How many times the request was tried before it was given up (set by the query client's retry rule). */
  attempts = 1;

  constructor(
    kind: ApiErrorKind,
    resource: string,
    message: string,
    opts: { status?: number; details?: readonly string[] } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.resource = resource;
    this.status = opts.status;
    this.details = opts.details ?? [];
  }

  /** Worth retrying automatically: the next attempt may well succeed. */
  get transient(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || (this.kind === 'http' && (this.status ?? 0) >= 500);
  }
}

/** What a resource holds, in words, for the error message; the file name goes in the details. */
export function describeResource(path: string): string {
  const kind = resourceKind(path);
  return kind ? strings.errors.resources[kind] : strings.errors.resources.other;
}

export function resourceUrl(path: string): string {
  const base = new URL(API_BASE_URL, document.baseURI);
  return new URL(path, base).toString();
}

/**
 * The request's own deadline joined with the caller's signal (react-query
 * cancelling). A timer, not AbortSignal.timeout: it follows the page's clock,
 * so a test can run a 15-second timeout in no time, and `done` removes every
 * listener again (the wall screen makes thousands of requests a week).
 */
function deadline(signal: AbortSignal | undefined): { signal: AbortSignal; done: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException('Request timed out', 'TimeoutError')),
    REQUEST_TIMEOUT_MS,
  );
  const onAbort = () => controller.abort(signal!.reason);
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    done: () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}

const isTimeout = (error: unknown) => error instanceof DOMException && error.name === 'TimeoutError';

/** GETs JSON at `path` or a same-origin URL, unvalidated: for a caller that validates it itself (the playlist). */
export function getJson(path: string, { signal }: { signal?: AbortSignal } = {}): Promise<unknown> {
  return get(path, signal, (response) => response.json());
}

async function get<T>(
  path: string,
  signal: AbortSignal | undefined,
  read: (response: Response) => Promise<T>,
): Promise<T> {
  const timed = deadline(signal);
  try {
    return await fetchBody(path, timed.signal, signal, read);
  } finally {
    timed.done();
  }
}

/** How a request failed, as the page-bundle worker reports it too (./bundle-fetch.ts). */
export type RequestFailure =
  { kind: 'timeout' } | { kind: 'network' } | { kind: 'http'; status: number } | { kind: 'not-json'; status?: number };

/** The ApiError, in Danish, for a request for `path` that failed so. */
export function requestError(path: string, failure: RequestFailure): ApiError {
  const what = describeResource(path);
  const details = [strings.errors.file(path)];
  switch (failure.kind) {
    case 'timeout':
      return new ApiError('timeout', path, strings.errors.timeout(REQUEST_TIMEOUT_MS / 1000, what), { details });
    case 'network':
      return new ApiError('network', path, strings.errors.network, { details });
    case 'http': {
      const { status } = failure;
      const message = status === 404 ? strings.errors.notFound(what) : strings.errors.http(status, what);
      return new ApiError('http', path, message, { status, details });
    }
    case 'not-json':
      return new ApiError('not-json', path, strings.errors.notJson(what), { status: failure.status, details });
  }
}

async function fetchBody<T>(
  path: string,
  timedSignal: AbortSignal,
  callerSignal: AbortSignal | undefined,
  read: (response: Response) => Promise<T>,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(resourceUrl(path), { signal: timedSignal, headers: { accept: 'application/json' } });
  } catch (error) {
    // A caller's abort (react-query cancelling) must stay an abort, not become a user-facing error.
    if (callerSignal?.aborted) throw error;
    throw requestError(path, { kind: isTimeout(error) ? 'timeout' : 'network' });
  }
  if (!response.ok) throw requestError(path, { kind: 'http', status: response.status });
  try {
    return await read(response);
  } catch (error) {
    if (callerSignal?.aborted) throw error;
    // The deadline covers the body too: a body that stalls is a timeout, not bad JSON.
    throw requestError(path, isTimeout(error) ? { kind: 'timeout' } : { kind: 'not-json', status: response.status });
  }
}
