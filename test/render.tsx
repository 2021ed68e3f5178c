import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { RouterProvider } from 'react-router';
import { createTestRouter } from '@/app/router';
import { createQueryClient } from '@/lib/query-client';

/** Renders the real app (routes, providers) at `url`, against the MSW API. */
export function renderApp(url = '/') {
  const queryClient = createQueryClient();
  // Tests should fail fast, not wait for retries with backoff.
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const router = createTestRouter(url, queryClient);
  const utils = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...utils, router, queryClient };
}
