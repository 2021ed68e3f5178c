import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './chromium';
import { kioskIndex, slideSettled } from './kiosk-helpers';
import { savedEntries } from './kiosk-saved';
import { setupPage } from './page-fixture';
import { setupStaticServer, type StaticServer } from './static-server';

/*
 * The wall screen when the whole network is gone, not just the API: each test
 * has its own server (and so its own origin, worker and storage), which it
 * shuts down to make every request fail.
 */

const dist = inject('distDir');
const getPage = setupPage({ viewport: { width: 1920, height: 1080 } });
const getServer = setupStaticServer(dist);
let page: Page;
let server: StaticServer;
beforeEach(() => {
  page = getPage();
  server = getServer();
});

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });
const heading = () => page.getByRole('heading', { level: 1 });
const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
const SLIDES = 'status:rr2014;serie:sygedagpenge-helaarspersoner:183,000';

/** The query keys in the screen's saved store, each joined with "/". */
const savedKeys = async () => (await savedEntries(page)).map((e) => e.queryKey.join('/'));

/** Shows every slide once and waits until what they showed is in the screen's saved store. */
async function visitEverySlide(count: number) {
  for (let i = 0; i < count; i++) {
    await poll(() => kioskIndex(page)).toBe(i);
    await slideSettled(page);
    await page.keyboard.press('ArrowRight');
  }
  await poll(async () => {
    const keys = await savedKeys();
    return ['detail/rr2014', 'reference/indicators', 'sygedagpenge-helaarspersoner/183'].every((k) =>
      keys.some((key) => key.includes(k)),
    );
  }).toBe(true);
}

describe('the wall screen without any network', () => {
  it('caches every file of the build in its service worker', async () => {
    await page.goto(`${server.url}/skaerm?slides=${SLIDES}`);
    await poll(controlled).toBe(true);
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      }
      return urls;
    });
    const built = readdirSync(join(dist, 'assets')).filter((f) => !f.endsWith('.map'));
    expect(cached).toEqual(
      expect.arrayContaining(['/index.html', '/skaerm.json', ...built.map((f) => `/assets/${f}`)]),
    );
    // Data is the app's to judge (it knows when each answer was fetched); the worker never holds it.
    expect(cached.filter((u) => u.includes('/api/'))).toEqual([]);
  });

  it('restarts with the server unreachable: app from the worker, last data with its age and a banner', async () => {
    // axe cannot judge contrast half-way through a fade.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${server.url}/skaerm?slides=${SLIDES}&varighed=60`);
    await page.keyboard.press(' ');
    await visitEverySlide(2);
    await poll(controlled).toBe(true);
    const stamp = (await page.locator('.kiosk-stamp').textContent())!.replace('Opdateret kl. ', '');
    await server.close();
    // Two hours later the screen restarts (a power cut, say) and nothing answers.
    await page.clock.install({ time: Date.now() + 2 * 60 * 60_000 + 60_000 });
    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    await page.locator('.kiosk-status-tiles').waitFor();
    expect(await heading().textContent()).toBe('Status for Resultatrevision 2014 for Jobcenter Vallensbæk');
    expect(await page.locator('.kiosk-stamp').textContent()).toBe(`Hentet kl. ${stamp} – for 2 timer siden`);
    await page.locator('.kiosk-banner').waitFor();
    expect(await page.locator('.kiosk-banner').textContent()).toContain(`ikke opdateret siden kl. ${stamp}`);
    // The chart slide needs the ECharts chunk, which now can only come from the worker's cache.
    await page.keyboard.press(' ');
    await page.keyboard.press('ArrowRight');
    await poll(() => heading().textContent()).toBe('Sygedagpengemodtagere (helårspersoner)');
    await slideSettled(page);
    expect(await page.locator('.kiosk-chart svg').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});
