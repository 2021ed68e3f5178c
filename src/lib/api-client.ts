import { replaceEqualDeep } from '@tanstack/react-query';
import type { ResourceKind, ResourceTypes } from '@/contract';
import { resourceKind } from '@/contract/resource-kind';
import { API_BASE_URL, REQUEST_TIMEOUT_MS } from './config';
import { strings } from './strings';
import { nextTask } from './next-task';

/**
 * The one place the app talks HTTP. Every response is validated against its
 * contract schema here, so components only ever see domain types, and every
 * failure becomes an ApiError with a Danish message a user can act on.
 *
 * The contract (zod and the schemas, a third of the app's first JavaScript)
 * is loaded on the first request, in parallel with it, not before the page
 * can start: the first screen's requests leave sooner, and every answer is
 * still validated before anything sees it.
 */
let contract: Promise<typeof import('@/contract')> | undefined;
// The schemas are built as their modules are evaluated. Each stage is a chunk of its own, evaluated in a task of
// its own: zod with its settings, the shared schemas, the series' schemas, then the rest (measured at 4× CPU:
// one task of 230 ms before, none over about 100 after). Asked for at once, the chunks arrive together and are
// evaluated together; so each is asked for once the one before is built (a few KB each, while the page's
// data is still on its way). Every answer waiting for the contract is checked in a later task.
const CONTRACT_STAGES = [
  () => import('@/contract/zod-config'),
  () => import('@/contract/primitives'),
  () => import('@/contract/series'),
];
const loadContract = () =>
  (contract ??= (async () => {
    for (const stage of CONTRACT_STAGES) {
      await stage();
      await nextTask();
    }
    const module = await import('@/contract');
    await nextTask();
    return module;
  })());

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

/*
 * Page bundles: one request with every resource a page's first screen needs
 * (docs/api.md). What a bundle brought waits here for its first request,
 * which takes it instead of going to the network; it is validated by its own
 * schema like any answer. A new bundle replaces what the last one left, so
 * nothing accumulates on a page left open for weeks.
 */
const bundled = new Map<string, unknown>();
let pendingBundle: Promise<void> | null = null;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Puts a bundle's resources where their first requests will take them, and
 * returns their paths. The container is only a map of paths; what it holds
 * is validated per resource when it is used.
 */
export function primeBundle(body: unknown): string[] {
  bundled.clear();
  if (!isRecord(body) || !isRecord(body.resources)) return [];
  for (const [resource, value] of Object.entries(body.resources)) bundled.set(resource, value);
  return [...bundled.keys()];
}

/** Asks for a page bundle; the requests that follow wait for it. A bundle that fails costs nothing else. */
export function preloadBundle(path: string): void {
  const load = getJson(path)
    .then((body) => void primeBundle(body))
    // Without the bundle each resource is fetched alone, and reports its own failure.
    .catch(() => undefined)
    .finally(() => {
      if (pendingBundle === load) pendingBundle = null;
    });
  pendingBundle = load;
}

async function bundledOrFetched(path: string, signal: AbortSignal | undefined): Promise<unknown> {
  if (pendingBundle) await pendingBundle;
  if (bundled.has(path)) {
    const body = bundled.get(path);
    // Used once: a refetch asks the server for what is new.
    bundled.delete(path);
    return body;
  }
  return getJson(path, { signal });
}

/** GETs the resource at `path` (relative to the API base) and returns it validated as a `kind`. */
export async function getResource<K extends ResourceKind>(
  path: string,
  kind: K,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ResourceTypes[K]> {
  const schemas = loadContract();
  const body = await bundledOrFetched(path, signal);
  const { ContractError, validateResourceInSlices } = await schemas;
  try {
    const parsed = await validateResourceInSlices(kind, body, path, nextTask);
    // What is unchanged keeps the answer retained before, as the query cache keeps its data: the cached
    // data shares its strings with that answer, and a second copy of each would stay for every refresh.
    if (retaining) retained.set(path, replaceEqualDeep(retained.get(path), body));
    return parsed;
  } catch (error) {
    if (error instanceof ContractError) {
      const what = describeResource(path);
      throw new ApiError('contract', path, strings.errors.contract(what), {
        details: [strings.errors.file(path), ...error.issues],
      });
    }
    throw error;
  }
}

/** GETs JSON at `path` or a same-origin URL, unvalidated: for a caller that validates it itself (the playlist). */
export async function getJson(path: string, { signal }: { signal?: AbortSignal } = {}): Promise<unknown> {
  const what = describeResource(path);
  const file = strings.errors.file(path);
  const timed = deadline(signal);
  try {
    return await fetchBody(path, timed.signal, signal, what, file);
  } finally {
    timed.done();
  }
}

async function fetchBody(
  path: string,
  timedSignal: AbortSignal,
  callerSignal: AbortSignal | undefined,
  what: string,
  file: string,
): Promise<unknown> {
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
  try {
    return await response.json();
  } catch (error) {
    if (callerSignal?.aborted) throw error;
    // The deadline covers the body too: a body that stalls is a timeout, not bad JSON.
    if (isTimeout(error)) {
      throw new ApiError('timeout', path, strings.errors.timeout(REQUEST_TIMEOUT_MS / 1000, what), { details: [file] });
    }
    throw new ApiError('not-json', path, strings.errors.notJson(what), { status: response.status, details: [file] });
  }
}
