import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './chromium';

/*
 * The fault matrix: for each page (overview, plan, indicator, wall screen),
 * each fault a user can meet, on single resources and on the page bundle. Every cell must give a Danish message that says
 * what failed, keep what was loaded, recover without a reload, and throw no
 * uncaught error. The matrix is printed at the end.
 */

const base = inject('previewUrl');

type Spec = {
  readonly name: string;
  readonly url: string;
  /** The page's main resource, and one series among the several it shows. */
  readonly main: string;
  readonly series: string;
  /** Waits until the page shows its content. */
  readonly ready: (page: Page) => Promise<void>;
  readonly kiosk?: boolean;
};

const PAGES: readonly Spec[] = [
  {
    name: 'overblik',
    url: '/',
    main: '**/api/v1/plans.json',
    series: '**/api/v1/indicators/ledighed-faktisk/187.json',
    ready: (p) => p.getByRole('heading', { level: 3, name: 'Lav ledighed' }).waitFor({ timeout: 60_000 }),
  },
  {
    name: 'plan',
    url: '/planer/bp2022',
    main: '**/api/v1/plans/bp2022.json',
    series: '**/api/v1/indicators/kontanthjaelp-loentimer-andel/183.json',
    ready: (p) =>
      p
        .locator('article.target-card', { hasText: 'Flere med lønnede timer' })
        .locator('.status-badge')
        .waitFor({ timeout: 60_000 }),
  },
  {
    name: 'indikator',
    url: '/indikatorer/ledighed-faktisk?omraader=183,000&visning=tabel',
    main: '**/api/v1/indicators.json',
    series: '**/api/v1/indicators/ledighed-faktisk/000.json',
    ready: (p) => p.locator('.series-table tbody tr', { hasText: 'Hele landet' }).first().waitFor({ timeout: 60_000 }),
  },
  {
    name: 'skærm',
    url: '/skaerm?slides=serie:ledighed-faktisk:183,000:2021&opdatering=5',
    main: '**/api/v1/indicators/ledighed-faktisk/183.json',
    series: '**/api/v1/indicators/ledighed-faktisk/000.json',
    ready: (p) => p.locator('.kiosk-sentence', { hasText: /Ishøj.*Hele landet/ }).waitFor({ timeout: 60_000 }),
    kiosk: true,
  },
];

type Cell = {
  readonly name: string;
  /** The cell is about the page bundle itself; the others fault one resource, so the bundle is withheld. */
  readonly bundle?: boolean;
  /** What the page must say while the fault lasts. */
  readonly message: RegExp;
  readonly run: (ctx: { page: Page; context: BrowserContext; spec: Spec }) => Promise<void>;
};

const text = (page: Page) => page.locator('body').innerText();

/**
 * Opens the page and waits for the app to be live (<html data-live>): a
 * prerendered page shows its figures before the app has loaded, and a fault
 * "after loading" means after the app has.
 */
async function open(page: Page, spec: Spec) {
  await openApp(page, `${base}${spec.url}`);
}
/**
 * The page's own way back: its retry button, or on the wall screen the next
 * poll. A page may already have recovered by itself (another view of the same
 * data asked again once the fault was gone), so the button is pressed only
 * while it is there; either way the page must end up showing its content.
 */
async function recover(page: Page, spec: Spec) {
  if (!spec.kiosk) {
    const retry = page.getByRole('button', { name: 'Prøv igen' }).first();
    for (let i = 0; i < 3 && (await retry.count()) > 0; i++) {
      await retry.click({ timeout: 5_000 }).catch(() => undefined);
    }
  }
  await spec.ready(page);
}

/** A fault on one resource from the start: the message while it lasts, then recovery without reloading. */
function atStart(
  name: string,
  message: RegExp,
  answer: (route: Route) => Promise<void>,
  target: 'main' | 'series' = 'main',
): Cell {
  return {
    name,
    message,
    run: async ({ page, spec }) => {
      const pattern = spec[target];
      await page.route(pattern, answer);
      await open(page, spec);
      await expect.poll(() => text(page), { timeout: 60_000 }).toMatch(message);
      await page.unroute(pattern);
      await recover(page, spec);
    },
  };
}

