import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportConfig } from '../../data/import-config-schema';
import type { OfficialFile } from '../../data/official-file';
import { runImport, type RunOptions } from './run';
import { TEST_KEY } from './test-server';

/** A scratch directory with a config and an official file, for one importer test. */
export function scratch(config: ImportConfig) {
  const dir = mkdtempSync(join(tmpdir(), 'import-'));
  const configFile = join(dir, 'config.json');
  const officialFile = join(dir, 'official.json');
  const writeConfig = (c: unknown) => writeFileSync(configFile, JSON.stringify(c));
  writeConfig(config);
  return {
    dir,
    officialFile,
    writeConfig,
    run: (sources: RunOptions['sources'], extra: Partial<RunOptions> = {}) =>
      runImport({
        sources,
        configFile,
        officialFile,
        env: { JOBINDSATS_API_KEY: TEST_KEY },
        today: '2026-11-26',
        ...extra,
      }),
    read: () => JSON.parse(readFileSync(officialFile, 'utf8')) as OfficialFile,
    text: () => readFileSync(officialFile, 'utf8'),
    files: () => readdirSync(dir).sort(),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The values of one measure in one area, as [period, value]. */
export function values(file: OfficialFile, measureId: string, area: string): [string, number | null][] {
  return (file.measures.find((m) => m.id === measureId)?.series[area] ?? []).map(([p, v]) => [p, v]);
}
