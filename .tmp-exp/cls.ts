import { chromium } from 'playwright-core';
import { serveForBench } from '../scripts/bench-server';
const INIT = `
window.__ls = [];
new PerformanceObserver(function (l) { for (const e of l.getEntries()) window.__ls.push({ t: Math.round(e.startTime), v: +e.value.toFixed(4), input: e.hadRecentInput, src: e.sources.map(function (s) { var n = s.node; return (n && n.nodeType === 1 ? n.tagName + '.' + n.className : n ? '#text:' + (n.textContent||'').slice(0,30) : '?') + ' ' + JSON.stringify([s.previousRect.y, s.previousRect.height, s.currentRect.y, s.currentRect.height]); }) }); }).observe({ type: 'layout-shift', buffered: true });
`;
const main = async () => {
  const server = await serveForBench(process.env.DIST ?? 'dist');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const [w, h] = (process.env.VP ?? '1280x900').split('x').map(Number);
  const context = await browser.newContext({ viewport: { width: w!, height: h! }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(INIT);
  await page.goto(server.url + process.argv[2], { waitUntil: 'networkidle' });
  await page.waitForTimeout(1500);
  console.log(JSON.stringify(await page.evaluate(() => (window as any).__ls), null, 1));
  await browser.close(); await server.close();
};
void main();
