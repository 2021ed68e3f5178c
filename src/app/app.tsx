import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ComponentType } from 'react';
import { RouterProvider, type createBrowserRouter, type createMemoryRouter } from 'react-router';
import { isHydrating } from '@/lib/page-now';
import { AppErrorBoundary } from './error-boundary';
import { markLive } from './hydration-end';

export type AppRouter = ReturnType<typeof createBrowserRouter> | ReturnType<typeof createMemoryRouter>;

type Props = { queryClient: QueryClient; router: AppRouter; devPanel?: ComponentType | undefined };

/** The whole app. The same tree renders in the browser and in the prerender, so hydration finds what it built. */
export function App({ queryClient, router, devPanel: DevPanel }: Props) {
  useEffect(() => {
    // A prerendered page is live once its content has hydrated too (HydrationEnd, in the layout).
    if (!isHydrating()) markLive();
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
