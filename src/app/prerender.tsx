import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { prefetchPath } from '@/api/query-for-path';
import { PrerenderContext } from '@/components/after-first-paint';
import { primeBundle } from '@/lib/api-client';
import { endHydration, hydrateAt } from '@/lib/page-now';
import { createQueryClient } from '@/lib/query-client';
import { App } from './app';
import { createPrerenderRouter } from './router';

/**
 * The build's server-side entry (scripts/prerender.ts): renders a page of
 * the app to HTML from its page bundle, at the moment `now`, with the same
 * components, queries and status engine as in the browser. Every resource
 * goes through its own query and schema, so what is prerendered has been
 * validated exactly as what the browser shows.
 */
export async function prerenderPage(path: string, bundle: unknown, now: Date): Promise<string> {
  const queryClient = createQueryClient();
  const resources = primeBundle(bundle);
  const loaded = await Promise.all(resources.map((resource) => prefetchPath(queryClient, resource)));
  const failed = resources.filter((_, i) => !loaded[i]);
  if (resources.length === 0 || failed.length > 0) {
    throw new Error(`Sidebundtet til ${path} kunne ikke bruges: ${failed.join(', ') || 'ingen ressourcer'}`);
  }
  const router = await createPrerenderRouter(queryClient, path);
  hydrateAt(now);
  try {
    return renderToString(
      <StrictMode>
        <PrerenderContext.Provider value={true}>
          <App queryClient={queryClient} router={router} />
        </PrerenderContext.Provider>
      </StrictMode>,
    );
  } finally {
    endHydration();
    queryClient.clear();
  }
}
