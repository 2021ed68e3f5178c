/**
 * Which page bundle (docs/api.md, "Page bundles") serves the first screen of
 * a path: the overview and each plan page (with its meeting pack) have one.
 * The root loader asks for it before any other request, so the page's
 * resources come in one round trip instead of one per series.
 */
export function pageBundlePath(pathname: string): string | null {
  const path = pathname.replace(/\/+$/, '');
  if (path === '') return 'pages/overview.json';
  const plan = /^\/planer\/([^/]+)(?:\/moedepakke)?$/.exec(path);
  return plan ? `pages/plans/${plan[1]}.json` : null;
}
