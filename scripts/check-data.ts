/**
 * Validates the dataset from disk (documents and data/official.json): schemas, cross-file references and
 * that every quote stands in its source. `--only plans/x.json` limits the plan
 * files read (for work on one document); exits 1 on any error.
 *
 *   npx tsx scripts/check-data.ts [--only plans/bp2022.json]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findMissingQuotes, validateDataset } from '../data/validate';

const root = join(import.meta.dirname, '..', 'data');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const read = (file: string): unknown => JSON.parse(readFileSync(join(root, file), 'utf8'));

const planFiles: Record<string, unknown> = {};
for (const name of readdirSync(join(root, 'plans'))) {
  const file = `plans/${name}`;
  if (name.endsWith('.json') && (!only || only === file)) planFiles[file] = read(file);
}
const indicatorFiles: Record<string, unknown> = {};
for (const name of readdirSync(join(root, 'indicators'))) {
  const file = `indicators/${name}`;
  const planOfFile = `plans/${name}`;
  if (name.endsWith('.json') && (!only || name === 'common.json' || only === planOfFile)) {
    indicatorFiles[file] = read(file);
  }
}

const result = validateDataset({
  areas: read('areas.json'),
  targetGroups: read('target-groups.json'),
  indicatorFiles,
  planFiles,
  official: read('official.json'),
});
if (!result.ok) {
  console.error(result.errors.join('\n'));
  process.exit(1);
}
const missing = result.dataset.plans.flatMap(({ plan }) =>
  findMissingQuotes(plan, readFileSync(join(root, 'sources', plan.document), 'utf8')),
);
if (missing.length > 0) {
  console.error(missing.join('\n'));
  process.exit(1);
}
for (const { file, plan } of result.dataset.plans) {
  const actuals = plan.targets.reduce((n, t) => n + t.actuals.length, 0);
  console.log(
    `${file}: ${plan.targets.length} mål, ${actuals} opfølgninger, ${plan.observations.length} observationer, ${plan.projects.length} projekter, ${plan.pejlemaerker.length} pejlemærke-afsnit`,
  );
}
console.log('OK');
