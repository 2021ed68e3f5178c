import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { API_BUNDLES } from '@/lib/config';
import { warmFormatters } from '@/lib/format';
import { createQueryClient } from '@/lib/query-client';
import { App, type AppRouter } from './app';
import { createAppRouter } from './router';

/**
 * Starts the app in #root. A prerendered page (scripts/prerender.ts) is
 * hydrated (./hydrate.tsx): its figures are on screen before any script
 * runs, and React attaches to that HTML once it has the same data. Only
 * when the page is the one asked for (its path, no query); otherwise, or
 * when hydrating is not possible, the HTML is dropped and the app renders
 * from scratch, with its own loading and error states.
 */
export async function startApp(root: HTMLElement, devPanel?: ComponentType): Promise<void> {
  // In tasks of their own, while the page's code and data are on their way.
  warmFormatters();
  const queryClient = createQueryClient();
  if (isPrerenderedFor(root, window.location)) {
    const { hydrate } = await import('./hydrate');
    if (await hydrate(root, queryClient)) return;
  }
  // Started here, the router loads the page's code while its loaders start the data requests. Rendered only
  // once it has the page: rendered before, it showed a bare loading line without the header while the code
  // came (about 200 ms on a målgruppe page), then swapped it for the whole page.
  const router = createAppRouter(queryClient);
  await initialized(router);
  root.replaceChildren();
  delete document.documentElement.dataset.shell;
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} router={router} devPanel={devPanel} />
    </StrictMode>,
  );
}

/** When the router has loaded its first page's code and run its loaders (or met an error it will show). */
function initialized(router: AppRouter): Promise<void> {
  return new Promise((resolve) => {
    if (router.state.initialized) return resolve();
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
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
