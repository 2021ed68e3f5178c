import type { z } from 'zod';
import { ContractError, parseResource, resourceKind } from '@/contract';
import { API_BASE_URL, REQUEST_TIMEOUT_MS } from './config';
import { strings } from './strings';

/**
 * The one place the app talks HTTP. Every response is validated against its
 * contract schema here, so components only ever see domain types, and every
 * failure becomes an ApiError with a Danish message a user can act on.
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

/**
 * The wall screen keeps the answers as the server sent them, so that what it
 * saves can be validated by the contract again when it is restored. Off for
 * the rest of the app; one body per path, so it cannot grow without bound.
 */
const retained = new Map<string, unknown>();
let retaining = false;

export function retainResponses(on: boolean): void {
  retaining = on;
  if (!on) retained.clear();
}

export function retainedResponse(path: string): unknown {
  return retained.get(path);
}

/** A restored answer is kept as it was saved, so a screen that restarts offline twice still has it. */
export function rememberResponse(path: string, body: unknown): void {
  if (retaining) retained.set(path, body);
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

/** GETs `path` (relative to the API base) and returns it parsed by `schema`. */
export async function getResource<S extends z.ZodType>(
  path: string,
  schema: S,
  { signal }: { signal?: AbortSignal } = {},
): Promise<z.output<S>> {
  const what = describeResource(path);
  const file = strings.errors.file(path);
  const timed = deadline(signal);
  try {
    return await fetchResource(path, schema, timed.signal, signal, what, file);
  } finally {
    timed.done();
  }
}

async function fetchResource<S extends z.ZodType>(
  path: string,
  schema: S,
  timedSignal: AbortSignal,
  callerSignal: AbortSignal | undefined,
  what: string,
  file: string,
): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetch(resourceUrl(path), { signal: timedSignal, headers: { accept: 'application/json' } });
  } catch (error) {
    // A caller's abort (react-query cancelling) must stay an abort, not become a user-facing error.
    if (callerSignal?.aborted) throw error;
    if (isTimeout(error)) {
      throw new ApiError('timeout', path, strings.errors.timeout(REQUEST_TIMEOUT_MS / 1000, what), { details: [file] });
    }
    throw new ApiError('network', path, strings.errors.network, { details: [file] });
  }
  if (!response.ok) {
    const message =
      response.status === 404 ? strings.errors.notFound(what) : strings.errors.http(response.status, what);
    throw new ApiError('http', path, message, { status: response.status, details: [file] });
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    if (callerSignal?.aborted) throw error;
    // The deadline covers the body too: a body that stalls is a timeout, not bad JSON.
    if (isTimeout(error)) {
      throw new ApiError('timeout', path, strings.errors.timeout(REQUEST_TIMEOUT_MS / 1000, what), { details: [file] });
    }
    throw new ApiError('not-json', path, strings.errors.notJson(what), { status: response.status, details: [file] });
  }
  try {
    const parsed = parseResource(schema, body, path);
    if (retaining) retained.set(path, body);
    return parsed;
  } catch (error) {
    if (error instanceof ContractError) {
      throw new ApiError('contract', path, strings.errors.contract(what), { details: [file, ...error.issues] });
    }
    throw error;
  }
}
