import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rawDataset } from '../../data/index';
import { validateDataset } from '../../data/validate';
import { formatReport } from './report';
import { startFixtureServer, testConfig, TEST_KEY, type FixtureServer } from './test-server';
import { scratch, values } from './test-run';

let server: FixtureServer;
let s: ReturnType<typeof scratch>;

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());
beforeEach(() => {
  s = scratch(testConfig(server.url));
  server.requests.length = 0;
});
afterEach(() => s.remove());

describe('Jobindsats API v3', () => {
  it('sends the key as a bearer token with format=json, and reads {columns, rows} into every measure', async () => {
    const report = await s.run([{ kind: 'jobindsats' }]);
    const file = s.read();
    expect(validateDataset({ ...rawDataset, official: file }).ok).toBe(true);
    expect(server.requests.length).toBeGreaterThan(0);
    expect(server.requests.every((r) => r.authorization === `Bearer ${TEST_KEY}`)).toBe(true);
    expect(server.requests.every((r) => r.url.includes('format=json'))).toBe(true);
    // One data call per table and area selection (every kommune, Hele landet), not one per measure.
    const dataCalls = server.requests.filter((r) => r.url.includes('/data/y25i01'));
    expect(dataCalls.map((r) => decodeURIComponent(r.url))).toEqual([
      expect.stringContaining('period.M=latest:60&hierarchy._nykom=*&mgroup.*=*&hierarchy._ygrpi09=*'),
      expect.stringContaining('hierarchy._nykom=/'),
    ]);
    expect(values(file, 'y25i01-fuldtidsledige', '183')).toHaveLength(60);
    expect(values(file, 'y25i01-fuldtidsledige', '183')).toContainEqual(['2021-09', 655]);
    expect(values(file, 'y25i01-fuldtidsledige-pct', '000')[0]![1]).toEqual(expect.any(Number));
    // Suppressed stays missing, never 0.
    expect(values(file, 'y25i01-jobparate-kontanthjaelp', '187')).toContainEqual(['2026-07', null]);
    expect(s.text()).not.toContain(TEST_KEY);

    const text = formatReport(report);
    expect(text).toContain(
      'y25i01 y25i01-fuldtidsledige → jobparate-ledige-fuldtidspersoner (nyeste periode: 2026-07, foreløbig)',
    );
    // «Uoplyst område» is Jobindsats' own pseudo-area: skipped, not an error.
    expect(text).not.toContain('Uoplyst');
    expect(text).toContain('jobparate-ledige-fuldtidspersoner · Ishøj · 2021-09: officielt 655, dokumentet 653');
  });

  it('keeps the publication date and the next update from the table list, and the newest month as foreløbig', async () => {
    await s.run([{ kind: 'jobindsats' }]);
    const measure = s.read().measures.find((m) => m.id === 'y25i01-fuldtidsledige-pct')!;
    expect(measure.retrievals).toEqual([
      {
        provenance: expect.objectContaining({
          kind: 'official',
          source: 'jobindsats',
          table: 'y25i01',
          retrieved: '2026-11-26',
          published: '2026-11-20',
          nextUpdate: '2026-12-18',
          request: expect.stringMatching(
            /^GET http:\/\/127\.0\.0\.1:\d+\/jobindsats\/v3\/data\/y25i01\?format=json&period\.M=latest:60/,
          ),
        }),
        newest: '2026-07',
      },
    ]);
    expect(measure.breaks).toEqual([]);
    expect(s.read().measures.find((m) => m.id === 'y60a02-personer')!.breaks[0]).toMatchObject({
      date: '2025-07-01',
      label: 'Kontanthjælpsreformen',
      table: 'y60a02',
    });
  });

  it('reads QMAT periods as the four quarters they cover', async () => {
    await s.run([{ kind: 'jobindsats' }]);
    expect(values(s.read(), 'y30r21-placering', '183').map(([p]) => p)).toContain('2025Q3/2026Q2');
  });

  it('refuses a renamed column with its name and the columns it got, writing nothing', async () => {
    // The table list and the table's metadata first; the rename hits the first data call.
    server.failNext('none', 'none', 'renamed');
    const error = await s.run([{ kind: 'jobindsats' }]).catch((e: Error) => e);
    expect(String(error)).toMatch(/kolonnen «Fuldtidsledige: Antal fuldtidsledige» mangler i svaret/);
    expect(String(error)).toContain('«Fuldtidsledige: Antal fuldtidsledige (ny)»');
    expect(String(error)).toContain('ret navnet i data/import-config.json');
    expect(s.files()).toEqual(['config.json']);
  });

  it('retries 429 and 5xx with backoff, honouring Retry-After', async () => {
    const waits: number[] = [];
    server.failNext('429', '503');
    await s.run([{ kind: 'jobindsats' }], { sleep: async (ms) => void waits.push(ms) });
    expect(waits).toEqual([0, 2]); // Retry-After: 0, then backoff 1 ms · 2^1
    expect(s.read().measures.length).toBeGreaterThan(0);
  });

  it('retries a body that stalls midway instead of reading it as empty', async () => {
    s.writeConfig(testConfig(server.url, 400));
    server.failNext('stall');
    await s.run([{ kind: 'jobindsats' }], { sleep: async () => undefined });
    expect(s.read().measures.length).toBeGreaterThan(0);
  });

  it.each([
    ['401', /afviste adgangen \(HTTP 401\)\. Tjek, at nøglen/],
    ['403', /afviste adgangen \(HTTP 403\)/],
    ['bad-key', /«Forkert nøgle eller nøglen er udløbet\.» Bestil en ny nøgle/],
  ] as const)('stops on %s at once, without retrying', async (fault, message) => {
    server.failNext(fault);
    await expect(s.run([{ kind: 'jobindsats' }])).rejects.toThrow(message);
    expect(server.requests).toHaveLength(1);
  });

  it('is refused with the raw key, as API v2 took it', async () => {
    const response = await fetch(`${server.url}/jobindsats/v3/tables?format=json`, {
      headers: { Authorization: TEST_KEY },
    });
    expect(response.status).toBe(401);
  });

  it('needs a key before it asks anyone', async () => {
    await expect(s.run([{ kind: 'jobindsats' }], { env: {} })).rejects.toThrow(/JOBINDSATS_API_KEY/);
    expect(server.requests).toHaveLength(0);
  });

  it('refuses an answer that is not JSON', async () => {
    server.failNext('not-json');
    await expect(s.run([{ kind: 'jobindsats' }])).rejects.toThrow(
      /Jobindsats \(tabeloversigt\) svarede ikke med JSON, men: «<html>/,
    );
  });
});
