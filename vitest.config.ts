import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

/**
 * Two projects: pure code (domain, contract, option builders, importer,
 * dataset) runs in node with nothing started; components run in jsdom
 * against the MSW API. jsdom and MSW cost seconds per file, so only the
 * files that render get them.
 */
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      restoreMocks: true,
      // Generous limits: these are waits for rendering, not speed checks, and CI machines are shared.
      testTimeout: 20_000,
      // Both cores: Vitest's default on a two-core machine is one worker, which took 128 s where two take 88 s.
      maxWorkers: 2,
      // Worker threads start faster than child processes (measured: 43.8 -> 39.8 s for the suite).
      pool: 'threads',
      projects: [
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            // Pure functions keep no state between files: one module graph for all of them instead of one per
            // file (isolation cost more than the tests themselves).
            isolate: false,
            include: ['src/**/*.test.ts', 'mocks/**/*.test.ts', 'data/**/*.test.ts', 'test/lint/**/*.test.ts'],
          },
        },
        {
          extends: true,
          test: {
            // The importer's tests start servers, child processes and locks: each file on its own.
            name: 'importer',
            environment: 'node',
            include: ['scripts/**/*.test.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            environment: 'jsdom',
            setupFiles: ['./test/setup-dom.ts'],
            include: ['src/**/*.test.tsx'],
          },
        },
      ],
    },
  }),
);
