import { existsSync } from 'node:fs';
import { createServer, preview, type PreviewServer, type ViteDevServer } from 'vite';
import type { TestProject } from 'vitest/node';

/**
 * Serves the production build (dist/, with the static API) and the dev
 * server (with the MSW worker) for the browser tests.
 */
export const PREVIEW_PORT = 4174;
export const DEV_PORT = 5174;

let previewServer: PreviewServer | undefined;
let devServer: ViteDevServer | undefined;

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html') || !existsSync('dist/api/v1/index.json')) {
    throw new Error('dist/ mangler: kør `npm run build` før browsertestene (npm test gør det).');
  }
  previewServer = await preview({ preview: { port: PREVIEW_PORT, strictPort: true, host: '127.0.0.1' } });
  devServer = await createServer({
    server: { port: DEV_PORT, strictPort: true, host: '127.0.0.1' },
    mode: 'development',
  });
  await devServer.listen();
  project.provide('previewUrl', `http://127.0.0.1:${PREVIEW_PORT}`);
  project.provide('devUrl', `http://127.0.0.1:${DEV_PORT}`);
  return async () => {
    await previewServer?.close();
    await devServer?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    previewUrl: string;
    devUrl: string;
  }
}
