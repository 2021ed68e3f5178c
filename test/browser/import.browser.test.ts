import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { exportApi } from '../../scripts/import/export-api';
import { runImport } from '../../scripts/import/run';
import { startFixtureServer, testConfig, TEST_KEY } from '../../scripts/import/test-server';
import { axeViolations } from './chromium';
import { setupPage } from './page-fixture';

/**
 * The importer, run against the local stand-in for Jobindsats and
 * Statistikbanken, writes official series into a temporary folder; the static
 * API in this build's dist is rebuilt from them, and the app shows them.
 */
const base = inject('previewUrl');
const dist = inject('distDir');
let dir: string;

beforeAll(async () => {
  const fixtures = await startFixtureServer();
  dir = mkdtempSync(join(tmpdir(), 'import-browser-'));
  const configFile = join(dir, 'config.json');
  writeFileSync(configFile, JSON.stringify(testConfig(fixtures.url, 5000)));
  try {
    await runImport({
      sources: [{ kind: 'jobindsats' }, { kind: 'statistikbanken' }],
      configFile,
      officialDir: join(dir, 'official'),
      env: { JOBINDSATS_API_KEY: TEST_KEY },
      today: '2026-11-26',
    });
  } finally {
    await fixtures.close();
  }
  exportApi(join(dir, 'official'), dist);
});
afterAll(() => {
  // Put the build back to the document data it was made with.
  exportApi(join(import.meta.dirname, '../../data/official'), dist);
  rmSync(dir, { recursive: true, force: true });
});

const getPage = setupPage();
let page: Page;
beforeEach(() => {
  page = getPage();
});

async function table(indicatorId: string, heading: string) {
  await page.goto(`${base}/indikatorer/${indicatorId}?omraader=183,000&visning=tabel`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.getByRole('table').waitFor();
  await page.waitForFunction(() => !document.querySelector('[role=status]'));
  // Cells in order: period, area, value, source (with measurement), note.
  return page
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (c) => c.textContent ?? '')))
    .then((rows) => rows.map((cells) => cells.map((c) => c.replace(/[\u00a0\u202f]/g, ' '))));
}

const fromSource = (source: RegExp) => (row: string[]) => source.test(row[3] ?? '');

describe('official series imported from recorded responses', () => {
  it('shows Jobindsats’ monthly sygedagpenge next to the plans’ own figures', async () => {
    const rows = await table('sygedagpenge-helaarspersoner', 'Sygedagpengemodtagere (helårspersoner)');
    const official = rows.filter(fromSource(/^Jobindsats, tabel y07a02/));
    expect(official.length).toBe(48); // 24 months for Ishøj and for Hele landet
    expect(official[0]!.slice(0, 3)).toEqual(['jan. 2021', 'Ishøj', '369,1 helårspersoner']);
    // Marked as coming from the recorded test responses, never as real statistics.
    expect(official.every((r) => r.join(' ').includes('Fra optagne testsvar'))).toBe(true);
    // September 2021: the documents' 403 and 427 stay beside the official 412,6.
    const sep21 = rows.filter((r) => r[0] === 'sep. 2021' && r[1] === 'Ishøj');
    expect(sep21.map((r) => [r[2], /^jobindsats/i.test(r[3]!)])).toEqual([
      ['403 helårspersoner', false],
      ['427 helårspersoner', false],
      ['412,6 helårspersoner', true],
    ]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows Danmarks Statistik’s seasonally adjusted unemployment rate by month', async () => {
    const rows = await table('ledighed-saesonkorrigeret', 'Ledighed, sæsonkorrigeret');
    const official = rows.filter(fromSource(/^Danmarks Statistik, tabel AUS08/));
    expect(official.filter((r) => r[1] === 'Hele landet')).toHaveLength(24);
    expect(official.some((r) => r[1] === 'Ishøj' && r[0] === 'dec. 2022')).toBe(true);
  });
});
