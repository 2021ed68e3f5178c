import type { QueryClient } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { judgeAhead } from '@/api/judge-ahead';
import { pageBundlePath } from '@/api/page-bundles';
import { prefetchPath } from '@/api/query-for-path';
import { loadPageBundle } from '@/lib/api-client';
import { nextTask } from '@/lib/next-task';
import { hydrateAt } from '@/lib/page-now';
import { defaultSince } from '@/lib/use-since-date';
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
  // The page's code is on its way while its bundle is: asked for after it, it was one more wait.
  const routes = createRoutes(queryClient);
  const code = resolveLazyRoutes(routes, path);
  // Awaited below; a page that is not hydrated renders afresh and loads its code again, reporting any failure.
  code.catch(() => undefined);
  let loaded: { hash: string; paths: string[] };
  try {
    // Checked off the page's thread where it can be (src/lib/checked-bundle.ts).
    loaded = await loadPageBundle(bundle);
  } catch {
    return false;
  }
  const resources = loaded.paths;
  if (resources.length === 0 || loaded.hash !== root.dataset.bundle) return false;
  // Each resource through its own query, validated by its own schema, as if fetched alone; one per task,
  // so the page stays responsive while the queries take them.
  for (const resource of resources) {
    if (!(await prefetchPath(queryClient, resource))) return false;
    await nextTask();
  }
  await code;
  // Each step below in a task of its own: run on from the last resource's task, the router's set-up and the
  // first goals judged were one task of 30–60 ms at 1× CPU (measured on the målgruppe table).
  await nextTask();
  const router = createAppRouter(queryClient, { routes, hydrationData: HYDRATION_STATE });
  await nextTask();
  const readerAt = hydrateAt(at);
  // Before React attaches the page, in short tasks: what the first render judges at the build's moment,
  // and the render after it at the reader's, each as one task React cannot slice. Only a head start: should
  // it fail, each view judges its goals itself, and shows what goes wrong there.
  await judgeAhead(queryClient, judgedMoments(path, at, readerAt)).catch(() => undefined);
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

/**
 * The moments a page judges its goals at as it attaches: the build's and the reader's, and on the overview
 * also "Siden sidste møde"'s meeting date for each (without a query, the default three months back), which
 * it judged in the render that attached it (63 goals, one long task on a phone).
 */
function judgedMoments(path: string, at: Date, readerAt: Date): Date[] {
  const moments = path === '/' ? [at, readerAt, defaultSince(at), defaultSince(readerAt)] : [at, readerAt];
  return moments.filter((m, i) => moments.findIndex((o) => o.getTime() === m.getTime()) === i);
}
