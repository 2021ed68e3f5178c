import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './chromium';
import { drawEverything } from './draw-everything';
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
  await page.waitForFunction(() => !document.querySelector('main .loading'));
}

type TextBox = { str: string; x: number; y: number; w: number; h: number };

/** Text per page, and each run of text with its box (PDF points, origin bottom left). */
async function pdfPages(buffer: Buffer) {
  const pdf = await getDocument({ data: new Uint8Array(buffer) }).promise;
  const pages: { text: string; width: number; height: number; boxes: TextBox[] }[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const p = await pdf.getPage(n);
    const { width, height } = p.getViewport({ scale: 1 });
    const content = await p.getTextContent();
    const boxes = content.items.flatMap((item) =>
      'str' in item && item.str.trim()
        ? [{ str: item.str, x: item.transform[4], y: item.transform[5], w: item.width, h: item.height }]
        : [],
    );
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
    pages.push({ text, width, height, boxes });
  }
  await pdf.destroy();
  return pages;
}

/** Runs of text on one page whose boxes overlap by more than a sliver. */
function overlaps(boxes: readonly TextBox[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (w > 1 && h > Math.min(a.h, b.h) * 0.3) out.push(`«${a.str}» / «${b.str}»`);
    }
  }
  return out;
}

const squash = (s: string) => s.replace(/\s+/g, '');

describe.each(['rr2014', 'as2015'])('the meeting pack of %s', (planId) => {
  it('prints to A4 with every target, its status word, and no app shell', async () => {
    await openPack(planId);
    const titles = titlesOf(planId);
    expect(titles.length).toBeGreaterThan(0);
    const statusWords: string[] = [];
    for (const title of titles) {
      const row = page.locator('.meeting-pack tbody.mp-target', {
        has: page.locator('.mp-target-title', { hasText: title }),
      });
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

// Units spelled out ("helårspersoner", "fuldtidspersoner") are wider than the printed columns: these packs had
// a figure over the next column's text.
describe.each(['as2015', 'bp2020'])('the meeting pack of %s on A4', (planId) => {
  it('has no text over other text', async () => {
    await openPack(planId);
    await page.emulateMedia({ media: 'print' });
    const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
    pages.forEach((p, i) => expect(overlaps(p.boxes), `side ${i + 1}`).toEqual([]));
  });
});

describe('the meeting pack of a plan in force (BP22) on A4', () => {
  it('has page numbers and the figures’ date on every page, the sentences, and Siden sidste møde; no text overlaps', async () => {
    await openPack('bp2022');
    const sentences = await page.locator('.mp-sentence').allTextContents();
    expect(sentences.length).toBe(titlesOf('bp2022').length);
    await page.emulateMedia({ media: 'print' });
    const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((p, i) => {
      const text = squash(p.text);
      expect(text, `side ${i + 1}`).toContain(squash(`Side ${i + 1} af ${pages.length}`));
      expect(text, `side ${i + 1}`).toContain(squash('Tallenes dato: nyeste officielle tal jun. 2026'));
      expect(overlaps(p.boxes), `side ${i + 1}`).toEqual([]);
    });
    const all = squash(pages.map((p) => p.text).join('\n'));
    for (const sentence of sentences) expect(all).toContain(squash(sentence));
    expect(all).toContain(squash('Siden sidste møde'));
    expect(all).toContain(squash('Største bevægelser i de officielle tal'));
    // Column heads are never broken mid-word ("Udgangspunk|t").
    const heads = pages[0]!.boxes.map((b) => b.str);
    expect(heads).toContain('Udgangspunkt');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the meeting pack of a plan whose only goal is a direction (BP23)', () => {
  it('prints the goal labelled as derived, its sentence, and the pejlemærker', async () => {
    await openPack('bp2023');
    const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
    const text = squash(pages.map((p) => p.text).join('\n'));
    expect(text).toContain(squash('Lav ledighed'));
    expect(text).toContain(squash('Afledt af pejlemærke – planen har ikke et talmål'));
    expect(text).toContain(squash('Ledigheden i Vallensbæk var 2,9 % i juli 2026'));
    expect(text).toContain(squash('Pejlemærker for indsatsen for de unge'));
    expect(await axeViolations(page)).toEqual([]);
  });
});

/**
 * Words in the goals' table that the screen breaks inside themselves: a word drawn on more than one line. A
 * hyphen is where a word may break ("2013-/niveau"); a header row hidden for screen readers is not drawn.
 */
function brokenWords(): string[] {
  const out: string[] = [];
  const table = document.querySelector('.mp-table')!;
  const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const head = node.parentElement?.closest('thead');
    if (head && head.getBoundingClientRect().height <= 1) continue;
    const text = node.textContent ?? '';
    for (const match of text.matchAll(/[^\s\-–]{2,}/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) out.push(match[0]);
    }
  }
  return out;
}

// BP22 has no baselines, which left a column narrow ("UDG/ANG/SPU/NKT"); AS2015 has the longest words.
describe.each(['bp2022', 'as2015'])('the meeting pack of %s on screen', (planId) => {
  // A phone and a laptop's window beside another, where each goal is a card; a window just wide enough for the table.
  it.each([
    [390, 'cards'],
    [1000, 'cards'],
    [1140, 'table'],
  ])('breaks no word inside itself at %i px (%s), and does not scroll sideways', async (width, layout) => {
    await page.setViewportSize({ width, height: 900 });
    await openPack(planId);
    await drawEverything(page);
    expect(await page.evaluate(brokenWords)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBe(0);
    const wrap = page.locator('.mp-table-wrap');
    expect(await wrap.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
    // On a card each figure says which column it is in, under a header row kept for screen readers only.
    const named = await page
      .locator('.mp-target td[data-label]')
      .first()
      .evaluate((cell) => getComputedStyle(cell, '::before').content);
    const headHeight = await page.locator('.mp-table thead').evaluate((head) => head.getBoundingClientRect().height);
    expect({ named, headShown: headHeight > 20 }).toEqual(
      layout === 'cards' ? { named: '"Udgangspunkt" / ""', headShown: false } : { named: 'none', headShown: true },
    );
    expect(await axeViolations(page)).toEqual([]);
  });
});
