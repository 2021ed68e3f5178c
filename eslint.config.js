import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import boundaries from './eslint/import-boundaries.js';

/**
 * Imports run one way: shared (domain → contract → lib → api → components) →
 * features → app, and a feature never imports another feature. The local
 * rule checks resolved paths of every kind of import (eslint/import-boundaries.js);
 * test/lint/boundaries.test.ts holds deliberate violations it must reject.
 */
export default tseslint.config(
  { ignores: ['dist', 'dist-*', '.bench', 'coverage', 'public/mockServiceWorker.js', 'node_modules'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, local: boundaries },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main.tsx'],
    rules: { 'local/import-boundaries': 'error' },
  },
  {
    // Tests drive the app through the mocked API, so they may reach it; the layers still hold.
    files: ['src/**/*.test.{ts,tsx}'],
    rules: { 'local/import-boundaries': ['error', { allowMocks: true }] },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', '@tanstack/*', 'zod'], message: 'Domænet er ren TypeScript uden framework.' },
          ],
        },
      ],
    },
  },
);
