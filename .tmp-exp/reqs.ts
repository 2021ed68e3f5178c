import { chromium } from 'playwright-core';
import { serveForBench } from '../scripts/bench-server';
const main = async () => {
  const server = await serveForBench('dist');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const page = await browser.newPage({ viewport: { width: 1350, height: 940 } });
  const t0 = Date.now();
  page.on('requestfinished', (r) => console.log(Date.now() - t0, new URL(r.url()).pathname));
  await page.goto(server.url + process.argv[2], { waitUntil: 'networkidle' });
  await browser.close(); await server.close();
};
void main();
