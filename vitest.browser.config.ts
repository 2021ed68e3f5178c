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
    // Two test files at a time, each with its own Chromium: most of a browser test is waiting on a page
    // (its requests, frames, timers), so two files take 10½ minutes where one at a time took 17 on two
    // cores; a third file at a time gained nothing. Every test must hold on a loaded machine anyway.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
