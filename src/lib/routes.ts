/** Paths of the app's pages, so links are built in one place. */

export const SERIES_AREAS_PARAM = 'omraader';

export function planPath(planId: string): string {
  return `/planer/${encodeURIComponent(planId)}`;
}

export function meetingPackPath(planId: string): string {
  return `/planer/${encodeURIComponent(planId)}/moedepakke`;
}

/** The time series of an indicator, optionally for given areas (first = the target's own area). */
export function seriesPath(indicatorId: string, areas: readonly string[] = []): string {
  const base = `/indikatorer/${encodeURIComponent(indicatorId)}`;
  return areas.length > 0 ? `${base}?${SERIES_AREAS_PARAM}=${areas.map(encodeURIComponent).join(',')}` : base;
}

export function targetGroupPath(targetGroupId: string): string {
  return `/maalgrupper/${encodeURIComponent(targetGroupId)}`;
}
