import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Stylesheets that only some prerendered pages need before their code arrives. They are not in the
 * stylesheet every page carries (that made every page's HTML 1.1 KiB gzip bigger, and a plan page's
 * more than the first round trip holds); each is written into its own pages' HTML by the prerender,
 * allowed by its hash in the one policy (scripts/security-plugin.ts). Their code still loads them as
 * usual when a reader arrives at the page from another one.
 */
export const ROUTE_STYLES = [
  { source: 'src/features/series/series.css', serves: (path: string) => path.startsWith('/indikatorer/') },
  { source: 'src/features/target-groups/table.css', serves: (path: string) => path === '/maalgrupper' },
] as const;

export type RouteStyleSource = (typeof ROUTE_STYLES)[number]['source'];

/** Where the build says which file holds each route stylesheet, for the prerender. */
export const ROUTE_STYLES_FILE = join('.vite', 'route-styles.json');

type BundleEntry = { type: string; moduleIds?: readonly string[]; viteMetadata?: { importedCss: Set<string> } };

const isCss = (id: string) => /\.css(\?|$)/.test(id);

/**
 * Each route stylesheet's file in the build: the stylesheet of the chunk that holds it. That chunk
 * must hold no other stylesheet, or a page would get rules meant for another.
 */
export function findRouteStyles(bundle: Record<string, BundleEntry>, root: string): Record<RouteStyleSource, string> {
  const found = {} as Record<RouteStyleSource, string>;
  for (const { source } of ROUTE_STYLES) {
    const id = resolve(root, source);
    const chunk = Object.values(bundle).find((entry) => entry.type === 'chunk' && entry.moduleIds?.includes(id));
    if (!chunk) throw new Error(`${source} er ikke i buildet`);
    const others = chunk.moduleIds!.filter((m) => isCss(m) && m !== id);
    const files = [...(chunk.viteMetadata?.importedCss ?? [])];
    if (others.length > 0 || files.length !== 1) {
      throw new Error(`${source} deler stylesheet med ${others.join(', ') || 'intet'} (${files.join(', ')})`);
    }
    found[source] = files[0]!;
  }
  return found;
}

/** A build's route stylesheets, as the prerender writes them into a page on `path`. */
export function routeStylesFor(dist: string, path: string): string[] {
  const files = JSON.parse(readFileSync(join(dist, ROUTE_STYLES_FILE), 'utf8')) as Record<RouteStyleSource, string>;
  return ROUTE_STYLES.filter((style) => style.serves(path)).map((style) =>
    readFileSync(join(dist, files[style.source]), 'utf8'),
  );
}
