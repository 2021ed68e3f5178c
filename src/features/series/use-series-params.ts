import { useCallback } from 'react';
import { useSearchState, type SearchCodec } from '@/lib/use-url-state';
import { parseSeriesParams, seriesSearch, type SeriesParams } from './series-params';

const seriesCodec: SearchCodec<SeriesParams> = {
  parse: parseSeriesParams,
  write: (value, current) => new URLSearchParams(seriesSearch(current, value)),
};

/** The page's choices, read from and written to the address; a change patches what is there. */
export function useSeriesParams(): [SeriesParams, (patch: Partial<SeriesParams>) => void] {
  const [params, setParams] = useSearchState(seriesCodec);
  const update = useCallback(
    (patch: Partial<SeriesParams>) => setParams((previous) => ({ ...previous, ...patch })),
    [setParams],
  );
  return [params, update];
}
