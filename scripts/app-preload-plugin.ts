import type { Plugin, ResolvedConfig, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/**
 * The entry (src/main.tsx) imports the app (src/app/start.tsx) dynamically,
 * so that a prerendered page is painted before the app is evaluated. This
 * preloads the app's chunk and every chunk it statically imports from
 * index.html, so that they arrive as early as if the entry imported them
 * statically: a dynamic import would otherwise ask for them only once the
 * entry has run, one round trip later.
 */
export const APP_MODULE = '/src/app/start.tsx';

export function staticGraph(bundle: OutputBundle, from: OutputChunk): string[] {
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    const chunk = bundle[fileName];
    if (chunk?.type === 'chunk') for (const next of chunk.imports) visit(next);
  };
  visit(from.fileName);
  return [...seen];
}

export function appPreloadPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'pejlemaerke-app-preload',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const chunks = Object.values(ctx.bundle).filter((c): c is OutputChunk => c.type === 'chunk');
        const app = chunks.find((c) => c.facadeModuleId?.endsWith(APP_MODULE));
        if (!app) throw new Error(`Byggeriet har ingen chunk for ${APP_MODULE}`);
        const already = new Set(ctx.chunk ? staticGraph(ctx.bundle, ctx.chunk) : []);
        return staticGraph(ctx.bundle, app)
          .filter((file) => !already.has(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${config.base}${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
