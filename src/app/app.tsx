import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ComponentType } from 'react';
import { RouterProvider, type createBrowserRouter, type createMemoryRouter } from 'react-router';
import { hydrateAt } from '@/lib/page-now';
import { AppErrorBoundary } from './error-boundary';

export type AppRouter = ReturnType<typeof createBrowserRouter> | ReturnType<typeof createMemoryRouter>;

type Props = { queryClient: QueryClient; router: AppRouter; devPanel?: ComponentType | undefined };

/** The whole app. The same tree renders in the browser and in the prerender, so hydration finds what it built. */
export function App({ queryClient, router, devPanel: DevPanel }: Props) {
  useEffect(() => {
    // Past the first render: a prerendered page's moment no longer applies to what mounts next.
    hydrateAt(undefined);
    // For whoever waits for the app to answer (the browser tests): the page is live, not only drawn.
    document.documentElement.dataset.live = '';
  }, []);
  return (
    <AppErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
        {DevPanel && <DevPanel />}
      </QueryClientProvider>
    </AppErrorBoundary>
  );
}
