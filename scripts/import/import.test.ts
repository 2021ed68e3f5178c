// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, passthrough } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rawDataset } from '../../data/index';
import { validateDataset } from '../../data/validate';
import { server as msw } from '../../mocks/node';
import { formatReport } from './report';
import { runImport, type RunOptions } from './run';
import { startFixtureServer, testConfig, TEST_KEY, type FixtureServer } from './test-server';
import type { OfficialFile } from './store';

let fixtures: FixtureServer;
let dir: string;
let configFile: string;

beforeAll(async () => {
  fixtures = await startFixtureServer();
});
afterAll(() => fixtures.close());
beforeEach(() => {
  // The app's mocked API refuses unknown requests; these go to the local fixture server.
  msw.use(http.all(/^http:\/\/127\.0\.0\.1/, () => passthrough()));
  dir = mkdtempSync(join(tmpdir(), 'import-'));
  configFile = join(dir, 'config.json');
  writeFileSync(configFile, JSON.stringify(testConfig(fixtures.url)));
  fixtures.requests.length = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const officialDir = () => join(dir, 'official');
const run = (sources: RunOptions['sources'], extra: Partial<RunOptions> = {}) =>
  runImport({
    sources,
    configFile,
    officialDir: officialDir(),
    env: { JOBINDSATS_API_KEY: TEST_KEY },
    today: '2026-11-26',
    ...extra,
  });
const read = (source: string) =>
  JSON.parse(readFileSync(join(officialDir(), `${source}.json`), 'utf8')) as OfficialFile;
const written = () => readdirSync(officialDir(), { withFileTypes: true }).map((d) => d.name);

describe('importing from Jobindsats and Statistikbanken', () => {
  it('writes contract files with provenance that the dataset accepts next to the documents', async () => {
    const report = await run([{ kind: 'jobindsats' }, { kind: 'statistikbanken' }]);
    const jobindsats = read('jobindsats');
    const dst = read('statistikbanken');
    expect(validateDataset({ ...rawDataset, officialFiles: { a: jobindsats, b: dst } }).ok).toBe(true);

    const syg = jobindsats.series.find((s) => s.indicatorId === 'sygedagpenge-helaarspersoner' && s.area === '183')!;
    expect(syg.points).toHaveLength(24);
    expect(syg.points[0]).toMatchObject({ period: '2021-01', value: 369.1 });
    expect(syg.points[0]!.provenance).toEqual({
      kind: 'official',
      source: 'jobindsats',
      table: 'y07a02',
      measurement: 'Fuldtidspersoner',
      request: `GET ${fixtures.url}/jobindsats/v2/data/y07a02/json?area=Ishøj&period=l(M:24)&measurement=Fuldtidspersoner`,
      retrieved: '2026-11-26',
    });
    expect(syg.points[0]!.note).toMatch(/testsvar/);
    const bench = jobindsats.series.find((s) => s.indicatorId === 'bp2020-benchmarking-placering' && s.area === '183')!;
    expect(bench.points.map((p) => p.period)).toContain('2022Q1/2022Q4');
    const ledighed = dst.series.find((s) => s.indicatorId === 'ledighed-saesonkorrigeret' && s.area === '000')!;
    expect(ledighed.points.at(-1)).toMatchObject({
      period: '2022-12',
      provenance: { source: 'statistikbanken', table: 'AUS08' },
    });

    // The key travels only in the Authorization header, as it is, and is stored nowhere.
    const jobRequests = fixtures.requests.filter((r) => r.url.startsWith('/jobindsats'));
    expect(jobRequests.every((r) => r.authorization === TEST_KEY)).toBe(true);
    expect(JSON.stringify(jobindsats)).not.toContain(TEST_KEY);

    const text = formatReport(report);
    expect(text).toContain('Ishøj (183): 24 tilføjet, 0 ændret, 0 uændret');
    expect(text).toMatch(/AFVIST y09a02 Vallensbæk 2022M12: værdien «\.\.» er undertrykt/);
    expect(text).toContain('AFVIST y30r21 Hele landet: området findes ikke i tabellens metadata');
    expect(text).toContain('sygedagpenge-helaarspersoner · Ishøj · 2021-09: officielt 412,6, dokumentet 403');
    expect(text).toContain('sygedagpenge-helaarspersoner · Ishøj · 2021-09: officielt 412,6, dokumentet 427');
    expect(text).toContain('ledighed-faktisk · Vallensbæk · 2022-07: officielt 2,2, dokumentet 2,1');
  });

  it('reports a second run as unchanged, and a moved value as changed', async () => {
    await run([{ kind: 'statistikbanken' }]);
    const file = read('statistikbanken');
    file.series[0]!.points[0]!.value = 99;
    writeFileSync(join(officialDir(), 'statistikbanken.json'), JSON.stringify(file));
    const text = formatReport(await run([{ kind: 'statistikbanken' }]));
    expect(text).toContain('0 tilføjet, 1 ændret, 23 uændret');
    expect(text).toMatch(/ændret 2021-01: 99 → \d/);
  });

  it('retries 429 and 5xx with backoff, and times out a silent server', async () => {
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    fixtures.failNext('429', 'timeout');
    await run([{ kind: 'statistikbanken' }], { sleep });
    fixtures.failNext('503');
    await run([{ kind: 'statistikbanken' }], { sleep });
    expect(waits).toEqual([0, 2, 1]); // Retry-After: 0, then backoff 1 ms · 2^attempt
    expect(read('statistikbanken').series.length).toBeGreaterThan(0);
  });
});

describe('a failed import changes nothing', () => {
  const before = async () => {
    await run([{ kind: 'statistikbanken' }]);
    return readFileSync(join(officialDir(), 'statistikbanken.json'), 'utf8');
  };
  const unchanged = (text: string) => {
    expect(readFileSync(join(officialDir(), 'statistikbanken.json'), 'utf8')).toBe(text);
    expect(written().sort()).toEqual(['statistikbanken.json']);
  };

  it.each([
    [['500', '500', '500'], /svarede HTTP 500 – også efter 3 forsøg/],
    [['timeout', 'timeout', 'timeout'], /svarede ikke inden for 0.3 sekunder/],
    [['not-json'], /svarede ikke med CSV, men: «<html>Vedligeholdelse/],
  ] as const)('when the server keeps failing (%s)', async (faults, message) => {
    const text = await before();
    fixtures.failNext(...faults);
    await expect(run([{ kind: 'statistikbanken' }, { kind: 'jobindsats' }])).rejects.toThrow(message);
    unchanged(text);
  });

  it.each([
    ['401', /afviste adgangen \(HTTP 401\)\. Tjek, at nøglen/],
    ['403', /afviste adgangen \(HTTP 403\)/],
    ['bad-key', /«Forkert nøgle eller nøglen er udløbet\.» Bestil en ny nøgle/],
  ] as const)('on %s, without retrying', async (fault, message) => {
    const text = await before();
    fixtures.requests.length = 0;
    fixtures.failNext(fault);
    await expect(run([{ kind: 'jobindsats' }])).rejects.toThrow(message);
    expect(fixtures.requests).toHaveLength(1);
    unchanged(text);
  });

  it('without a key, before asking anyone', async () => {
    await expect(run([{ kind: 'jobindsats' }], { env: {} })).rejects.toThrow(/JOBINDSATS_API_KEY/);
    expect(fixtures.requests).toHaveLength(0);
  });

  it('when the merged data would break the dataset', async () => {
    const text = await before();
    const config = testConfig(fixtures.url) as { areaCodes: Record<string, string> };
    config.areaCodes['187'] = '101'; // København: a real code, but not an area of this dataset
    writeFileSync(configFile, JSON.stringify(config));
    await expect(run([{ kind: 'statistikbanken' }])).rejects.toThrow(
      /består ikke valideringen[\s\S]*«101» findes ikke/,
    );
    unchanged(text);
  });
});

describe('CSV files exported from the web sites', () => {
  const csv = (name: string) => join(import.meta.dirname, '../../test/fixtures/import/csv', name);

  it('reads Statistikbanken’s wide export with Danish month names', async () => {
    const text = formatReport(
      await run([{ kind: 'csv', file: csv('statistikbanken-aus08-web.csv'), targetId: 'ledighed-saesonkorrigeret' }]),
    );
    const series = read('statistikbanken').series.find((s) => s.area === '183')!;
    expect(series.points.map((p) => [p.period, p.value])).toEqual([
      ['2023-01', 4.3],
      ['2023-02', 4.2],
      ['2023-03', 4.2],
      ['2023-04', 4.1],
      ['2023-06', 4],
    ]);
    expect(series.points[0]!.provenance.request).toBe(
      'CSV-fil «statistikbanken-aus08-web.csv» eksporteret fra statistikbanken.dk',
    );
    expect(text).toMatch(/AFVIST .*Ishøj maj 2023: værdien «\.\.»/);
    expect(text).toMatch(/AFVIST .*Atlantis juni 2023: området «Atlantis» står ikke i areaCodes/);
  });

  it('reads Jobindsats’ long export, with MAT periods, and refuses a request selector as a period', async () => {
    const text = formatReport(
      await run([{ kind: 'csv', file: csv('jobindsats-y07a02-web.csv'), targetId: 'sygedagpenge' }]),
    );
    const points = read('jobindsats').series[0]!.points;
    expect(points.map((p) => [p.period, p.value])).toEqual([
      ['2023-01', 401.2],
      ['2023-02', 398.7],
      ['2022Q3/2023Q2', 396.1],
    ]);
    expect(text).toMatch(/AFVIST .*l\(M:24\): «l\(M:24\)» er en forespørgsel/);
  });
});

it('refuses a Jobindsats answer that is not JSON', async () => {
  fixtures.failNext('not-json');
  await expect(run([{ kind: 'jobindsats' }])).rejects.toThrow(/Jobindsats \(tabel y01a02\) svarede ikke med JSON/);
  expect(() => written()).toThrow(); // not even the folder was made
});
