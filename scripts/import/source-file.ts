import { existsSync, readFileSync, statSync } from 'node:fs';
import { ImportError } from './config';
import { parseDelimitedRows, type CsvRow } from './parse';

/**
 * Reading a file an analyst hands the importer: it must exist, be text, and
 * say what it is. The encoding and the separator are detected, not assumed,
 * and anything the importer cannot read is refused in Danish, never imported
 * as nothing.
 */

export type TextFile = { text: string; encoding: 'utf-8' | 'utf-16' | 'windows-1252'; notes: string[] };

export function readTextFile(file: string): TextFile {
  if (!existsSync(file)) throw new ImportError(`Filen ${file} findes ikke.`);
  if (statSync(file).isDirectory()) throw new ImportError(`${file} er en mappe, ikke en fil.`);
  const bytes = readFileSync(file);
  if (bytes.length === 0) throw new ImportError(`Filen ${file} er tom.`);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
    return { text, encoding: 'utf-16', notes: [`${file} er gemt som UTF-16; læst som sådan.`] };
  }
  if (bytes.includes(0)) throw new ImportError(`Filen ${file} er ikke en tekstfil (den indeholder binære data).`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', notes: [] };
  } catch {
    // Excel on Windows saves CSV as Windows-1252; æøå are then single bytes that are not valid UTF-8.
    const text = new TextDecoder('windows-1252').decode(bytes);
    return { text, encoding: 'windows-1252', notes: [`${file} er ikke UTF-8; læst som Windows-1252 (Latin-1).`] };
  }
}

const DELIMITERS = [';', ',', '\t'] as const;

/**
 * The separator: the one that splits the first lines most (web exports put a
 * title line without any above the header). Semicolons win a tie: Danish exports use them.
 */
export function detectDelimiter(text: string, file: string): (typeof DELIMITERS)[number] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 10);
  const counts = DELIMITERS.map((d) => Math.max(0, ...lines.map((l) => l.split(d).length - 1)));
  const best = counts.indexOf(Math.max(...counts));
  if (counts[best] === 0)
    throw new ImportError(
      `${file}: kan ikke finde skilletegnet (semikolon, komma eller tabulator) i de første linjer.`,
    );
  return DELIMITERS[best]!;
}

export function readTable(file: string): { rows: string[][]; lines: CsvRow[]; notes: string[] } {
  const { text, notes } = readTextFile(file);
  const delimiter = detectDelimiter(text, file);
  if (delimiter !== ';')
    notes.push(`${file} er adskilt med ${delimiter === ',' ? 'komma' : 'tabulator'}, ikke semikolon.`);
  try {
    const lines = parseDelimitedRows(text, delimiter);
    return { rows: lines.map((l) => l.cells), lines, notes };
  } catch (e) {
    throw new ImportError(`${file} kan ikke læses som CSV: ${(e as Error).message}`);
  }
}
