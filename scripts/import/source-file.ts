import { closeSync, createReadStream, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { Transform } from 'node:stream';
import { parse } from 'csv-parse';
import { ImportError } from './config';
import { parseDelimitedRows, type CsvRow } from './parse';

/**
 * Reading a file an analyst hands the importer: it must exist, be text, and
 * say what it is. The encoding and the separator are detected, not assumed,
 * and anything the importer cannot read is refused in Danish, never imported
 * as nothing.
 */

export type TextFile = { text: string; encoding: 'utf-8' | 'utf-16' | 'windows-1252'; notes: string[] };

type Encoding = TextFile['encoding'];
type Detected = { encoding: Encoding; label: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'; notes: string[] };

function checkFile(file: string): void {
  if (!existsSync(file)) throw new ImportError(`Filen ${file} findes ikke.`);
  if (statSync(file).isDirectory()) throw new ImportError(`${file} er en mappe, ikke en fil.`);
  if (statSync(file).size === 0) throw new ImportError(`Filen ${file} er tom.`);
}

/** The encoding, from the first bytes: a byte-order mark, zero bytes (binary), or whether they are valid UTF-8. */
function detectEncoding(bytes: Uint8Array, file: string): Detected {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { encoding: 'utf-16', label, notes: [`${file} er gemt som UTF-16; læst som sådan.`] };
  }
  if (bytes.includes(0)) throw new ImportError(`Filen ${file} er ikke en tekstfil (den indeholder binære data).`);
  try {
    // stream: a character cut off at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return { encoding: 'utf-8', label: 'utf-8', notes: [] };
  } catch {
    // Excel on Windows saves CSV as Windows-1252; æøå are then single bytes that are not valid UTF-8.
    return {
      encoding: 'windows-1252',
      label: 'windows-1252',
      notes: [`${file} er ikke UTF-8; læst som Windows-1252 (Latin-1).`],
    };
  }
}

export function readTextFile(file: string): TextFile {
  checkFile(file);
  const bytes = readFileSync(file);
  const { encoding, label, notes } = detectEncoding(bytes, file);
  return { text: new TextDecoder(label).decode(bytes), encoding, notes };
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

/** Enough of a file to tell its encoding and separator. */
const SAMPLE_BYTES = 64 * 1024;

/**
 * Reads a large CSV row by row, in bounded memory: the encoding and the
 * separator are told from the first 64 KB, then the file streams through
 * the decoder and csv-parse (quoted cells may hold separators and line
 * breaks). `onRow` gets each row with the line it starts on.
 */
export async function streamTable(file: string, onRow: (row: CsvRow) => void): Promise<{ notes: string[] }> {
  checkFile(file);
  const sample = Buffer.alloc(SAMPLE_BYTES);
  const fd = openSync(file, 'r');
  const read = readSync(fd, sample, 0, SAMPLE_BYTES, 0);
  closeSync(fd);
  const head = sample.subarray(0, read);
  const { label, notes } = detectEncoding(head, file);
  const delimiter = detectDelimiter(new TextDecoder(label).decode(head, { stream: true }), file);
  if (delimiter !== ';')
    notes.push(`${file} er adskilt med ${delimiter === ',' ? 'komma' : 'tabulator'}, ikke semikolon.`);
  const decoder = new TextDecoder(label);
  const decode = new Transform({
    transform(chunk: Buffer, _enc, done) {
      done(null, decoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, decoder.decode());
    },
  });
  const parser = parse({
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    bom: true,
    info: true,
  });
  createReadStream(file).pipe(decode).pipe(parser);
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      // info.lines is the line a record ends on; its cells' line breaks say where it began.
      const line = info.lines - record.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
      onRow({ cells: record, line });
    }
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError(`${file} kan ikke læses som CSV: ${(e as Error).message}`);
  }
  return { notes };
}
