import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rawDataset } from '../../data/index';
import { validateDataset } from '../../data/validate';
import { ImportError, type SourceId } from './config';

/**
 * data/official/<source>.json: read, and replace atomically. New files are
 * written beside the old ones, the whole dataset (documents + every official
 * file) is validated with them, and only then renamed into place; if anything
 * fails, the temporary files go and the old ones are untouched.
 */

export type WirePoint = {
  period: string;
  value: number;
  provenance: {
    kind: 'official';
    source: SourceId;
    table: string;
    measurement?: string;
    request: string;
    retrieved: string;
  };
  note?: string;
};
export type OfficialSeries = { indicatorId: string; area: string; unit: string; points: WirePoint[] };
export type OfficialFile = { source: SourceId; series: OfficialSeries[] };

export const SOURCES: readonly SourceId[] = ['jobindsats', 'statistikbanken'];

export function officialPath(dir: string, source: SourceId): string {
  return join(dir, `${source}.json`);
}

export function readOfficial(dir: string, source: SourceId): OfficialFile {
  const file = officialPath(dir, source);
  if (!existsSync(file)) return { source, series: [] };
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as OfficialFile;
  } catch (e) {
    throw new ImportError(`Kan ikke læse ${file}: ${(e as Error).message}`);
  }
}

export function writeOfficialAtomically(dir: string, files: readonly OfficialFile[]): string[] {
  mkdirSync(dir, { recursive: true });
  const staged = files.map((f) => ({ file: f, final: officialPath(dir, f.source) }));
  const temps = staged.map(({ final }) => `${final}.tmp-${process.pid}`);
  try {
    staged.forEach(({ file }, i) => writeFileSync(temps[i]!, `${JSON.stringify(file, null, 2)}\n`));
    const officialFiles: Record<string, unknown> = {};
    for (const source of SOURCES) {
      const i = staged.findIndex((s) => s.file.source === source);
      // Validate what is on disk, read back, exactly as the app will load it.
      const text = i >= 0 ? readFileSync(temps[i]!, 'utf8') : undefined;
      officialFiles[`official/${source}.json`] = text ? JSON.parse(text) : readOfficial(dir, source);
    }
    const result = validateDataset({ ...rawDataset, officialFiles });
    if (!result.ok) {
      throw new ImportError(`De nye data består ikke valideringen; intet er skrevet:\n${result.errors.join('\n')}`);
    }
    staged.forEach(({ final }, i) => renameSync(temps[i]!, final));
    return staged.map((s) => s.final);
  } finally {
    for (const t of temps) rmSync(t, { force: true });
  }
}
