import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './chromium';
import { setupPage } from './page-fixture';

const base = inject('previewUrl');
const dev = inject('devUrl');
const getPage = setupPage({ acceptDownloads: true });
let page: Page;
beforeEach(() => {
  page = getPage();
});

const count = () => page.locator('.tg-count').innerText();
const dataRows = () => page.locator('.tg-table tbody tr.tg-row:not(.tg-group-row)');

async function openTable(url: string) {
  await page.goto(url);
  await page.locator('.tg-table tbody tr.tg-row').first().waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('.tg-table')?.textContent?.includes('henter …'), undefined, {
    timeout: 30_000,
  });
}

const number = (text: string) =>
  Number(
    text
      .replace(/[^\d,−-]/g, '')
      .replace(',', '.')
      .replace('−', '-'),
  );

describe('the målgruppe table', () => {
  it('sorts by a column and filters by search and column filter', async () => {
    await openTable(`${base}/maalgrupper`);
    const total = await count();
    await page.getByRole('button', { name: /^Værdi/ }).click();
    await page.waitForURL(/sorter=vaerdi\.ned/);
    await expect
      .poll(() => page.getByRole('columnheader', { name: /^Værdi/ }).getAttribute('aria-sort'))
      .toBe('descending');

    await page.getByLabel('Filtrér målgruppe').selectOption('sygedagpenge');
    await page.getByLabel('Søg i tabellen').fill('Ishøj');
    await page.waitForURL(/soeg=Ish/);
    await expect.poll(count).not.toBe(total);
    const rows = await dataRows().allInnerTexts();
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((r) => r.includes('Sygedagpengemodtagere'))).toBe(true);
    // The search also looks in targets and sources, so most (not all) rows are Ishøj's own.
    expect(rows.filter((r) => r.includes('\tIshøj\t')).length).toBeGreaterThan(rows.length / 2);
    const values = await dataRows().locator('td:nth-child(4)').allInnerTexts();
    const known = values.filter((v) => /\d/.test(v)).map(number);
    expect(known).toEqual([...known].sort((a, b) => b - a));
  });

  it('keeps its whole state through a reload', async () => {
    await openTable(`${base}/maalgrupper`);
    await page.getByLabel('Filtrér område').fill('Vallensbæk');
    await page.getByRole('button', { name: /^Indikator/ }).click();
    await page.locator('summary', { hasText: 'Vis kolonner' }).click();
    await page.getByRole('checkbox', { name: 'Kilde' }).uncheck();
    await page.getByRole('checkbox', { name: 'Gruppér efter målgruppe' }).check();
    await page.waitForURL(/grupper=maalgruppe/);
    const before = await count();
    await page.reload();
    await openTable(page.url());
    expect(await count()).toBe(before);
    expect(await page.getByLabel('Filtrér område').inputValue()).toBe('Vallensbæk');
    expect(await page.getByRole('columnheader', { name: /^Indikator/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(await page.getByRole('columnheader', { name: /^Kilde/ }).count()).toBe(0);
    expect(await page.getByRole('checkbox', { name: 'Gruppér efter målgruppe' }).isChecked()).toBe(true);
  });

  it('exports the filtered rows as CSV', async () => {
    await openTable(`${base}/maalgrupper?filter-maalgruppe=fleksjob`);
    const shown = Number((await count()).split(' ')[0]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Hent CSV (filtrerede rækker)' }).click(),
    ]);
    const lines = readFileSync(await download.path(), 'utf8')
      .slice(1)
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toMatch(/^målgruppe;indikator;område;/);
    expect(lines).toHaveLength(shown + 1);
    expect(lines.slice(1).every((l) => l.startsWith('Fleksjob og ledighedsydelse;'))).toBe(true);
  });

  it('has no WCAG 2.1 AA violations', async () => {
    await openTable(`${base}/maalgrupper?grupper=maalgruppe`);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the large scenario (dev server, MSW)', () => {
  it('scrolls 10,000+ rows with only a window of them in the DOM, marked synthetic', async () => {
    await openTable(`${dev}/maalgrupper?scenarie=stor`);
    const total = Number((await count()).replace(/\D/g, ''));
    expect(total).toBeGreaterThanOrEqual(10_000);
    expect(await page.locator('.notice.synthetic').innerText()).toContain('syntetiske');
    expect(await page.locator('.tg-table tbody tr').count()).toBeLessThan(80);
    await page.locator('.tg-table-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
    await expect
      .poll(async () => Number(await dataRows().first().getAttribute('aria-rowindex')), { timeout: 10_000 })
      .toBeGreaterThan(5_000);
    expect(await page.locator('.tg-table tbody tr').count()).toBeLessThan(80);
    expect(await page.locator('.tg-table').getAttribute('aria-rowcount')).toBe(String(total + 2));
    await expect
      .poll(() => page.locator('.tg-table .synthetic-marker').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
  });
});

describe('the sygedagpenge page', () => {
  async function open() {
    await page.goto(`${base}/maalgrupper/sygedagpenge`);
    await page.getByRole('heading', { level: 1, name: 'Sygedagpengemodtagere' }).waitFor();
    await page.getByRole('heading', { name: 'Nøgletal', exact: true }).waitFor({ timeout: 30_000 });
  }

  it('shows Ishøj’s Sep-19, Sep-20 and Sep-21 figures from BP22, naming where its sources disagree', async () => {
    await open();
    const row = page.locator('.tg-figures tr', {
      has: page.getByRole('rowheader', { name: 'Sygedagpengemodtagere (helårspersoner)' }),
    });
    const ishoej = await row.locator('[data-area="183"]').innerText();
    for (const text of ['sep. 2019', 'sep. 2020', 'sep. 2021', '270', '317', '403', 'BP22', 'kilderne er uenige'])
      expect(ishoej).toContain(text);
    expect(await page.getByRole('columnheader', { name: 'Vallensbæk' }).count()).toBe(1);
  });

  it('sets its pejlemærker from 2020, 2022 and 2023 side by side', async () => {
    await open();
    for (const year of ['2020', '2022', '2023']) {
      const plan = page.locator('.tg-evolution-plan', {
        has: page.getByRole('heading', { level: 3, name: new RegExp(year) }),
      });
      expect(await plan.locator('.tg-evolution-section li').count()).toBeGreaterThan(0);
    }
  });

  it('draws its indicators on one time axis and links each to its series', async () => {
    await open();
    const first = page.locator('.tg-multiple').first();
    await first.scrollIntoViewIfNeeded();
    await first.locator('svg').waitFor();
    expect(await first.getByRole('img').getAttribute('aria-label')).toMatch(/^Linjediagram/);
    expect(await first.getByRole('link').first().getAttribute('href')).toMatch(/^\/indikatorer\//);
  });

  it('has no WCAG 2.1 AA violations', async () => {
    await open();
    expect(await axeViolations(page)).toEqual([]);
  });
});
