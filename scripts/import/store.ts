import { closeSync, existsSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describeIssues } from '@/contract';
import { EMPTY_OFFICIAL, officialFileSchema, type OfficialFile } from '../../data/official-file';
import { ImportError } from './config';

/**
 * data/official.json: read, and replace atomically. One import holds an
 * exclusive lock; the new file is written beside the old one, the whole
 * dataset is validated with it, and only then renamed into place, so a
 * crash at any point leaves the old file whole. Temporary files and locks
 * left by dead processes are cleared at the next start.
 */

export function readOfficial(file: string): OfficialFile {
  if (!existsSync(file)) return structuredClone(EMPTY_OFFICIAL);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ImportError(`Kan ikke læse ${file}: ${(e as Error).message}`);
  }
  const parsed = officialFileSchema.safeParse(data);
  if (!parsed.success) {
    throw new ImportError(`${file} er ugyldig:\n${describeIssues(parsed.error).slice(0, 10).join('\n')}`);
  }
  return parsed.data;
}

/** Deterministic text, one line per field and per area's values, so a rerun that changes nothing writes the same bytes. */
export function serialiseOfficial(file: OfficialFile): string {
  const line = (indent: number, key: string, value: unknown) =>
    `${' '.repeat(indent)}${JSON.stringify(key)}: ${JSON.stringify(value)}`;
  const measures = file.measures.map((m) => {
    const { series, ...head } = m;
    const fields = Object.entries(head).map(([k, v]) => line(6, k, v));
    const areas = Object.keys(series)
      .sort()
      .map((area) => line(8, area, series[area]));
    return `    {\n${fields.join(',\n')},\n      "series": {\n${areas.join(',\n')}\n      }\n    }`;
  });
  return `{\n  "measures": [\n${measures.join(',\n')}\n  ]\n}\n`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const lockPath = (file: string) => `${file}.lock`;
const tempPath = (file: string) => `${file}.tmp-${process.pid}`;

/** Removes temporary files whose writer has died. */
function clearDebris(file: string): void {
  const dir = dirname(file);
  if (!existsSync(dir)) return;
  const prefix = `${basename(file)}.tmp-`;
  for (const name of readdirSync(dir)) {
    const pid = name.startsWith(prefix) ? Number(name.slice(prefix.length)) : NaN;
    if (Number.isInteger(pid) && !alive(pid)) rmSync(join(dir, name), { force: true });
  }
}

/** Takes the import lock; a second import while one runs is refused, a dead one's lock is taken over. */
export function acquireLock(file: string): () => void {
  const lock = lockPath(file);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeFileSync(fd, `${process.pid}\n${new Date().toISOString()}\n`);
      closeSync(fd);
      clearDebris(file);
      return () => rmSync(lock, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const [pidText = '', since = ''] = readFileSync(lock, 'utf8').split('\n');
      const pid = Number(pidText);
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
        throw new ImportError(
          `En anden import kører allerede (proces ${pid}, startet ${since}). Vent, til den er færdig, og kør så igen. Intet er ændret.`,
        );
      }
      rmSync(lock, { force: true });
    }
  }
  throw new ImportError(`Kunne ikke tage låsen ${lock}. Intet er ændret.`);
}

/**
 * Writes `file` atomically: temp file → `validate` (the whole dataset with
 * the new official data, read back from disk) → rename. On any failure the
 * temp file goes and the old file stays. `beforeRename` is a test seam.
 */
export function writeOfficialAtomically(
  path: string,
  file: OfficialFile,
  validate: (written: unknown) => string[],
  beforeRename: () => void = () => undefined,
): void {
  const temp = tempPath(path);
  try {
    writeFileSync(temp, serialiseOfficial(file));
    const errors = validate(JSON.parse(readFileSync(temp, 'utf8')));
    if (errors.length > 0) {
      throw new ImportError(
        `De nye data består ikke valideringen; intet er skrevet:\n${errors.slice(0, 20).join('\n')}`,
      );
    }
    beforeRename();
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
}
