import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import type { ShellManifest } from '../src/sw/shell-routes';
import { NGINX_HEADERS_FILE } from './security-plugin.ts';

/**
 * Builds the app-shell service worker (src/sw/service-worker.ts) to
 * <outDir>/sw.js after the app, with the list of files to precache written
 * into it. A worker needs a fixed name and scope, so it cannot be one of the
 * app's hashed chunks; it is bundled on its own into a classic script.
 */

const ENTRY = 'src/sw/service-worker.ts';
export const SERVICE_WORKER_FILE = 'sw.js';

/** Never precached: the mock API's worker, the host's header files, source maps, the static API (its freshness is the app's to judge). */
function precached(path: string): boolean {
  return (
    path !== SERVICE_WORKER_FILE &&
    path !== 'mockServiceWorker.js' &&
    path !== '_headers' &&
    path !== NGINX_HEADERS_FILE &&
    !path.endsWith('.map') &&
    !path.startsWith('api/') &&
    !path.split('/').some((part) => part.startsWith('.'))
  );
}

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** The manifest for what is in `outDir`: `hashed` are the bundle's own file names, the rest keep their names. */
export function shellManifest(outDir: string, hashed: ReadonlySet<string>): ShellManifest {
  const files = filesBelow(outDir).filter(precached).sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(outDir, file)));
  return {
    version: hash.digest('hex').slice(0, 16),
    immutable: files.filter((f) => hashed.has(f)),
    revalidate: files.filter((f) => !hashed.has(f)),
  };
}

export function serviceWorkerPlugin(): Plugin {
  let config: ResolvedConfig;
  const hashed = new Set<string>();
  return {
    name: 'pejlemaerke:service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_options, bundle) {
      // Everything the bundler wrote carries a content hash in its name, except the HTML page.
      for (const file of Object.keys(bundle)) if (!file.endsWith('.html')) hashed.add(file);
    },
    async closeBundle() {
      // Left out on request (VITE_SERVICE_WORKER=false); the app then does not register one either.
      if (config.env.VITE_SERVICE_WORKER === 'false') return;
      const outDir = resolve(config.root, config.build.outDir);
      const manifest = shellManifest(outDir, hashed);
      await build({
        configFile: false,
        root: config.root,
        logLevel: 'warn',
        define: { __SHELL_MANIFEST__: JSON.stringify(manifest) },
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          target: 'es2022',
          sourcemap: false,
          lib: {
            entry: resolve(config.root, ENTRY),
            formats: ['iife'],
            name: 'pejlemaerkeShell',
            fileName: () => SERVICE_WORKER_FILE,
          },
        },
      });
      config.logger.info(
        `Service worker: ${SERVICE_WORKER_FILE} med ${manifest.immutable.length + manifest.revalidate.length} filer (version ${manifest.version})`,
      );
    },
  };
}
