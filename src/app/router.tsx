import { createBrowserRouter, createMemoryRouter, type RouteObject } from 'react-router';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';

/** Pages load lazily so the first screen downloads only what it shows. */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: RouteError,
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('@/features/plans/components/overview-page')).OverviewPage }),
      },
      {
        path: 'planer/:planId',
        lazy: async () => ({ Component: (await import('@/features/plans/components/plan-page')).PlanPage }),
      },
      {
        path: 'om-data',
        lazy: async () => ({ Component: (await import('@/features/about/components/about-page')).AboutPage }),
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes, { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' });
}

/** For component tests: the same routes, in memory, starting at `url`. */
export function createTestRouter(url: string) {
  return createMemoryRouter(routes, { initialEntries: [url] });
}
