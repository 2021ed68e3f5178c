import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createQueryClient } from '@/lib/query-client';
import { TargetGroupPage } from './target-group-page';
import { TargetGroupTablePage } from './target-group-table-page';

/** This feature's two pages in a memory router against the MSW API, independent of the app's route list. */
export function renderTargetGroups(url: string) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const router = createMemoryRouter(
    [
      { path: '/maalgrupper', Component: TargetGroupTablePage },
      { path: '/maalgrupper/:targetGroupId', Component: TargetGroupPage },
      { path: '*', Component: () => null },
    ],
    { initialEntries: [url] },
  );
  return {
    ...render(
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    ),
    router,
  };
}
