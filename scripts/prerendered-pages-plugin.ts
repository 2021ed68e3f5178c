import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * `vite preview` (and so the browser tests) serves a prerendered page
 * (dist/planer/<id>/index.html, scripts/prerender.ts) at its path without a
 * trailing slash, as nginx's `try_files $uri $uri/index.html /index.html`
 * and most static hosts do; every other path still gets index.html.
 */
export function prerenderedPagesPlugin(): Plugin {
  return {
    name: 'pejlemaerke-prerendered-pages',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      const base = server.config.base;
      server.middlewares.use((req, _res, next) => {
        const url = new URL(req.url ?? '/', 'http://x');
        const path = decodeURIComponent(url.pathname);
        if (req.method === 'GET' && path.startsWith(base) && !/\.[a-z0-9]+$/i.test(path)) {
          const page = join(path.slice(base.length), 'index.html');
          if (!page.startsWith('..') && existsSync(join(outDir, page))) req.url = `${base}${page}${url.search}`;
        }
        next();
      });
    },
  };
}
