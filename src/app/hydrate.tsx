import type { QueryClient } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { judgeAhead } from '@/api/judge-ahead';
import { pageBundlePath } from '@/api/page-bundles';
import { prefetchPath } from '@/api/query-for-path';
import { getJson, primeBundle } from '@/lib/api-client';
import { nextTask } from '@/lib/next-task';
import { hydrateAt } from '@/lib/page-now';
import { textHash } from '@/lib/text-hash';
import { App } from './app';
import { appPath, createAppRouter, createRoutes, HYDRATION_STATE, markBundleServed, resolveLazyRoutes } from './router';

/**
 * Hydrates a prerendered page (scripts/prerender.ts) once its page bundle is
 * loaded and each resource in it is validated; false when it cannot (the
 * bundle failed, is not the one the page was rendered from, or breaks the
 * contract), and the caller renders the page afresh. Loaded apart from the
 * entry: only a prerendered page needs it.
 */
export async function hydrate(root: HTMLElement, queryClient: QueryClient): Promise<boolean> {
  const path = appPath(window.location.pathname);
  const bundle = pageBundlePath(path);
  const at = new Date(root.dataset.now ?? '');
  if (!bundle || Number.isNaN(at.getTime())) return false;
  // Asked for here, once, whatever happens: a page rendered afresh takes what the bundle brought, or,
  // if it failed, asks for each resource instead of asking for the bundle again.
  markBundleServed(queryClient, bundle);
  let body: unknown;
  try {
    body = await getJson(bundle);
  } catch {
    return false;
  }
  const resources = primeBundle(body);
  if (resources.length === 0 || textHash(JSON.stringify(body)) !== root.dataset.bundle) return false;
  // Each resource through its own query, validated by its own schema, as if fetched alone; one per task,
  // so the page stays responsive while the bundle is validated.
  for (const resource of resources) {
    if (!(await prefetchPath(queryClient, resource))) return false;
    await nextTask();
  }
  const routes = createRoutes(queryClient);
  await resolveLazyRoutes(routes, path);
  const router = createAppRouter(queryClient, { routes, hydrationData: HYDRATION_STATE });
  const readerAt = hydrateAt(at);
  // Before React attaches the page, in short tasks: what the first render judges at the build's moment,
  // and the render after it at the reader's, each as one task React cannot slice. Only a head start: should
  // it fail, each view judges its goals itself, and shows what goes wrong there.
  await judgeAhead(queryClient, [at, readerAt]).catch(() => undefined);
  // In a transition, React hydrates in slices and yields to the reader's input between them.
  startTransition(() => {
    hydrateRoot(
      root,
      <StrictMode>
        <App queryClient={queryClient} router={router} />
      </StrictMode>,
    );
  });
  return true;
}
