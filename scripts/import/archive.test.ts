import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawDataset } from '../../data/index';
import { validateDataset } from '../../data/validate';
import { formatReport } from './report';
import { testConfig } from './test-server';
import { scratch, values } from './test-run';

const ARCHIVE = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'import', 'archive');
let s: ReturnType<typeof scratch>;

beforeEach(() => {
  s = scratch(testConfig('http://127.0.0.1:9'));
});
afterEach(() => s.remove());

const archive = [{ kind: 'jobindsats-arkiv' as const, dir: ARCHIVE }];

describe('a Jobindsats archive directory', () => {
  it('imports each listed file into its measure, with the archive in every provenance', async () => {
    const report = await s.run(archive);
    const file = s.read();
    expect(validateDataset({ ...rawDataset, official: file }).ok).toBe(true);
    expect(values(file, 'y25i01-fuldtidsledige', '183')).toEqual([
      ['2021-08', 692],
      ['2021-09', 655],
      ['2026-06', 616],
      ['2026-07', 546],
    ]);
    const measure = file.measures.find((m) => m.id === 'y25i01-fuldtidsledige')!;
    expect(measure.retrievals).toEqual([
      {
        provenance: {
          kind: 'official',
          source: 'jobindsats',
          table: 'y25i01',
          measurement: 'Fuldtidsledige i alt (faktisk, antal fuldtidspersoner)',
          request: expect.stringContaining(
            '«y25i01-unemployment-total.csv» i et offentligt arkiv af Jobindsats-udtræk',
          ),
          retrieved: '2026-08-22',
          archive: {
            repository: 'AI-MichelKlos/kommunal-beskaeftigelsesindsats',
            path: 'data/dashboard-data.json',
            commit: '8c4077dcb4821f26b09ccf5eef98414a41e47656',
            sha256: '422bea2a861bc0ef7664f4989bc9b6461c30ee585876b492993cd55e18bc2fc1',
          },
        },
        newest: '2026-07',
      },
    ]);
    // «..» is suppressed: kept as missing, never 0.
    expect(values(file, 'y25i01-jobparate-kontanthjaelp', '492')).toContainEqual(['2025-06', null]);
    // The kontanthjælp tables break at the reform of 1 July 2025.
    expect(file.measures.find((m) => m.id === 'y60a02-personer')!.breaks).toEqual([
      expect.objectContaining({ date: '2025-07-01', table: 'y60a02' }),
    ]);
    const text = formatReport(report);
    expect(text).toContain('1 undertrykt («..»)');
    expect(text).toContain('jobparate-ledige-fuldtidspersoner · Ishøj · 2021-09: officielt 655, dokumentet 653');
  });

  it('changes nothing when it runs again', async () => {
    await s.run(archive);
    const first = s.text();
    const report = await s.run(archive);
    expect(s.text()).toBe(first);
    expect(formatReport(report)).toMatch(/I alt: 0 tilføjet, 0 ændret/);
  });

  it('reports a value the archive moved, and keeps what it did not send', async () => {
    await s.run(archive);
    const file = s.read();
    file.measures.find((m) => m.id === 'y25i01-fuldtidsledige')!.series['183']![1]![1] = 653;
    file.measures.find((m) => m.id === 'y25i01-fuldtidsledige')!.series['183']!.unshift(['2021-07', 700, 0]);
    writeFileSync(s.officialFile, JSON.stringify(file));
    const text = formatReport(await s.run(archive));
    expect(text).toContain('Ishøj 2021-09: 653 → 655');
    expect(values(s.read(), 'y25i01-fuldtidsledige', '183')[0]).toEqual(['2021-07', 700]);
  });

  it('stops, writing nothing, when files.csv and the configuration disagree about a file', async () => {
    const config = testConfig('http://127.0.0.1:9');
    const t = config.jobindsats.tables.find((x) => x.table === 'y25i01')!;
    t.measures[0] = { ...t.measures[0]!, measurement: 'Noget andet' };
    s.writeConfig(config);
    await expect(s.run(archive)).rejects.toThrow(
      /files\.csv siger tabel y25i01, «Fuldtidsledige i alt.*venter y25i01, «Noget andet»/,
    );
    expect(existsSync(s.officialFile)).toBe(false);
  });

  it('gives a Danish message for a folder that is not there', async () => {
    await expect(s.run([{ kind: 'jobindsats-arkiv', dir: join(ARCHIVE, 'findes-ikke') }])).rejects.toThrow(
      /findes-ikke\/files\.csv findes ikke/,
    );
  });
});
