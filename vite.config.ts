import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compileHintsPlugin } from './scripts/compile-hints-plugin.ts';
import { echartsUrlPlugin } from './scripts/echarts-url-plugin.ts';
import { prerenderedPagesPlugin } from './scripts/prerendered-pages-plugin.ts';
import { securityPlugin } from './scripts/security-plugin.ts';
import { serviceWorkerPlugin } from './scripts/service-worker-plugin.ts';

export default defineConfig({
  // The app-shell worker (dist/sw.js) is built after the app, with the app's file list in it.
  plugins: [
    react(),
    echartsUrlPlugin(),
    compileHintsPlugin(),
    securityPlugin(),
    serviceWorkerPlugin(),
    prerenderedPagesPlugin(),
  ],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
      '@test': fileURLToPath(new URL('./test', import.meta.url)),
    },
  },
  // Set BASE_PATH=/sti/ when the app is served below the root of a web server.
  base: process.env.BASE_PATH ?? '/',
  // Source maps only when asked for (SOURCEMAP=true npm run build): they would publish the source.
  build: {
    target: 'es2022',
    sourcemap: process.env.SOURCEMAP === 'true',
    // No <link rel=modulepreload> from the build, in the page or before each dynamic import: each link the
    // page inserted cost its thread 1–10 ms while it loaded (measured: 50–90 ms a load, a third of a
    // prerendered page's link-and-script work), and a module's imports are asked for as soon as it arrives.
    modulePreload: false,
    rolldownOptions: {
      output: {
        // The libraries every page runs, in one file: split by which page shares which part, they
        // were five small files, each compressed on its own.
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/](query-core|react-query))[\\/]/,
            },
            // The client and the one piece of the contract it needs up front (which kind a path is), in one
            // file: once the contract was loaded in stages, that 1 KB module became a file of its own, one more
            // request before the first paint.
            {
              name: 'api-client',
              test: /src[\\/](lib[\\/]api-client|contract[\\/]resource-kind)\.ts$/,
            },
          ],
        },
      },
    },
  },
  server: { port: 5173 },
  // The preview (and the browser tests) send the headers the build wrote (scripts/security-plugin.ts).
  preview: { port: 4173 },
});
