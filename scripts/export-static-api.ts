/**
 * Writes the document dataset as static files at the contract's paths
 * (dist/api/v1/…), so the built app runs on any static web server with no backend.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { documentApiFiles } from '../data/api';

const outDir = join(resolve(import.meta.dirname, '..', process.argv[2] ?? 'dist'), 'api', 'v1');
const files = documentApiFiles();
for (const [path, body] of files) {
  const file = join(outDir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(body));
}
console.log(`Statisk API: ${files.size} filer skrevet til ${outDir}`);
