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

function card(title: string) {
  return page.locator('article.target-card', { has: page.getByRole('heading', { name: title, exact: true }) });
}

async function openPlan(path: string) {
  await page.goto(`${base}${path}`);
  await page.getByRole('group', { name: 'Vis mål med status' }).waitFor();
}

describe('the committee view of a plan', () => {
  it('marks the 2014 førtidspension target nået and sygedagpenge over 52 uger ikke nået', async () => {
    await openPlan('/planer/rr2014');
    const pension = card('Tilgang til førtidspension begrænses');
    await expect.poll(() => pension.locator('.status-badge').textContent()).toContain('Nået');
    expect(await pension.textContent()).toContain('1\u00a0person under målet');
    const sick = card('Færre sygedagpengeforløb over 52 uger (2014)');
    await expect.poll(() => sick.locator('.status-badge').textContent()).toContain('Ikke nået');
    expect(await sick.textContent()).toContain('17\u00a0forløb over målet');
    // The bullet is plain SVG, drawn with the card, and described in words.
    expect(await sick.locator('svg.bullet-chart').getAttribute('aria-label')).toContain('Status: Ikke nået');
    expect(await sick.locator('.target-sentence').textContent()).toMatch(/Målet er ikke nået\.$/);
  });

  it('sums the statuses and filters by status, with the filter in the URL surviving a reload', async () => {
    await openPlan('/planer/rr2014');
    const summary = page.locator('.status-summary').first();
    expect(await summary.innerText()).toMatch(/7\s*✓\s*Nået\s*5\s*✕\s*Ikke nået/);
    await page.getByRole('checkbox', { name: /Ikke nået/ }).check();
    await expect.poll(() => page.url()).toContain('status=ikke-naaet');
    await page.reload();
    await page.getByRole('group', { name: 'Vis mål med status' }).waitFor();
    expect(await page.getByRole('checkbox', { name: /Ikke nået/ }).isChecked()).toBe(true);
    expect(await page.locator('article.target-card').count()).toBe(5);
  });

  it('lets a keyboard user reach every card and open a target’s time series', async () => {
    await openPlan('/planer/rr2014');
    const cards = await page.locator('article.target-card').count();
    const reached = new Set<string>();
    for (let i = 0; i < 120 && reached.size < cards; i++) {
      await page.keyboard.press('Tab');
      const title = await page.evaluate(
        () => document.activeElement?.closest('article.target-card')?.querySelector('h4')?.textContent ?? null,
      );
      if (title) reached.add(title);
    }
    expect(reached.size).toBe(cards);
    // Back to a series link and open it with Enter.
    const link = card('Færre sygedagpengeforløb over 52 uger (2014)').getByRole('link', { name: /Se udviklingen/ });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/indikatorer/sygedagpenge-over-52-uger');
    await page.getByRole('heading', { level: 1 }).waitFor();
  });

  it('shows the source when a card gets keyboard focus', async () => {
    await openPlan('/planer/rr2014');
    const pension = card('Tilgang til førtidspension begrænses');
    await pension.locator('summary').focus();
    expect(await pension.locator('.source-pop').isVisible()).toBe(true);
    expect(await pension.locator('.source-pop').textContent()).toContain('Kilde: Resultatrevision 2014');
  });

  it.each(['/planer/rr2014', '/planer/as2015', '/planer/rr2014?status=ikke-naaet'])(
    'has no axe violations once statuses are drawn on %s',
    async (path) => {
      await openPlan(path);
      await page.waitForFunction(() =>
        ((cards) => cards.length > 0 && cards.every((c) => c.querySelector('.status-badge')))([
          ...document.querySelectorAll('.target-card'),
        ]),
      );
      expect(await axeViolations(page)).toEqual([]);
    },
  );
});
