import { existsSync } from 'node:fs';
import { createServer, preview, type PreviewServer, type ViteDevServer } from 'vite';
import type { TestProject } from 'vitest/node';

/**
 * Serves the production build (dist/, with the static API) and the dev
 * server (with the MSW worker) for the browser tests.
 */
// Overridable so that several checkouts or builds can run browser tests side by side.
const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4174);
const DEV_PORT = Number(process.env.DEV_PORT ?? 5174);
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
  project.provide('previewUrl', `http://127.0.0.1:${PREVIEW_PORT}`);
  project.provide('devUrl', `http://127.0.0.1:${DEV_PORT}`);
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
