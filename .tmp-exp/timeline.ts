import { chromium } from 'playwright-core';
import { serveForBench } from '../scripts/bench-server';
const INIT = `
window.__lt = [];
new PerformanceObserver(function (l) { for (const e of l.getEntries()) window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
`;
const main = async () => {
  const server = await serveForBench('dist', new Map([['/', '<!doctype html><html lang=da><title>x</title><main><p class=status-badge>Nået</p></main>']]));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  for (const path of [process.argv[2] ?? '/']) for (let i = 0; i < 4; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(INIT);
    await page.goto(server.url + path, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0 && 'live' in document.documentElement.dataset, undefined, { timeout: 60000 });
    const t = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const r = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => `${e.name.split('/').pop()} ${Math.round(e.startTime)}-${Math.round(e.responseEnd)}`);
      return { html: Math.round(nav.responseEnd), domInteractive: Math.round(nav.domInteractive), dcl: Math.round(nav.domContentLoadedEventStart), fcp: Math.round(performance.getEntriesByName('first-contentful-paint')[0]!.startTime), lt: (window as any).__lt, r };
    });
    console.log(JSON.stringify(t));
    await context.close();
  }
  await browser.close(); await server.close();
};
void main();
