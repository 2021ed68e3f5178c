import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './chromium';
import { kioskIndex, kioskRun, slideSettled } from './kiosk-helpers';
import { savedEntries } from './kiosk-saved';
import { setupPage } from './page-fixture';
import { startStaticServer, type StaticServer } from './static-server';

/*
 * The wall screen when the whole network is gone, not just the API: each test
 * has its own server (and so its own origin, worker and storage), which it
 * shuts down to make every request fail.
 */

const dist = inject('distDir');
const getPage = setupPage({ viewport: { width: 1920, height: 1080 } });
let page: Page;
let server: StaticServer;
beforeEach(async () => {
  page = getPage();
  server = await startStaticServer(dist);
});
afterEach(async () => {
  await server.close();
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

/** Records, from the page, each step of a new worker replacing the current one. */
async function watchWorkerSteps(): Promise<string[]> {
  const steps: string[] = [];
  const start = Date.now();
  await page.exposeFunction('reportWorkerStep', (step: string) =>
    steps.push(`${step} (${((Date.now() - start) / 1000).toFixed(1)} s)`),
  );
  await page.evaluate(async () => {
    const report = (window as unknown as { reportWorkerStep: (s: string) => void }).reportWorkerStep;
    const registration = await navigator.serviceWorker.getRegistration();
    registration?.addEventListener('updatefound', () => {
      const worker = registration.installing;
      report('found');
      worker?.addEventListener('statechange', () => report(worker.state));
    });
    navigator.serviceWorker.addEventListener('controllerchange', () => report('in charge'));
  });
  return steps;
}

/**
 * For a failed wait: whether the slides kept turning since `turnedAt` (the reload waits for a slide change)
 * and the state of each worker the registration holds (an installed worker waiting means the browser has not
 * let it take over).
 */
async function screenState(turnedAt: number): Promise<string> {
  const workers = await page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    const state = (w: ServiceWorker | null | undefined) => w?.state ?? 'none';
    return `active ${state(r?.active)}, waiting ${state(r?.waiting)}, installing ${state(r?.installing)}`;
  });
  return `slides turned ${(await kioskRun(page)) - turnedAt} times while waiting; workers: ${workers}`;
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

  // Its own, longer budget: the new worker downloads the whole build again, which on a loaded CI machine
  // once took the test past the default minute before the reload wait below could say how far it got.
  it(
    'takes a newly deployed build at the next slide change, without anyone reloading it, while its requests go on',
    { timeout: 150_000 },
    async () => {
      await page.goto(`${server.url}/skaerm?slides=${SLIDES}&varighed=3&opdatering=5`);
      await heading().waitFor();
      await poll(controlled).toBe(true);
      await page.evaluate(() => {
        (window as unknown as { oldBuild: boolean }).oldBuild = true;
      });
      // The first worker taking over is an install, not a new version: the screen keeps going.
      const run = await kioskRun(page);
      await poll(() => kioskRun(page)).toBeGreaterThanOrEqual(run + 2);
      expect(await page.evaluate(() => 'oldBuild' in window)).toBe(true);
      const steps = await watchWorkerSteps();
      // The old worker kept busy, as a screen's requests keep it on a loaded machine: Chromium then left the new
      // worker waiting (30 s and more, reproduced here) until the page asked it again to take over.
      await page.evaluate(() => {
        setInterval(() => void fetch('/skaerm.json', { cache: 'no-store' }).catch(() => undefined), 50);
      });
      const reloaded = page.waitForEvent('load', { timeout: 90_000 });
      // A new build: its worker differs (here by a comment), which is what the browser compares.
      server.replace('sw.js', `${readFileSync(join(dist, 'sw.js'), 'utf8')}\n// ny build`);
      // The new worker is found, installed, activated and put in charge, then a slide change reloads the page;
      // a failure names the last of the worker's steps reached.
      const turnedAt = await kioskRun(page);
      await reloaded.catch(async (error: Error) => {
        throw new Error(
          `No reload after the new build; the worker got as far as: ${steps.join(' → ') || 'nothing'}; ${await screenState(turnedAt)}`,
          { cause: error },
        );
      });
      expect(await page.evaluate(() => 'oldBuild' in window)).toBe(false);
      expect(new URL(page.url()).search).toContain('opdatering=5');
      await heading().waitFor();
      expect(await controlled()).toBe(true);
    },
  );
});
