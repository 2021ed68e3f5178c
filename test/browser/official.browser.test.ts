import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './chromium';
import { setupPage } from './page-fixture';

/**
 * The real Jobindsats figures of August 2026, as the static build serves
 * them: monthly series from 2021 to 2026 for the home kommuner and the
 * country, each with its table and retrieval date, and the rank among the
 * 98 kommuner.
 */
const base = inject('previewUrl');
const getPage = setupPage();
let page: Page;
beforeEach(() => {
  page = getPage();
});

const clean = (text: string) =>
  text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Each row's cells, joined by a space, as a reader would say them. */
async function rowTexts(rows: ReturnType<Page['locator']>): Promise<string[]> {
  return rows
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (c) => c.textContent ?? '').join(' ')))
    .then((texts) => texts.map(clean));
}

async function openSeries(search: string) {
  await page.goto(`${base}/indikatorer/ledighed-faktisk${search}`);
  await page.getByRole('heading', { level: 1, name: 'Ledighed, faktisk (Jobindsats)' }).waitFor();
  await page.waitForFunction(() => !document.querySelector('main .loading'));
}

describe('official figures', () => {
  it('show Vallensbæk’s official unemployment rate for 2026 with Jobindsats as source and the retrieval date', async () => {
    await openSeries('?omraader=187&visning=tabel&fra=2026');
    const row = page.locator('tbody tr', { hasText: 'jul. 2026' }).first();
    const cells = (await row.locator('th, td').allTextContents()).map(clean);
    expect(cells.slice(0, 3)).toEqual(['jul. 2026', 'Vallensbæk', '2,9 % (foreløbig)']);
    expect(cells[3]).toMatch(/^Jobindsats\.dk \(STAR\), tabel y25i01, Fuldtidsledige i alt i pct\. af arbejdsstyrken/);
    const dates = clean((await page.getByRole('region', { name: 'Datagrundlag og aktualitet' }).textContent()) ?? '');
    expect(dates).toContain('Vallensbæk: Nyeste tal: jul. 2026 (foreløbig)');
    expect(dates).toContain(
      'hentet 22.8.2026 fra et offentligt arkiv af Jobindsats-udtræk, ikke direkte fra Jobindsats',
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('draw Ishøj, Vallensbæk and Hele landet on one chart from 2021 to 2026, with the plans’ figures beside them', async () => {
    await openSeries('');
    const chart = page.getByRole('img', { name: /^Linjediagram: Ledighed, faktisk/ });
    await page.locator('.series-chart svg').waitFor();
    const label = clean((await chart.getAttribute('aria-label')) ?? '');
    expect(label).toContain('for Ishøj, Vallensbæk og Hele landet, 2019–2026');
    expect(label).toContain('Ishøj 4,4 % foreløbig (jul. 2026)');
    expect(label).toContain('Hele landet 3,0 % foreløbig (jul. 2026)');
    const texts = await page.locator('.series-chart svg text').allTextContents();
    expect(texts).toEqual(
      expect.arrayContaining(['Ishøj', 'Vallensbæk', 'Hele landet', 'Vallensbæk: planernes tal', '2021', '2026']),
    );
    const box = await page.locator('.series-chart svg').boundingBox();
    expect(box!.height).toBeGreaterThan(300);
  });

  it('rank the home kommuner among the 98, against the median kommune and the klynge', async () => {
    await openSeries('');
    const standing = page.getByRole('region', { name: 'Sammenlignet med landets kommuner' });
    await standing.waitFor();
    const rows = await rowTexts(standing.locator('tbody tr'));
    expect(rows[0]).toMatch(/^Ishøj 4,4 % nr\. \d+ af 98 markant højere end medianen \(ugunstigt\)$/);
    expect(rows[1]).toMatch(/^Vallensbæk 2,9 % nr\. \d+ af 98/);
    expect(rows.some((r) => r.startsWith('Albertslund (Klyngekommune)'))).toBe(true);
    expect(rows.some((r) => /^Mediankommunen \d,\d %/.test(r))).toBe(true);
    expect(clean((await standing.textContent()) ?? '')).toContain(
      'Alle kommuner sammenlignes på samme måned: jul. 2026 (foreløbige tal).',
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('name a plan’s figure that the official series later revised: BP22’s 653 fuldtidsledige against 655', async () => {
    await page.goto(
      `${base}/indikatorer/jobparate-ledige-fuldtidspersoner?omraader=183&visning=tabel&fra=2021&til=2021`,
    );
    const table = page.getByRole('table', { name: /alle viste datapunkter/ });
    await table.waitFor();
    const rows = await rowTexts(table.locator('tbody tr', { hasText: 'sep. 2021' }));
    expect(rows[0]).toMatch(
      /655 fuldtidspersoner.*Jobindsats\.dk.*Tallet i Beskæftigelsesplan 2022 \(BP22\), Figur 7.* var 653 fuldtidspersoner; senere revideret/,
    );
    expect(rows[1]).toMatch(/653 fuldtidspersoner \(revideret\).*revideret: senere opgjort til 655 fuldtidspersoner/);
  });

  it('mark the kontanthjælp series break of 1 July 2025 on the chart, from the data', async () => {
    await page.goto(`${base}/indikatorer/kontanthjaelp-personer`);
    await page.locator('.series-chart svg').waitFor();
    const item = page.locator('.series-events li', { hasText: 'Databrud: Kontanthjælpsreformen' });
    expect(clean((await item.textContent()) ?? '')).toMatch(/^\d+ 1\. juli 2025 – Databrud: Kontanthjælpsreformen/);
    // The chart draws the break's line with the number the list gives it, above the plot.
    const number = clean((await item.locator('.event-number').textContent()) ?? '');
    await page.waitForFunction(
      (n) => Array.from(document.querySelectorAll('.series-chart svg text')).some((t) => t.textContent === n),
      number,
    );
  });

  it('fill the målgruppe table with every kommune, compared on one month', async () => {
    await page.goto(`${base}/maalgrupper?filter-indikator=Ledighed, faktisk (Jobindsats)`);
    await page.locator('.tg-row').first().waitFor();
    expect(clean((await page.locator('.tg-count').textContent()) ?? '')).toMatch(/^99 af [\d.]+ rækker$/);
    expect(await axeViolations(page)).toEqual([]);
  });
});
