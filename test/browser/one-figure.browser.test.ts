import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { slideSettled } from './kiosk-helpers';
import { setupPage } from './page-fixture';

/*
 * One figure, everywhere: BP22 gives Ishøj's sygedagpenge in September 2021
 * twice, 403 in its text and 427 in its figure 9. The one value rule
 * (pickValue) keeps the first listed; the target group page, the table, the
 * series page and the wall screen all show that value and name the other.
 */

const base = inject('previewUrl');
const getPage = setupPage();
let page: Page;
beforeEach(() => {
  page = getPage();
});

const INDICATOR = 'sygedagpenge-helaarspersoner';

describe('Ishøj’s sygedagpenge in September 2021', () => {
  it('is 403 on the målgruppe page’s key figures, with the disagreement named', async () => {
    await page.goto(`${base}/maalgrupper/sygedagpenge`);
    const row = page.locator('.tg-figures tr', {
      has: page.getByRole('rowheader', { name: 'Sygedagpengemodtagere (helårspersoner)' }),
    });
    const cell = await row.locator('[data-area="183"]').innerText({ timeout: 30_000 });
    expect(cell).toMatch(/403\s*helårspersoner/);
    expect(cell).toContain('kilderne er uenige');
  });

  it('is 403 in the målgruppe table', async () => {
    await page.goto(`${base}/maalgrupper?maalgruppe=sygedagpenge&soeg=Ish%C3%B8j`);
    const row = page
      .locator('.tg-table tbody tr.tg-row', { hasText: 'Sygedagpengemodtagere (helårspersoner)' })
      .filter({
        hasText: 'Ishøj',
      });
    await row.first().waitFor({ timeout: 30_000 });
    expect(await row.first().innerText()).toMatch(/403/);
    expect(await row.first().innerText()).not.toMatch(/427/);
  });

  it('is 403 on the series page, which lists 427 as the other source’s figure', async () => {
    await page.goto(`${base}/indikatorer/${INDICATOR}?omraader=183&visning=tabel`);
    const row = page.locator('.series-table tbody tr', { hasText: 'sep. 2021' }).first();
    await row.waitFor({ timeout: 30_000 });
    const text = await row.innerText();
    expect(text).toMatch(/403/);
    expect(text).toMatch(/427/);
    expect(text).toMatch(/uenige/);
  });

  it('is 403 on the wall screen, which names 427 too', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${base}/skaerm?slides=serie:${INDICATOR}:183`);
    await slideSettled(page);
    const sentence = (await page.locator('.kiosk-sentence').textContent())!.replace(/\s/g, ' ');
    expect(sentence).toContain('i september 2021: Ishøj 403 helårspersoner');
    expect(sentence).toContain(
      'kilderne angiver 403 helårspersoner og 427 helårspersoner for sep. 2021; 403 helårspersoner er vist',
    );
  });
});
