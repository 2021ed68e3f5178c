/**
 * The målgruppe table: on the real rows of the static build (every official
 * series of the 98 kommuner), and at 14,000+ rows (the MSW "stor" scenario
 * on a dev server). Time from a change to the updated rows on screen, for a
 * global search and for a sort on a text column, as the median of several
 * runs. Times include the address update, since the table state lives there.
 */
import type { Browser, Page } from 'playwright-core';
import { waitForLiveApp } from '../test/browser/chromium';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Runs in the page: performs the change, then waits for the frame in which the
 * row count (search) or the header's aria-sort (sort) has changed. Kept as text
 * so that no bundler helper (tsx's __name) leaks into the page.
 */
const IN_PAGE = `([kind, arg]) => new Promise((resolve, reject) => {
  const countText = () => document.querySelector('.tg-count')?.textContent ?? '';
  const header = () => [...document.querySelectorAll('.tg-table th')].find((th) => th.textContent?.startsWith(arg));
  const read = () => (kind === 'search' ? countText() : (header().getAttribute('aria-sort') ?? ''));
  const before = read();
  const start = performance.now();
  if (kind === 'search') {
    const input = document.querySelector('.tg-search input');
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, arg);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  } else {
    header().querySelector('button').click();
  }
  const check = () => {
    if (read() !== before) resolve(performance.now() - start);
    else if (performance.now() - start > 30000) reject(new Error('Tabellen reagerede ikke inden for 30 s'));
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

async function timeInPage(page: Page, action: 'search' | 'sort', argument: string): Promise<number> {
  return page.evaluate(`(${IN_PAGE})(${JSON.stringify([action, argument])})`) as Promise<number>;
}

/** `url`: the table page, e.g. `${preview}/maalgrupper` or `${dev}/maalgrupper?scenarie=stor`. */
export async function benchTable(url: string, browser: Browser): Promise<Record<string, number>> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(url);
    // The prerendered table is drawn before its code has run: a search typed then would reach no one.
    await waitForLiveApp(page);
    await page.locator('.tg-table tbody tr.tg-row').first().waitFor({ timeout: 60_000 });
    const rows = Number((await page.locator('.tg-count').innerText()).replace(/\D/g, ''));
    const search: number[] = [];
    const sort: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      search.push(await timeInPage(page, 'search', 'Ishøj'));
      await timeInPage(page, 'search', '');
      // Område: a text column, compared with Danish collation; first click ascending, second descending.
      sort.push(await timeInPage(page, 'sort', 'Område'));
      sort.push(await timeInPage(page, 'sort', 'Område'));
      await timeInPage(page, 'sort', 'Område');
    }
    return {
      rows,
      searchMedianMs: Math.round(median(search)),
      searchMaxMs: Math.round(Math.max(...search)),
      sortMedianMs: Math.round(median(sort)),
      sortMaxMs: Math.round(Math.max(...sort)),
    };
  } finally {
    await context.close();
  }
}
