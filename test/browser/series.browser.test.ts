import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './chromium';
import { setupPage } from './page-fixture';

const base = inject('previewUrl');
const api = join(inject('distDir'), 'api/v1');
const readApi = <T>(path: string): T => JSON.parse(readFileSync(join(api, path), 'utf8')) as T;

type Indicator = { id: string; name: string; areas: string[] };
type Area = { code: string; name: string };
type Plan = { targets: { indicatorId: string; area: string }[] };

/** An indicator from the built data with a series for a home area and for Hele landet, and a target. */
function pickIndicator() {
  const homes = ['183', 'jc-vallensbaek'];
  const targets = readApi<{ id: string }[]>('plans.json').flatMap((p) => readApi<Plan>(`plans/${p.id}.json`).targets);
  const areas = readApi<Area[]>('areas.json');
  for (const indicator of readApi<Indicator[]>('indicators.json')) {
    const home = indicator.areas.find((a) => homes.includes(a));
    const target = targets.find((t) => t.indicatorId === indicator.id && indicator.areas.includes(t.area));
    if (home && target && indicator.areas.includes('000')) {
      return { ...indicator, homeName: areas.find((a) => a.code === home)!.name };
    }
  }
  throw new Error('Datasættet har ingen indikator med egen kommune, Hele landet og et mål.');
}

const indicator = pickIndicator();
const getPage = setupPage({ acceptDownloads: true });
let page: Page;
beforeEach(() => {
  page = getPage();
});

async function open(search = '') {
  await page.goto(`${base}/indikatorer/${indicator.id}${search}`);
  await page.getByRole('heading', { level: 1, name: indicator.name }).waitFor();
  await page.waitForFunction(() => !document.querySelector('main .loading'));
}

async function chartTexts(): Promise<string[]> {
  const chart = page.locator('.series-chart svg');
  await chart.first().waitFor();
  // The target arrives with the plans; wait until its legend entry is drawn.
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('.series-chart svg text')).some((t) => t.textContent?.startsWith('Mål:')),
  );
  return page.locator('.series-chart svg text').allTextContents();
}

async function downloadCsv(): Promise<string[]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Hent CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${indicator.id}.*\\.csv$`));
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text.slice(1).trimEnd().split('\r\n');
}

describe(`the time-series page (${indicator.id})`, () => {
  it('draws the home area, Hele landet and the target, and says so in words', async () => {
    await open();
    const texts = await chartTexts();
    expect(texts.join(' ')).toContain(indicator.homeName);
    expect(texts).toContain('Hele landet');
    expect(texts.some((t) => t.startsWith('Mål:'))).toBe(true);
    const label = await page.getByRole('img', { name: /^Linjediagram/ }).getAttribute('aria-label');
    expect(label).toContain('Hele landet');
    expect(label).toMatch(/mål er vist|Ét mål/);
  });

  it('switches to the data table by keyboard, and back', async () => {
    await open();
    await page.getByRole('button', { name: 'Diagram' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tabel');
    await page.keyboard.press('Enter');
    const table = page.getByRole('table', { name: /alle viste datapunkter/ });
    await table.waitFor();
    expect(new URL(page.url()).searchParams.get('visning')).toBe('tabel');
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows.some((r) => r.includes('Hele landet'))).toBe(true);
    expect(rows.some((r) => r.includes(indicator.homeName))).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await page.locator('.series-chart svg').first().waitFor();
    expect(new URL(page.url()).searchParams.get('visning')).toBeNull();
  });

  it('downloads a CSV with exactly the rows shown', async () => {
    await open('?visning=tabel');
    const rows = page.getByRole('table', { name: /alle viste datapunkter/ }).locator('tbody tr');
    const shown = await rows.count();
    const lines = await downloadCsv();
    expect(lines[0]).toBe(
      'indikator;område;områdekode;periode;periodekode;værdi;enhed;kilde;sted;foreløbig;syntetisk;bemærkning',
    );
    expect(lines).toHaveLength(shown + 1);
    expect(lines.some((l) => l.includes(';Hele landet;000;'))).toBe(true);
    expect(lines.slice(1).every((l) => l.startsWith(`${indicator.name};`))).toBe(true);

    // The range applies to the download too.
    const last = await page.getByLabel('Til år').inputValue();
    await page.getByLabel('Fra år').selectOption(last);
    await page.waitForURL(/fra=/);
    const limited = await downloadCsv();
    expect(limited.length).toBe((await rows.count()) + 1);
    expect(limited.length).toBeLessThan(lines.length);
  });

  // The indicator with the most on its chart as well: nine events, some months apart, and a goal of three lines.
  const crowded = [...new Set([indicator.id, 'ledighed-faktisk'])];
  it.each(crowded.flatMap((id) => [390, 700, 1440].map((width) => [id, width] as const)))(
    'draws no text of %s’s chart over another at %i px',
    async (id, width) => {
      await page.setViewportSize({ width, height: 844 });
      await page.goto(`${base}/indikatorer/${id}`);
      await page.locator('.series-chart').scrollIntoViewIfNeeded();
      await chartTexts();
      const overlaps = await page.locator('.series-chart svg').evaluate((svg) => {
        const boxes = [...svg.querySelectorAll('text')]
          .filter((t) => t.textContent?.trim())
          .map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }));
        const found: string[] = [];
        for (const [i, a] of boxes.entries()) {
          for (const b of boxes.slice(i + 1)) {
            const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
            const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
            if (x > 1 && y > 1) found.push(`${a.text} × ${b.text}`);
          }
        }
        return found;
      });
      expect(overlaps).toEqual([]);
    },
  );

  it.each(['', '?visning=tabel'])('has no WCAG 2.1 AA violations (%s)', async (search) => {
    await open(search);
    if (search === '') await chartTexts();
    else await page.getByRole('table', { name: /alle viste datapunkter/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
