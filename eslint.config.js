import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Imports run one way: shared (domain, contract, lib, api, components) → features → app.
 * A feature never imports another feature; the rules are generated per feature folder.
 */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const noFeatureOrApp = {
  group: ['@/features/*', '@/features/**', '@/app/*', '@/app/**', '**/features/**', '**/app/**'],
  message: 'Delt kode (domain, contract, lib, api, components) må ikke importere features eller app.',
};
const noMocks = {
  group: ['**/mocks/**', '@mocks/*', 'msw', 'msw/*'],
  message: 'Appen må ikke importere mock-API’et; det startes kun fra main.tsx i udvikling.',
};

export default tseslint.config(
  { ignores: ['dist', 'dist-*', '.bench', 'coverage', 'public/mockServiceWorker.js', 'node_modules'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**', 'src/contract/**', 'src/lib/**', 'src/api/**', 'src/components/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noFeatureOrApp, noMocks] }] },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noFeatureOrApp,
            noMocks,
            { group: ['react', 'react-*', '@tanstack/*', 'zod'], message: 'Domænet er ren TypeScript uden framework.' },
          ],
        },
      ],
    },
  },
  ...features.flatMap((feature) => {
    const boundary = [
      {
        group: ['@/features/*', `!@/features/${feature}`, `!@/features/${feature}/**`, '@/app/*', '@/app/**'],
        message: `Featuren «${feature}» må ikke importere andre features eller app; flyt det delte ned i src/lib, src/api eller src/components.`,
      },
      { group: ['../../*/**', '!../../' + feature + '/**'], message: 'Ingen relative imports på tværs af features.' },
    ];
    return [
      {
        files: [`src/features/${feature}/**`],
        rules: { 'no-restricted-imports': ['error', { patterns: [...boundary, noMocks] }] },
      },
      {
        // Tests drive the app through the mocked API, so they may reach it; the boundary still holds.
        files: [`src/features/${feature}/**/*.test.{ts,tsx}`],
        rules: { 'no-restricted-imports': ['error', { patterns: boundary }] },
      },
    ];
  }),
  {
    files: ['src/app/**'],
    ignores: ['src/main.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noMocks] }] },
  },
);
