import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ImportConfig } from '../../data/import-config-schema';
import { formatReport } from './report';
import { startFixtureServer, testConfig, type FixtureServer } from './test-server';
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

/** The configuration the importer shipped with before: codes AUS08 does not have. */
function oldWrongCodes(config: ImportConfig): ImportConfig {
  const aus08 = config.statistikbanken.tables.find((t) => t.table === 'AUS08')!;
  const wrong = {
    ...aus08,
    measures: [{ ...aus08.measures[0]!, variables: { YDELSESTYPE: 'TOT', SAESON: '10', ENHED: 'PCT' } }],
  };
  return { ...config, statistikbanken: { ...config.statistikbanken, tables: [wrong] } };
}

describe('Statistikbanken', () => {
  it('checks the codes against tableinfo, then POSTs for BULK data and reads codes with a decimal point', async () => {
    const report = await s.run([{ kind: 'statistikbanken' }]);
    const [info, data] = server.requests;
    expect(info!.url).toMatch(/^\/statbank\/v1\/tableinfo\/AUS08\?format=JSON/);
    expect(data!.method).toBe('POST');
    expect(JSON.parse(data!.body)).toEqual({
      table: 'AUS08',
      format: 'BULK',
      lang: 'da',
      valuePresentation: 'Code',
      variables: [
        { code: 'OMRÅDE', values: ['000', '183', '187'] },
        { code: 'SAESONFAK', values: ['9'] },
        { code: 'Tid', values: ['*'] },
      ],
    });
    const file = s.read();
    const ishoej = values(file, 'aus08-saesonkorrigeret-pct', '183');
    expect(ishoej.map(([p]) => p)).toEqual(['2026-05', '2026-06', '2026-07']);
    expect(ishoej.every(([, v]) => typeof v === 'number' && v > 1 && v < 7)).toBe(true);
    expect(values(file, 'aus08-saesonkorrigeret-pct', '187')).toContainEqual(['2026-07', null]);
    const measure = file.measures.find((m) => m.id === 'aus08-saesonkorrigeret-pct')!;
    // The table's own update date is kept as the series' publication date.
    expect(measure.retrievals[0]!.provenance).toMatchObject({ source: 'statistikbanken', published: '2026-11-27' });
    expect(formatReport(report)).toContain('AUS08 aus08-saesonkorrigeret-pct → ledighed-saesonkorrigeret');
    const aup02 = JSON.parse(server.requests.find((r) => r.body.includes('AUP02'))!.body);
    expect(aup02.variables).toContainEqual({ code: 'ALDER', values: ['TOT'] });
    expect(aup02.variables).toContainEqual({ code: 'KØN', values: ['TOT'] });
  });

  it('refuses the old wrong codes before fetching anything, listing the valid ones', async () => {
    s.writeConfig(oldWrongCodes(testConfig(server.url)));
    const error = String(await s.run([{ kind: 'statistikbanken' }]).catch((e: Error) => e));
    expect(error).toContain('variablen «YDELSESTYPE» findes ikke; tabellen har «OMRÅDE», «SAESONFAK», «Tid»');
    expect(error).toContain('variablen «SAESON» findes ikke');
    expect(error).toContain('variablen «ENHED» findes ikke');
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('names the valid values when a value is unknown', async () => {
    const config = testConfig(server.url);
    const aus08 = config.statistikbanken.tables[0]!;
    const wrong = { ...aus08, measures: [{ ...aus08.measures[0]!, variables: { SAESONFAK: '99' } }] };
    s.writeConfig({ ...config, statistikbanken: { ...config.statistikbanken, tables: [wrong] } });
    await expect(s.run([{ kind: 'statistikbanken' }])).rejects.toThrow(
      /SAESONFAK: «99» findes ikke; gyldige værdier er 9 \(9\), 10 \(10\), 11 \(11\)/,
    );
  });

  it('fails in Danish, writing nothing, when the server keeps failing', async () => {
    server.failNext('500', '500', '500');
    await expect(s.run([{ kind: 'statistikbanken' }], { sleep: async () => undefined })).rejects.toThrow(
      /svarede HTTP 500 – også efter 3 forsøg/,
    );
    expect(s.files()).toEqual(['config.json']);
  });

  it('times out a silent server, saying after how long', async () => {
    s.writeConfig(testConfig(server.url, 250));
    server.failNext('timeout', 'timeout', 'timeout');
    await expect(s.run([{ kind: 'statistikbanken' }], { sleep: async () => undefined })).rejects.toThrow(
      /svarede ikke inden for 0,25 sekunder/,
    );
  });
});
