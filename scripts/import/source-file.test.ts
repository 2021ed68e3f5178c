import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CsvRow } from './parse';
import { streamTable } from './source-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stream-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function rows(name: string, content: string | Buffer): Promise<{ rows: CsvRow[]; notes: string[] }> {
  const file = join(dir, name);
  writeFileSync(file, content);
  const out: CsvRow[] = [];
  const { notes } = await streamTable(file, (r) => out.push(r));
  return { rows: out, notes };
}

describe('a large file read as a stream', () => {
  it('keeps «æøå» whole where a chunk boundary cuts a character in two, and counts lines right', async () => {
    // 70 KB of rows: the stream reads 64 KB chunks, so some "ø" is split between two.
    const body = Array.from(
      { length: 3000 },
      (_, i) => `Vallensbæk Ishøj;2020M${String((i % 12) + 1).padStart(2, '0')};${i}`,
    );
    const { rows: read } = await rows('stor.csv', `Område;Periode;Værdi\n${body.join('\n')}\n`);
    expect(read).toHaveLength(3001);
    expect(read.every((r, i) => i === 0 || r.cells[0] === 'Vallensbæk Ishøj')).toBe(true);
    expect(read.at(-1)).toEqual({ cells: ['Vallensbæk Ishøj', '2020M12', '2999'], line: 3001 });
  });

  it('keeps a quoted cell with a line break as one cell, and numbers the next row by its own line', async () => {
    const { rows: read } = await rows('citat.csv', 'Område;Note\n"Ishøj";"to\nlinjer"\nVallensbæk;x\n');
    expect(read.map((r) => [r.cells, r.line])).toEqual([
      [['Område', 'Note'], 1],
      [['Ishøj', 'to\nlinjer'], 2],
      [['Vallensbæk', 'x'], 4],
    ]);
  });

  it('reads Windows-1252 and says so', async () => {
    const { rows: read, notes } = await rows('latin.csv', Buffer.from('Område;Værdi\nIshøj;1\n', 'latin1'));
    expect(read[1]!.cells).toEqual(['Ishøj', '1']);
    expect(notes[0]).toMatch(/Windows-1252/);
  });
});
