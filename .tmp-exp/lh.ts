import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { serveForBench } from '../scripts/bench-server';
const main = async () => {
  const server = await serveForBench(process.env.DIST ?? 'dist');
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const preset = process.env.PRESET ?? 'desktop';
  const r = await lighthouse(server.url + process.argv[2], { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, preset === 'desktop' ? desktopConfig : undefined);
  const lhr = r!.lhr;
  console.log(preset, Math.round(lhr.categories.performance!.score! * 100));
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) console.log(id, lhr.audits[id]?.displayValue);
  const ls = lhr.audits['layout-shifts'] as any;
  for (const it of ls?.details?.items ?? []) console.log('shift', it.score?.toFixed?.(4), JSON.stringify(it.node?.snippet ?? it.node?.selector ?? '').slice(0, 160));
  const lt = lhr.audits['long-tasks'] as any;
  for (const it of (lt?.details?.items ?? []).slice(0, 8)) console.log('longtask', Math.round(it.startTime), Math.round(it.duration), String(it.url).split('/').pop());
  chrome.kill(); await server.close();
};
void main();
