import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { rawDataset } from '../../data/index';
import meta from '../../data/meta.json';
import { buildApiFiles } from '../../data/build-api';
import { validateDataset } from '../../data/validate';
import { readOfficial, SOURCES } from './store';

/**
 * The static API (like scripts/export-static-api.ts) built from the documents
 * and the official files in another folder, so an import can be looked at in
 * the app before it replaces data/official/:
 *   npx tsx scripts/import/export-api.ts <official-mappe> <dist-mappe>
 */
export function exportApi(officialDir: string, distDir: string): number {
  const officialFiles = Object.fromEntries(SOURCES.map((s) => [`official/${s}.json`, readOfficial(officialDir, s)]));
  const result = validateDataset({ ...rawDataset, officialFiles });
  if (!result.ok) throw new Error(`Datasættet er ugyldigt:\n${result.errors.join('\n')}`);
  const files = buildApiFiles(result.dataset, meta.updated);
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
  const [officialDir, distDir] = process.argv.slice(2);
  if (!officialDir || !distDir) {
    console.error('Brug: npx tsx scripts/import/export-api.ts <official-mappe> <dist-mappe>');
    process.exitCode = 1;
  } else {
    console.log(`Statisk API: ${exportApi(officialDir, distDir)} filer skrevet til ${join(distDir, 'api', 'v1')}`);
  }
}
