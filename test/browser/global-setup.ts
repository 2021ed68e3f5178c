import { existsSync } from 'node:fs';
import { createServer, preview, type PreviewServer, type ViteDevServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { serverUrl } from '../../scripts/server-url';

/**
 * Serves the production build (dist/, with the static API) and the dev
 * server (with the MSW worker) for the browser tests.
 */
// Port 0: the system picks a free port, so a run never collides with another process or checkout.
const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 0);
const DEV_PORT = Number(process.env.DEV_PORT ?? 0);
const DIST = process.env.DIST_DIR ?? 'dist';

let previewServer: PreviewServer | undefined;
let devServer: ViteDevServer | undefined;

export default async function setup(project: TestProject) {
  if (!existsSync(`${DIST}/index.html`) || !existsSync(`${DIST}/api/v1/index.json`)) {
    throw new Error(`${DIST}/ mangler: kør \`npm run build\` før browsertestene (npm test gør det).`);
  }
  previewServer = await preview({
    build: { outDir: DIST },
    preview: { port: PREVIEW_PORT, strictPort: true, host: '127.0.0.1' },
  });
  devServer = await createServer({
    server: { port: DEV_PORT, strictPort: true, host: '127.0.0.1' },
    mode: 'development',
  });
  await devServer.listen();
  project.provide('previewUrl', serverUrl(previewServer));
  project.provide('devUrl', serverUrl(devServer));
  project.provide('distDir', DIST);
  return async () => {
    await previewServer?.close();
    await devServer?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    previewUrl: string;
    devUrl: string;
    distDir: string;
  }
}
