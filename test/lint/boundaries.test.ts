import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/*
 * Deliberate violations of the layers, linted as if they were files in src/.
 * Each must be rejected: if the rule weakens, this file fails. The allowed
 * imports beside them must pass, so the rule cannot pass by refusing everything.
 */

const eslint = new ESLint({ cwd: process.cwd() });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'local/import-boundaries').map((m) => m.message);
}

const VIOLATIONS: [string, string, string][] = [
  ['alias into another feature', 'src/features/series/components/x.tsx', "import { a } from '@/features/plans/y';"],
  ['relative, from a feature root', 'src/features/series/x.ts', "import { a } from '../plans/y';"],
  ['relative, one folder down', 'src/features/series/components/x.tsx', "import { a } from '../../plans/y';"],
  ['relative, three folders down', 'src/features/series/a/b/x.ts', "import { a } from '../../../plans/y';"],
  ['type-only import', 'src/features/series/x.ts', "import type { Plan } from '@/features/plans/types';"],
  ['re-export', 'src/features/series/index.ts', "export { a } from '../plans/y';"],
  ['re-export of everything', 'src/features/series/index.ts', "export * from '@/features/plans';"],
  ['dynamic import', 'src/features/series/x.ts', "export const p = () => import('@/features/plans/page');"],
  ['typeof import()', 'src/features/series/x.ts', "export type P = typeof import('../plans/page');"],
  ['feature into app', 'src/features/series/x.ts', "import { router } from '@/app/router';"],
  ['domain into the query layer', 'src/domain/status.ts', "import { useSeriesSet } from '@/api/series';"],
  ['domain into lib, relative', 'src/domain/status.ts', "import { format } from '../lib/format';"],
  ['domain into contract', 'src/domain/status.ts', "import type { Plan } from '@/contract';"],
  ['contract into lib', 'src/contract/plan.ts', "import { format } from '@/lib/format';"],
  ['lib into api', 'src/lib/format.ts', "import { usePlans } from '@/api/plans';"],
  ['api into components', 'src/api/plans.ts', "import { Badge } from '@/components/badge';"],
  ['components into a feature', 'src/components/x.tsx', "import { a } from '../features/plans/y';"],
  ['shared into app', 'src/lib/x.ts', "export * from '@/app/router';"],
  ['app code into the mock API', 'src/app/app.tsx', "import { handlers } from '../../mocks/handlers';"],
  ['a component into msw', 'src/components/x.tsx', "import { http } from 'msw';"],
];

const ALLOWED: [string, string, string][] = [
  ['a feature into itself', 'src/features/series/components/x.tsx', "import { a } from '../events';"],
  [
    'a feature into shared code',
    'src/features/series/x.ts',
    "import { a } from '@/lib/format';\nimport type { Plan } from '@/contract';",
  ],
  ['contract into domain', 'src/contract/plan.ts', "import type { Period } from '@/domain/period';"],
  ['components into api', 'src/components/x.tsx', "import { usePlans } from '@/api/plans';"],
  ['app into a feature, lazily', 'src/app/router.tsx', "export const p = () => import('@/features/plans/page');"],
  ['a test into the mock API', 'src/features/series/x.test.tsx', "import { server } from '@mocks/node';"],
];

describe('the import boundaries', () => {
  it.each(VIOLATIONS)('reject %s', async (_name, file, code) => {
    expect(await problems(file, code)).toHaveLength(1);
  });

  it.each(ALLOWED)('allow %s', async (_name, file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
