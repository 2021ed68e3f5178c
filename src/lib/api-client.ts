import { replaceEqualDeep } from '@tanstack/react-query';
import type { ResourceKind, ResourceTypes } from '@/contract';
import { bundleChecker, forgetChecked, takeChecked } from './checked-bundle';
import { ApiError, describeResource, getJson, requestError, resourceUrl } from './http';
import { nextTask } from './next-task';
import { bundleFingerprint, bundleResources } from './page-bundle-body';
import { strings } from './strings';

export { ApiError, describeResource, getJson, resourceUrl, type ApiErrorKind } from './http';

/**
 * The one API client: every response (fetched by ./http.ts) is validated
 * against its contract schema here, so components only ever see domain
 * types, and every failure becomes an ApiError with a Danish message a user
 * can act on.
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

/*
 * Page bundles: one request with every resource a page's first screen needs
 * (docs/api.md). What a bundle brought waits here for its first request,
 * which takes it instead of going to the network; it is validated by its own
 * schema like any answer. A new bundle replaces what the last one left, so
 * nothing accumulates on a page left open for weeks.
 */
const bundled = new Map<string, unknown>();
let pendingBundle: Promise<void> | null = null;

/**
 * Puts a bundle's resources where their first requests will take them, and
 * returns their paths. The container is only a map of paths; what it holds
 * is validated per resource when it is used.
 */
export function primeBundle(body: unknown): string[] {
  bundled.clear();
  forgetChecked();
  for (const [resource, value] of Object.entries(bundleResources(body))) bundled.set(resource, value);
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

/**
 * The page bundle a prerendered page hydrates from, fetched once and checked
 * off the page's thread where a worker can (./checked-bundle.ts), else here
 * as any bundle is: its fingerprint (./page-bundle-body.ts) and its resources'
 * paths, each waiting, checked, for its first request.
 */
export async function loadPageBundle(path: string): Promise<{ hash: string; paths: string[] }> {
  // The wall screen keeps each answer as sent, which only the page's own check has (it hydrates no page).
  const checker = retaining ? undefined : bundleChecker();
  const off = await checker?.check(resourceUrl(path));
  // Failed as a request of the page's own would: said the same way, and not asked for again.
  if (off && 'failed' in off) throw requestError(path, off.failed);
  if (off) {
    bundled.clear();
    return off;
  }
  // No worker, or it failed: fetched, decoded and checked here, as any bundle.
  const body = await getJson(path);
  return { paths: primeBundle(body), hash: bundleFingerprint(body) };
}

const contractError = (path: string, issues: readonly string[]) =>
  new ApiError('contract', path, strings.errors.contract(describeResource(path)), {
    details: [strings.errors.file(path), ...issues],
  });

/** GETs the resource at `path` (relative to the API base) and returns it validated as a `kind`. */
export async function getResource<K extends ResourceKind>(
  path: string,
  kind: K,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ResourceTypes[K]> {
  // Checked already, by the same contract, in the worker that checked its bundle.
  const checked = takeChecked(path);
  if (checked) {
    if ('issues' in checked) throw contractError(path, checked.issues);
    return checked.value as ResourceTypes[K];
  }
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
    if (error instanceof ContractError) throw contractError(path, error.issues);
    throw error;
  }
}
