import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/**
 * `import echartsUrl from 'virtual:echarts-url'`: the built URL of the chunk
 * that the lazy `import('@/lib/echarts')` loads, so a page with a chart can
 * have the browser fetch and compile ECharts with the page (a modulepreload
 * link) and run it only when a chart needs it. Running it took 27–40 ms of
 * the page's thread, which a phone paid before anyone scrolled to the chart.
 *
 * The module is emitted as a chunk of its own, the very chunk the dynamic
 * import resolves to, and the URL is written in by the bundler, so the file
 * holding it is hashed with it. The dev server and server builds (the
 * prerender) get `undefined`: there is nothing to preload there.
 */

const ECHARTS_URL_MODULE = 'virtual:echarts-url';
const RESOLVED = `\0${ECHARTS_URL_MODULE}`;

/** `module`: the file the app imports ECharts through, from the project's root. */
export function echartsUrlPlugin(module = 'src/lib/echarts.ts'): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'pejlemaerke:echarts-url',
    configResolved(resolved) {
      config = resolved;
    },
    resolveId(id) {
      return id === ECHARTS_URL_MODULE ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      if (config.command !== 'build' || config.build.ssr) return 'export default undefined;';
      const reference = this.emitFile({ type: 'chunk', id: resolve(config.root, module) });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