const CELLS: readonly Cell[] = [
  atStart('500', /fejl 500, da vi hentede (listen over planer|en plan|en tidsserie|indikatorerne)/, (r) =>
    r.fulfill({ status: 500, body: 'fejl' }),
  ),
  atStart('404', /har ikke en tidsserie/, (r) => r.fulfill({ status: 404, body: 'findes ikke' }), 'series'),
  atStart('misdannet JSON', /kunne ikke læses/, (r) =>
    r.fulfill({ status: 200, contentType: 'application/json', body: '{"a":' }),
  ),
  atStart('forkert format', /passer ikke til det format/, (r) =>
    r.fulfill({ status: 200, contentType: 'application/json', body: '{"uventet": true}' }),
  ),
  atStart(
    'én serie fejler blandt mange',
    /(Status kan ikke beregnes|fejl 503, da vi hentede en tidsserie)/,
    (r) => r.fulfill({ status: 503, body: 'nede' }),
    'series',
  ),
  {
    name: 'timeout',
    message: /svarede ikke inden for 15 sekunder/,
    run: async ({ page, spec }) => {
      await page.clock.install();
      // The request never answers; the page's own 15-second deadline, three tries, on the page's clock.
      let asked = 0;
      await page.route(spec.main, () => void asked++);
      await open(page, spec);
      // The clock runs once the page has asked: its code loads in real time.
      await expect.poll(() => asked, { timeout: 30_000 }).toBeGreaterThan(0);
      // Step the page's clock and give the page its turn after each step (reading its text), for up to a
      // minute of real time: on a loaded machine the next try's timers are set later, not sooner.
      for (const end = Date.now() + 60_000; Date.now() < end;) {
        if (/svarede ikke inden for 15 sekunder/.test(await text(page))) break;
        await page.clock.runFor(2_000);
      }
      const shown = await text(page);
      expect(shown).toMatch(/svarede ikke inden for 15 sekunder/);
      if (!spec.kiosk) expect(shown).toMatch(/Prøvet 3 gange/);
      await page.unroute(spec.main);
      if (spec.kiosk) await page.clock.runFor(6_000);
      await recover(page, spec);
    },
  },
  {
    name: 'offline fra start',
    message: /Kunne ikke få forbindelse/,
    run: async ({ page, context, spec }) => {
      // The app is served; every API request fails as with no network.
      await context.route('**/api/v1/**', (r) => r.abort('internetdisconnected'));
      await open(page, spec);
      await expect.poll(() => text(page), { timeout: 60_000 }).toMatch(/Kunne ikke få forbindelse/);
      await context.unroute('**/api/v1/**');
      await recover(page, spec);
    },
  },
  {
    name: 'offline efter indlæsning',
    message: /kunne ikke opdateres|ikke opdateret siden/,
    run: async ({ page, context, spec }) => {
      await page.clock.install();
      await open(page, spec);
      await spec.ready(page);
      // The network goes; six minutes on, the data is stale; the network comes back and the page asks again,
      // but the API is still unreachable (the route), so the refresh fails.
      await context.route('**/api/v1/**', (r) => r.abort('internetdisconnected'));
      await context.setOffline(true);
      await page.clock.runFor(6 * 60_000);
      await context.setOffline(false);
      await expect.poll(() => text(page), { timeout: 60_000 }).toMatch(/kunne ikke opdateres|ikke opdateret siden/);
      // What was loaded is still there.
      await spec.ready(page);
      await context.unroute('**/api/v1/**');
      if (spec.kiosk) await page.clock.runFor(20_000);
      else await page.getByRole('button', { name: 'Prøv igen' }).first().click();
      await expect.poll(() => text(page), { timeout: 60_000 }).not.toMatch(/kunne ikke opdateres|ikke opdateret siden/);
      await spec.ready(page);
    },
  },
  {
    // The page bundle (docs/api.md) fails: the page asks for each resource instead, and the reader sees no error.
    name: 'sidebundt fejler',
    message: /./,
    bundle: true,
    run: async ({ page, spec }) => {
      let asked = 0;
      await page.route('**/api/v1/pages/**', (r) => {
        asked++;
        return r.fulfill({ status: 500, body: 'fejl' });
      });
      await open(page, spec);
      await spec.ready(page);
      expect(await text(page)).not.toMatch(/kunne ikke|fejl \d{3}/);
      if (spec.name === 'overblik' || spec.name === 'plan') expect(asked).toBe(1);
    },
  },
  {
    name: 'langsomt svar (3 s)',
    message: /./,
    run: async ({ page, spec }) => {
      await page.route('**/api/v1/**', async (r) => {
        await new Promise((resolve) => setTimeout(resolve, 3000));
        await r.continue();
      });
      await open(page, spec);
      await spec.ready(page);
      expect(await text(page)).not.toMatch(/kunne ikke|fejl \d{3}/);
    },
  },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
const matrix: Record<string, Record<string, string>> = {};
afterAll(async () => {
  console.log('Fejlmatrix (✓ = dansk besked, data bevaret, genopretning uden genindlæsning, ingen ufangede fejl)');
  console.table(matrix);
  await browser?.close();
});

describe.each(PAGES)('faults on the $name page', (spec) => {
  it.each(CELLS)('$name', { timeout: 180_000 }, async (cell) => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'da-DK',
      timezoneId: 'Europe/Copenhagen',
      // Requests go to the page's routes, not through the app-shell worker.
      serviceWorkers: 'block',
    });
    // A fault on one resource is met when the resource is fetched alone: as with an API without page
    // bundles, or when the bundle failed (the 'sidebundt fejler' cell shows that the fallback holds).
    if (!cell.bundle) await context.route('**/api/v1/pages/**', (r) => r.fulfill({ status: 404, body: 'ingen' }));
    const page = await context.newPage();
    const uncaught: string[] = [];
    page.on('pageerror', (e) => uncaught.push(e.message));
    (matrix[cell.name] ??= {})[spec.name] = '✗';
    try {
      await cell.run({ page, context, spec });
      expect(uncaught).toEqual([]);
      matrix[cell.name]![spec.name] = '✓';
    } finally {
      await context.close();
    }
  });
});
