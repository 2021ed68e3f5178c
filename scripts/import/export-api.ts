import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { officialTables } from '../../data/api';
import { buildApiFiles } from '../../data/build-api';
import { rawDataset } from '../../data/index';
import meta from '../../data/meta.json';
import { validateDataset } from '../../data/validate';
import { readOfficial } from './store';

/**
 * The static API (like scripts/export-static-api.ts) built from the documents
 * and another official file, so a trial import can be looked at in the app
 * before it replaces data/official.json:
 *   npx tsx scripts/import/export-api.ts <official-fil> <dist-mappe>
 */
export function exportApi(officialFile: string, distDir: string): number {
  const result = validateDataset({ ...rawDataset, official: readOfficial(officialFile) });
  if (!result.ok) throw new Error(`Datasættet er ugyldigt:\n${result.errors.join('\n')}`);
  const files = buildApiFiles(result.dataset, meta.updated, officialTables());
  const outDir = join(distDir, 'api', 'v1');
  rmSync(outDir, { recursive: true, force: true });
  for (const [path, body] of files) {
    const file = join(outDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(body));
  }
  return files.size;
}

if (process.argv[1] && import.meta.filename === resolve(process.argv[1])) {
  const [officialFile, distDir] = process.argv.slice(2);
  if (!officialFile || !distDir) {
    console.error('Brug: npx tsx scripts/import/export-api.ts <official-fil> <dist-mappe>');
    process.exitCode = 1;
  } else {
    console.log(`Statisk API: ${exportApi(officialFile, distDir)} filer skrevet til ${join(distDir, 'api', 'v1')}`);
  }
}
