import { SERIES_AREAS_PARAM } from '@/lib/routes';

/**
 * The page's choices live in the address (?omraader=183,000&fra=2019&til=2021&visning=tabel&sammenlign=…),
 * so a link shows the recipient exactly what the sender saw.
 */

export const FROM_PARAM = 'fra';
export const TO_PARAM = 'til';
export const VIEW_PARAM = 'visning';
export const COMPARE_PARAM = 'sammenlign';

export type SeriesView = 'diagram' | 'tabel';

export type SeriesParams = {
  /** undefined: not chosen (all areas). An empty list: the user unticked every area. */
  readonly areas: readonly string[] | undefined;
  readonly from: number | undefined;
  readonly to: number | undefined;
  readonly view: SeriesView;
  /** A related indicator drawn beside this one (?sammenlign=ledighed-saesonkorrigeret). */
  readonly compare: string | undefined;
};

function year(value: string | null): number | undefined {
  return value && /^\d{4}$/.test(value) ? Number(value) : undefined;
}

export function parseSeriesParams(params: URLSearchParams): SeriesParams {
  const raw = params.get(SERIES_AREAS_PARAM);
  return {
    areas: raw === null ? undefined : raw.split(',').filter(Boolean),
    from: year(params.get(FROM_PARAM)),
    to: year(params.get(TO_PARAM)),
    view: params.get(VIEW_PARAM) === 'tabel' ? 'tabel' : 'diagram',
    compare: params.get(COMPARE_PARAM) ?? undefined,
  };
}

/** The search string with `patch` applied; other parameters (the header's area choice) are kept. */
export function seriesSearch(current: URLSearchParams, patch: Partial<SeriesParams>): string {
  const next = new URLSearchParams(current);
  const set = (key: string, value: string | undefined) =>
    value === undefined ? next.delete(key) : next.set(key, value);
  if ('areas' in patch) set(SERIES_AREAS_PARAM, patch.areas?.join(','));
  if ('from' in patch) set(FROM_PARAM, patch.from?.toString());
  if ('to' in patch) set(TO_PARAM, patch.to?.toString());
  if ('view' in patch) set(VIEW_PARAM, patch.view === 'tabel' ? 'tabel' : undefined);
  if ('compare' in patch) set(COMPARE_PARAM, patch.compare);
  // Commas are legal in a query; keeping them readable keeps shared links readable.
  const search = next.toString().replace(/%2C/g, ',');
  return search ? `?${search}` : '';
}
