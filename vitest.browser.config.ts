import { defineConfig } from 'vitest/config';

/** Real-browser tests: Debian's Chromium driven by playwright-core against the built app and the dev server. */
export default defineConfig({
  resolve: { alias: { '@': new URL('./src', import.meta.url).pathname } },
  test: {
    environment: 'node',
    include: ['test/browser/**/*.browser.test.ts'],
    globalSetup: ['./test/browser/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
