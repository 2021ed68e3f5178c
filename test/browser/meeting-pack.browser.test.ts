import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './chromium';
import { setupPage } from './page-fixture';

const base = inject('previewUrl');
const getPage = setupPage();
let page: Page;
beforeEach(() => {
  page = getPage();
});

/** The titles the static API serves: the test follows the dataset, not a copy of it. */
function titlesOf(planId: string): string[] {
  const plan = JSON.parse(readFileSync(join(inject('distDir'), 'api/v1/plans', `${planId}.json`), 'utf8')) as {
    targets: { title: string }[];
  };
  return plan.targets.map((t) => t.title);
}

async function openPack(planId: string) {
  await page.goto(`${base}/planer/${planId}/moedepakke`);
  await page.locator('.meeting-pack table').waitFor();
  await page.waitForFunction(() => !document.querySelector('[role=status]'));
}

/** Text per page; whitespace dropped because a PDF splits text into runs wherever it likes. */
async function pdfPages(buffer: Buffer) {
  const pdf = await getDocument({ data: new Uint8Array(buffer) }).promise;
  const pages: { text: string; width: number; height: number }[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const p = await pdf.getPage(n);
    const { width, height } = p.getViewport({ scale: 1 });
    const content = await p.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
    pages.push({ text, width, height });
  }
  await pdf.destroy();
  return pages;
}

const squash = (s: string) => s.replace(/\s+/g, '');

describe.each(['rr2014', 'as2015'])('the meeting pack of %s', (planId) => {
  it('prints to A4 with every target, its status word, and no app shell', async () => {
    await openPack(planId);
    const titles = titlesOf(planId);
    expect(titles.length).toBeGreaterThan(0);
    const statusWords: string[] = [];
    for (const title of titles) {
      const row = page.locator('.meeting-pack tbody tr', { has: page.locator('.mp-target-title', { hasText: title }) });
      statusWords.push((await row.first().locator('.mp-status-word').textContent()) ?? '');
    }
    expect(statusWords.every((w) => w.length > 0)).toBe(true);

    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.main-nav', '.site-footer', '.mp-toolbar']) {
      expect(await page.locator(selector).evaluate((el) => getComputedStyle(el).display)).toBe('none');
    }

    const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
    for (const p of pages) {
      expect(p.width).toBeCloseTo(595, -1);
      expect(p.height).toBeCloseTo(842, -1);
    }
    const text = squash(pages.map((p) => p.text).join('\n'));
    // Neither the app's header, navigation and footer nor the screen-only buttons are on paper.
    for (const shell of [
      'Målstyring af beskæftigelsesplanerne i Ishøj og Vallensbæk',
      'Om data',
      'Hvert tal viser sin kilde',
      'Udskriv / gem som PDF',
      'Tilbage til planen',
    ]) {
      expect(text).not.toContain(squash(shell));
    }
    // Each title, then its own status word before the next title: the status belongs to its row.
    let from = 0;
    const starts = titles.map((title) => {
      const at = text.indexOf(squash(title), from);
      expect(at, `«${title}» står ikke i PDF'en`).toBeGreaterThanOrEqual(0);
      from = at + squash(title).length;
      return at;
    });
    titles.forEach((title, i) => {
      const row = text.slice(starts[i], starts[i + 1] ?? text.length);
      expect(row, `status for «${title}»`).toContain(squash(statusWords[i]!));
    });
  });

  it('has no WCAG 2.1 AA violations on screen', async () => {
    await openPack(planId);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the meeting pack of a plan without numeric targets', () => {
  it('prints its pejlemærker', async () => {
    await page.goto(`${base}/planer/bp2023/moedepakke`);
    await page.getByRole('heading', { level: 2, name: 'Pejlemærker pr. målgruppe' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('[role=status]'));
    const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
    const text = squash(pages.map((p) => p.text).join('\n'));
    expect(text).toContain(squash('Planen har ingen talfæstede mål'));
    expect(text).toContain(squash('Pejlemærker for indsatsen for de unge'));
    expect(await axeViolations(page)).toEqual([]);
  });
});
