/**
 * Prerenders the pages whose first screen is figures – the overview, each
 * plan page, the målgruppe table and each indicator's series page – into
 * static HTML in dist/, after the build and the static API export. A reader
 * sees every status before any script has run; the app then hydrates that
 * HTML (src/app/start.tsx).
 *
 * The HTML comes from the app itself: a server-side build of
 * src/app/prerender.tsx renders the real components from each page's bundle
 * (dist/api/v1/pages/…), through the same queries, schemas and status
 * engine as the browser, at the moment of the build. Each page carries that
 * moment and the fingerprint of its bundle, so the browser hydrates only
 * HTML made from the data it loads, and judges at the same moment.
 *
 *   dist/index.html                 the overview (and, for every other path, the app's shell)
 *   dist/planer/<id>/index.html     each plan page
 *   dist/maalgrupper/index.html     the målgruppe table, as it opens without a choice in the address
 *   dist/indikatorer/<id>/index.html each indicator's series page, as it opens without a choice in the address
 *
 * Skipped (the app stays a single-page app) with a real API
 * (VITE_API_BASE_URL), without page bundles (VITE_API_BUNDLES=false), or
 * with VITE_PRERENDER=false.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { pageBundlePath } from '../src/api/page-bundles';
import { firstScreenEnd } from '../src/lib/first-screen';
import { bundleFingerprint } from '../src/lib/page-bundle-body';
import { routeStylesFor } from './route-styles';
import { echartsUrlPlugin } from './echarts-url-plugin';
import { checkHeldBoxes } from './held-boxes';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.argv[2] ?? 'dist');
const base = process.env.BASE_PATH ?? '/';
const out = join(root, 'node_modules', '.cache', 'prerender');

const skip = process.env.VITE_API_BASE_URL
  ? 'VITE_API_BASE_URL er sat (et rigtigt API)'
  : process.env.VITE_API_BUNDLES === 'false'
    ? 'VITE_API_BUNDLES=false'
    : process.env.VITE_PRERENDER === 'false'
      ? 'VITE_PRERENDER=false'
      : undefined;

/** What src/app/prerender.tsx exports (its types need the app's JSX settings, so they are restated here). */
type PrerenderEntry = { prerenderPage: (path: string, bundle: unknown, now: Date) => Promise<string> };

const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The page's h1 as plain text, for its <title> (the app sets the same on the client). */
function titleOf(html: string): string {
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  return h1.replace(/<[^>]+>/g, '').trim();
}

async function main() {
  if (skip) {
    console.log(`Prerender sprunget over: ${skip}.`);
    return;
  }
  await build({
    configFile: false,
    root,
    base,
    mode: 'production',
    logLevel: 'warn',
    plugins: [react(), echartsUrlPlugin()],
    resolve: { alias: { '@': join(root, 'src') } },
    build: {
      ssr: join(root, 'src/app/prerender.tsx'),
      outDir: out,
      emptyOutDir: true,
      target: 'node20',
      rollupOptions: { output: { entryFileNames: 'prerender.js' } },
    },
  });
  const { prerenderPage } = (await import(pathToFileURL(join(out, 'prerender.js')).href)) as PrerenderEntry;
  const template = readFileSync(join(dist, 'index.html'), 'utf8');
  // Run twice on one build, the second run would take the first one's overview as every page's template.
  if (!template.includes('<div id="root"></div>')) {
    throw new Error('dist/index.html er ikke byggets tomme skal (allerede forhåndsvist?): kør hele `npm run build`');
  }
  const api = join(dist, 'api', 'v1');
  const plans = JSON.parse(readFileSync(join(api, 'plans.json'), 'utf8')) as { id: string }[];
  const indicators = JSON.parse(readFileSync(join(api, 'indicators.json'), 'utf8')) as { id: string }[];
  // Each page's bundle is the one the browser asks for on that path (src/api/page-bundles.ts).
  const pages = [
    { path: '/', file: 'index.html' },
    ...plans.map((p) => ({ path: `/planer/${p.id}`, file: `planer/${p.id}/index.html` })),
    { path: '/maalgrupper', file: 'maalgrupper/index.html' },
    ...indicators.map((i) => ({ path: `/indikatorer/${i.id}`, file: `indikatorer/${i.id}/index.html` })),
  ].map((page) => {
    const bundle = pageBundlePath(page.path);
    if (!bundle) throw new Error(`${page.path} har intet sidebundt at forhåndsvise fra`);
    return { ...page, bundle };
  });
  const now = new Date();
  for (const page of pages) {
    const body: unknown = JSON.parse(readFileSync(join(api, page.bundle), 'utf8'));
    const html = await prerenderPage(page.path, body, now);
    checkHeldBoxes(html, page.path);
    const route = `${base.replace(/\/$/, '')}${page.path}`;
    const title = titleOf(html);
    // After the common stylesheet, the ones only this page needs before its code arrives.
    const styles = routeStylesFor(dist, page.path).map((css) => `<style>${css}</style>`);
    const document = template
      .replace('</style>', () => `</style>${styles.join('')}`)
      // Painted once its first screen is parsed, not half of it (src/lib/first-screen.ts).
      .replace('</head>', () => `<link rel="expect" href="#${firstScreenEnd(page.path)}" blocking="render">\n  </head>`)
      .replace('<html lang="da"', `<html lang="da" data-route="${escapeAttr(route)}"`)
      .replace(/<title>[^<]*<\/title>/, `<title>${title ? `${title} – ` : ''}Pejlemærke</title>`)
      .replace(
        '<div id="root"></div>',
        `<div id="root" data-bundle="${bundleFingerprint(body)}" data-now="${now.toISOString()}">${html}</div>`,
      );
    const file = join(dist, page.file);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, document);
  }
  console.log(
    `Prerender: ${pages.length} sider skrevet (overblikket, ${plans.length} planer, målgruppetabellen, ${indicators.length} indikatorer)`,
  );
}

await main();
