import { Suspense } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { LoadingState } from '@/components/query-state';
import { strings } from '@/lib/strings';
import { Header } from './header';
import { HydrationEnd } from './hydration-end';
import { QueryHealthNote } from './query-health';
import { usePageTitle } from './use-page-title';

export function Layout() {
  const { search } = useLocation();
  usePageTitle();
  return (
    <>
      <a className="skip-link" href="#indhold">
        {strings.app.skipToContent}
      </a>
      <Header />
      <nav className="main-nav" aria-label={strings.app.mainNav}>
        <ul>
          <li>
            <NavLink to={{ pathname: '/', search }} end>
              {strings.app.navOverview}
            </NavLink>
          </li>
          <li>
            <NavLink to={{ pathname: '/maalgrupper', search }}>{strings.app.navTargetGroups}</NavLink>
          </li>
          <li>
            <NavLink to={{ pathname: '/om-data', search }}>{strings.app.navData}</NavLink>
          </li>
          <li>
            <NavLink to="/skaerm">{strings.app.navKiosk}</NavLink>
          </li>
        </ul>
      </nav>
      <QueryHealthNote />
      {/* Hidden, except while this HTML stands in for another page that the app has not drawn yet (styles.css,
          [data-shell]): the figures below are not that page's, and the reader sees the header and this. */}
      <div className="page shell-loading" hidden>
        <LoadingState />
      </div>
      <main id="indhold" className="page" tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
          <HydrationEnd />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{strings.app.footer}</p>
      </footer>
    </>
  );
}
