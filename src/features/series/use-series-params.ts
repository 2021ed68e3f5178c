import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { parseSeriesParams, seriesSearch, type SeriesParams } from './series-params';

/** The page's choices, read from and written to the address. */
export function useSeriesParams(): [SeriesParams, (patch: Partial<SeriesParams>) => void] {
  const { search } = useLocation();
  const navigate = useNavigate();
  // Memoised on the string so that derived lists keep their identity between renders.
  const params = useMemo(() => parseSeriesParams(new URLSearchParams(search)), [search]);
  const update = useCallback(
    (patch: Partial<SeriesParams>) =>
      // Replace, not push: ticking a box is not a new page for the back button.
      void navigate({ search: seriesSearch(new URLSearchParams(search), patch) }, { replace: true }),
    [navigate, search],
  );
  return [params, update];
}
