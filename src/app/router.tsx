import type { QueryClient } from '@tanstack/react-query';
import {
  createBrowserRouter,
  createMemoryRouter,
  matchRoutes,
  type HydrationState,
  type RouteObject,
  type ShouldRevalidateFunctionArgs,
} from 'react-router';
import { pageBundlePath } from '@/api/page-bundles';
import { planQuery, plansQuery } from '@/api/plans';
import { areasQuery, indicatorsQuery, targetGroupsQuery } from '@/api/reference';
import { LoadingState } from '@/components/query-state';
import { preloadBundle } from '@/lib/api-client';
import { API_BUNDLES } from '@/lib/config';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';

/**
 * Pages load lazily so the first screen downloads only what it shows. The
 * loaders start the data requests a page needs while its code is still
 * downloading; they do not wait for them, so the page shows its own loading
 * and error states.
 */
// A choice kept in the address (?omraade=…, a table's sort) is not a new page: loaders run again only when the path changes.
const pathChanged = ({ currentUrl, nextUrl }: ShouldRevalidateFunctionArgs) => currentUrl.pathname !== nextUrl.pathname;

/** The path inside the app, without the base it is served under (BASE_PATH). */
export const appPath = (pathname: string) => {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return base && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
};

// A page whose data is already in the cache needs no bundle: going back to the overview asks for nothing.
const served = new WeakMap<QueryClient, Set<string>>();
function bundleServed(queryClient: QueryClient, bundle: string): boolean {
  const seen = served.get(queryClient) ?? new Set<string>();
  served.set(queryClient, seen);
  if (seen.has(bundle)) return true;
  seen.add(bundle);
  return false;
}

/** Marks a page bundle as already in the cache (a hydrated page loaded it before the router started). */
export function markBundleServed(queryClient: QueryClient, bundle: string): void {
  bundleServed(queryClient, bundle);
}

/**
 * The loaders only start prefetches and return nothing, so a router that
 * starts from a prerendered page has every loader's data already: none.
 */
export const HYDRATION_STATE: HydrationState = {
  loaderData: { root: null, plan: null, 'meeting-pack': null, kiosk: null },
};

/**
 * Loads the code of the routes that match `pathname` and puts it on the
 * routes, as a router needs before it renders a page without waiting
 * (a prerender, or hydrating one).
 */
export async function resolveLazyRoutes(routes: RouteObject[], pathname: string): Promise<void> {
  const matches = matchRoutes(routes, pathname) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const loaded = await route.lazy();
      Object.assign(route, { ...loaded, lazy: undefined });
    }),
  );
}

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const prefetchShared = () => {
    void queryClient.prefetchQuery(plansQuery());
    void queryClient.prefetchQuery(areasQuery());
    void queryClient.prefetchQuery(targetGroupsQuery());
    void queryClient.prefetchQuery(indicatorsQuery());
    return null;
  };
  const prefetchPlan = ({ params }: { params: { planId?: string } }) => {
    prefetchShared();
    if (params.planId) void queryClient.prefetchQuery(planQuery(params.planId));
    return null;
  };
  return [
    {
      id: 'root',
      path: '/',
      Component: Layout,
      ErrorBoundary: RouteError,
      // Shown for the instant before the first loaders (which only start prefetches) settle.
      HydrateFallback: LoadingState,
      loader: ({ request }) => {
        // The first screen's resources in one request, asked for before any of them.
        const bundle = API_BUNDLES ? pageBundlePath(appPath(new URL(request.url).pathname)) : null;
        if (bundle && !bundleServed(queryClient, bundle)) preloadBundle(bundle);
        return prefetchShared();
      },
      shouldRevalidate: pathChanged,
      children: [
        {
          index: true,
          lazy: async () => ({ Component: (await import('@/features/plans/components/overview-page')).OverviewPage }),
        },
        {
          id: 'plan',
          path: 'planer/:planId',
          loader: prefetchPlan,
          shouldRevalidate: pathChanged,
          lazy: async () => ({ Component: (await import('@/features/plans/components/plan-page')).PlanPage }),
        },
        {
          id: 'meeting-pack',
          path: 'planer/:planId/moedepakke',
          loader: prefetchPlan,
          shouldRevalidate: pathChanged,
          lazy: async () => ({
            Component: (await import('@/features/meeting-pack/components/meeting-pack-page')).MeetingPackPage,
          }),
        },
        {
          path: 'indikatorer/:indicatorId',
          lazy: async () => ({ Component: (await import('@/features/series/components/series-page')).SeriesPage }),
        },
        {
          path: 'maalgrupper',
          lazy: async () => ({
            Component: (await import('@/features/target-groups/components/target-group-table-page'))
              .TargetGroupTablePage,
          }),
        },
        {
          path: 'maalgrupper/:targetGroupId',
          lazy: async () => ({
            Component: (await import('@/features/target-groups/components/target-group-page')).TargetGroupPage,
          }),
        },
        {
          path: 'om-data',
          lazy: async () => ({ Component: (await import('@/features/about/components/about-page')).AboutPage }),
        },
        { path: '*', Component: NotFoundPage },
      ],
    },
    {
      // The wall screen has no navigation chrome: it is a page of its own, outside the layout.
      id: 'kiosk',
      path: '/skaerm',
      ErrorBoundary: RouteError,
      HydrateFallback: LoadingState,
      loader: async () => {
        // The screen's saved data goes into the cache before its first request starts (see restoreKioskCache).
        const { restoreKioskCache } = await import('@/features/kiosk/persistence');
        restoreKioskCache(queryClient);
        return prefetchShared();
      },
      shouldRevalidate: pathChanged,
      lazy: async () => ({ Component: (await import('@/features/kiosk/components/kiosk-page')).KioskPage }),
    },
  ];
}

const basename = () => import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

/** The app's router; `routes` and `hydrationData` when it starts from a prerendered page. */
export function createAppRouter(
  queryClient: QueryClient,
  {
    routes = createRoutes(queryClient),
    hydrationData,
  }: { routes?: RouteObject[]; hydrationData?: HydrationState } = {},
) {
  return createBrowserRouter(routes, { basename: basename(), ...(hydrationData ? { hydrationData } : {}) });
}

/** For the prerender (scripts/prerender.ts): the routes, in memory at `path`, with the page's code loaded. */
export async function createPrerenderRouter(queryClient: QueryClient, path: string) {
  const routes = createRoutes(queryClient);
  await resolveLazyRoutes(routes, path);
  return createMemoryRouter(routes, {
    basename: basename(),
    initialEntries: [`${basename().replace(/\/$/, '')}${path}`],
    hydrationData: HYDRATION_STATE,
  });
}

/** For component tests: the same routes, in memory, starting at `url`. */
export function createTestRouter(url: string, queryClient: QueryClient) {
  return createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
}
