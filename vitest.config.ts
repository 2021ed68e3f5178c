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
      projects: [
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            include: [
              'src/**/*.test.ts',
              'mocks/**/*.test.ts',
              'data/**/*.test.ts',
              'scripts/**/*.test.ts',
              'test/lint/**/*.test.ts',
            ],
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
