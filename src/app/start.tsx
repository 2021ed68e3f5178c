import type { QueryClient } from '@tanstack/react-query';
import { StrictMode, type ComponentType } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { pageBundlePath } from '@/api/page-bundles';
import { prefetchPath } from '@/api/query-for-path';
import { getJson, primeBundle } from '@/lib/api-client';
import { API_BUNDLES } from '@/lib/config';
import { hydrateAt } from '@/lib/page-now';
import { createQueryClient } from '@/lib/query-client';
import { textHash } from '@/lib/text-hash';
import { App } from './app';
import { appPath, createAppRouter, createRoutes, HYDRATION_STATE, markBundleServed, resolveLazyRoutes } from './router';

/**
 * Starts the app in #root. A prerendered page (scripts/prerender.ts) is
 * hydrated: its figures are on screen before any script runs, and React
 * attaches to that HTML once it has the same data. It does so only when
 * the page is the one asked for (its path, no query), and the page bundle
 * the browser loads is the one the page was rendered from (its
 * fingerprint); otherwise, or when the bundle fails, the HTML is dropped and
 * the app renders from scratch, showing its own loading and error states.
 */
export async function startApp(root: HTMLElement, devPanel?: ComponentType): Promise<void> {
  const queryClient = createQueryClient();
  if (isPrerenderedFor(root, window.location) && (await hydrate(root, queryClient))) return;
  root.replaceChildren();
  delete document.documentElement.dataset.shell;
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} router={createAppRouter(queryClient)} devPanel={devPanel} />
    </StrictMode>,
  );
}

function isPrerenderedFor(root: HTMLElement, location: Location): boolean {
  const route = document.documentElement.dataset.route;
  const trim = (path: string) => path.replace(/\/+$/, '') || '/';
  return (
    API_BUNDLES &&
    root.dataset.bundle !== undefined &&
    route !== undefined &&
    trim(route) === trim(location.pathname) &&
    location.search === ''
  );
}

async function hydrate(root: HTMLElement, queryClient: QueryClient): Promise<boolean> {
  const path = appPath(window.location.pathname);
  const bundle = pageBundlePath(path);
  const at = new Date(root.dataset.now ?? '');
  if (!bundle || Number.isNaN(at.getTime())) return false;
  try {
    const body = await getJson(bundle);
    if (textHash(JSON.stringify(body)) !== root.dataset.bundle) return false;
    // Each resource through its own query, validated by its own schema, as if fetched alone.
    const loaded = await Promise.all(primeBundle(body).map((resource) => prefetchPath(queryClient, resource)));
    if (loaded.length === 0 || loaded.includes(false)) return false;
    const routes = createRoutes(queryClient);
    await resolveLazyRoutes(routes, path);
    markBundleServed(queryClient, bundle);
    const router = createAppRouter(queryClient, { routes, hydrationData: HYDRATION_STATE });
    hydrateAt(at);
    hydrateRoot(
      root,
      <StrictMode>
        <App queryClient={queryClient} router={router} />
      </StrictMode>,
    );
    return true;
  } catch {
    return false;
  }
}
