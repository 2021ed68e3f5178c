/**
 * Which page bundle (docs/api.md, "Page bundles") serves the first screen of
 * a path: the overview, each plan page (with its meeting pack), the målgruppe
 * table and each indicator's series page have one. The root loader asks for
 * it before any other request, so the page's resources come in one round trip
 * instead of one per series.
 */
export function pageBundlePath(pathname: string): string | null {
  const path = pathname.replace(/\/+$/, '');
  if (path === '') return 'pages/overview.json';
  if (path === '/maalgrupper') return TARGET_GROUP_TABLE_BUNDLE;
  const plan = /^\/planer\/([^/]+)(?:\/moedepakke)?$/.exec(path);
  if (plan) return `pages/plans/${plan[1]}.json`;
  const indicator = /^\/indikatorer\/([^/]+)$/.exec(path);
  return indicator ? indicatorBundlePath(decodeURIComponent(indicator[1]!)) : null;
}

/** The målgruppe table: every series' newest values, every plan and the series its goals are judged on. */
export const TARGET_GROUP_TABLE_BUNDLE = 'pages/target-groups.json';

export const indicatorBundlePath = (indicatorId: string) => `pages/indicators/${encodeURIComponent(indicatorId)}.json`;
