import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatReport } from './report';
import { testConfig } from './test-server';
import { scratch, values } from './test-run';

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'import', 'csv');
let s: ReturnType<typeof scratch>;

beforeEach(() => {
  s = scratch(testConfig('http://127.0.0.1:9'));
});
afterEach(() => s.remove());

const csv = (file: string, measureId: string, column?: string) => [{ kind: 'csv' as const, file, measureId, column }];

describe('CSV files exported from the web sites', () => {
  it('reads Statistikbanken’s wide export with Danish month names, keeping «..» as missing', async () => {
    const text = formatReport(
      await s.run(csv(join(FIXTURES, 'statistikbanken-aus08-web.csv'), 'aus08-saesonkorrigeret-pct')),
    );
    expect(values(s.read(), 'aus08-saesonkorrigeret-pct', '183')).toEqual([
      ['2023-01', 4.3],
      ['2023-02', 4.2],
      ['2023-03', 4.2],
      ['2023-04', 4.1],
      ['2023-05', null],
      ['2023-06', 4],
    ]);
    expect(s.read().measures[0]!.retrievals[0]!.provenance.request).toBe(
      'CSV-fil «statistikbanken-aus08-web.csv» eksporteret fra statistikbanken.dk',
    );
    expect(text).toMatch(/række \d+: området «Atlantis» kendes ikke/);
  });

  it('reads Jobindsats’ long export, with MAT periods, and refuses a request selector as a period', async () => {
    const text = formatReport(
      await s.run(csv(join(FIXTURES, 'jobindsats-y07a02-web.csv'), 'y07a02-fuldtidspersoner', 'Fuldtidspersoner')),
    );
    expect(values(s.read(), 'y07a02-fuldtidspersoner', '183')).toEqual([
      ['2023-01', 401.2],
      ['2023-02', 398.7],
      ['2022Q3/2023Q2', 396.1],
    ]);
    expect(text).toMatch(/AFVIST .*række 7: «l\(M:24\)» er en forespørgsel/);
  });
});

describe('files the importer cannot use are refused loudly, never imported as nothing', () => {
  const write = (name: string, content: string | Buffer) => {
    const file = join(s.dir, name);
    writeFileSync(file, content);
    return file;
  };
  const run = (file: string) => s.run(csv(file, 'aus08-saesonkorrigeret-pct'));
  const LONG = 'Område;Periode;Værdi\nIshøj;2023M01;4,3\nIshøj;2023M02;4,2\n';

  it('reads a Latin-1 (Windows-1252) export, and says so', async () => {
    const text = formatReport(await run(write('latin1.csv', Buffer.from(LONG.replace('Ishøj', 'Ishøj'), 'latin1'))));
    expect(text).toContain('ikke UTF-8; læst som Windows-1252');
    expect(values(s.read(), 'aus08-saesonkorrigeret-pct', '183')).toHaveLength(2);
  });

  it('reads UTF-16 with a byte-order mark, and says so', async () => {
    const text = formatReport(
      await run(write('utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LONG, 'utf16le')]))),
    );
    expect(text).toContain('er gemt som UTF-16');
  });

  it('reads a comma-separated file with decimal commas in quotes, and says so', async () => {
    const text = formatReport(await run(write('comma.csv', 'Område,Periode,Værdi\nIshøj,2023M01,"4,3"\n')));
    expect(text).toContain('er adskilt med komma');
    expect(values(s.read(), 'aus08-saesonkorrigeret-pct', '183')).toEqual([['2023-01', 4.3]]);
  });

  it('keeps a quoted cell with a line break in it as one cell', async () => {
    await run(
      write('newline.csv', 'Område;Periode;Værdi;Note\n"Ishøj";2023M01;4,3;"to\nlinjer"\nIshøj;2023M02;4,2;x\n'),
    );
    expect(values(s.read(), 'aus08-saesonkorrigeret-pct', '183')).toHaveLength(2);
  });

  it.each([
    ['empty', '', /er tom/],
    ['binary', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]), /ikke en tekstfil/],
    ['no rows', 'Område;Periode;Værdi\n', /gav ingen værdier at importere/],
    ['only bad rows', 'Område;Periode;Værdi\nIshøj;2023M01;1,234.5\n', /gav ingen værdier.*blander punktum og komma/],
  ] as const)('refuses an %s file with a Danish message and exit 1', async (name, content, message) => {
    await expect(run(write(`${name}.csv`, content))).rejects.toThrow(message);
  });

  it('says when the file is missing or a folder', async () => {
    await expect(run(join(s.dir, 'findes-ikke.csv'))).rejects.toThrow(/Filen .*findes-ikke\.csv findes ikke/);
    mkdirSync(join(s.dir, 'mappe'));
    await expect(run(join(s.dir, 'mappe'))).rejects.toThrow(/er en mappe, ikke en fil/);
  });

  it('rejects bad numbers row by row, with the row number', async () => {
    const text = formatReport(
      await s.run(
        csv(
          write(
            'mixed.csv',
            [
              'Område;Periode;Værdi',
              'Ishøj;2023M01;4,3',
              'Ishøj;2023M02;1,234.5',
              'Ishøj;2023M03;' + '9'.repeat(400),
              'Ishøj;1850M01;4',
              'Ishøj;2023M04;-3',
            ].join('\n'),
          ),
          'y60a02-personer',
        ),
      ),
    );
    expect(text).toContain('række 3: værdien «1,234.5» blander punktum og komma');
    expect(text).toContain('række 4: værdien har for mange cifre');
    expect(text).toContain('række 5: ugyldig periode «1850M01»');
    expect(text).toContain('række 6: et antal kan ikke være negativt («-3»)');
    expect(values(s.read(), 'y60a02-personer', '183')).toEqual([['2023-01', 4.3]]);
  });
});
