import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './chromium';
import { watchCsp } from './csp';
import { slideSettled } from './kiosk-helpers';
import { measureSlide } from './kiosk-layout';
import { setupPage } from './page-fixture';

const base = inject('previewUrl');
const getPage = setupPage({ viewport: { width: 1920, height: 1080 } });
let page: Page;
beforeEach(() => {
  page = getPage();
});

/** Every slide type, with the data it will show on the real dataset. */
const SLIDES = [
  ['statusnu', 'statusnu:183', false],
  ['statusnu-en', 'statusnu:187', false],
  ['status', 'status:rr2014', false],
  ['maal', 'maal:rr2014', true],
  ['maal-uden-tal', 'maal:as2015', false],
  ['serie', 'serie:ledighed-faktisk:183,187,000:2021', true],
  ['maalgruppe', 'maalgruppe:jobparate', false],
  ['sammenligning', 'sammenligning:ledighed-faktisk:2021', true],
  ['bevaegelse', 'bevaegelse', false],
] as const;

const ENGLISH_MONTHS = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/;
const SHOTS = 'test-results/kiosk';
mkdirSync(SHOTS, { recursive: true });

describe.each([
  [1920, 1080],
  [3840, 2160],
])('every slide type at %i×%i', (width, height) => {
  it.each(SLIDES)('%s: fills the screen legibly, nothing clipped or overlapping', async (name, slide, chart) => {
    await page.setViewportSize({ width, height });
    const csp = await watchCsp(page);
    const warnings: string[] = [];
    page.on('console', (m) => (m.type() === 'warning' || m.type() === 'error') && warnings.push(m.text()));
    // The fade would catch the layout half-way; the end state is the same without it.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${base}/skaerm?slides=${slide}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press(' ');
    await slideSettled(page);
    await page.screenshot({ path: `${SHOTS}/${name}-${width}x${height}.png` });
    const layout = await measureSlide(page);
    expect(layout.problems, name).toEqual([]);
    expect(layout.footerGap, 'the footer sits at the bottom').toBeLessThan(0.04);
    expect(layout.mainShare, 'the main figure takes the free height').toBeGreaterThan(0.4);
    if (chart) {
      expect(layout.chartShare, 'the chart takes at least half the screen').toBeGreaterThanOrEqual(0.5);
      expect(layout.axisLabels.length).toBeGreaterThan(2);
      expect(layout.axisLabels.join(' ')).not.toMatch(ENGLISH_MONTHS);
      expect(layout.axisLabels.join(' ')).not.toMatch(/\d\.\d/);
    }
    // Never the dataset's assembly time as the figures' date.
    expect(layout.text).not.toMatch(/Data fra|november 2026/);
    // ECharts is never initialised on a box without a size ("Can't get DOM width or height").
    expect(warnings.filter((w) => /ECharts|DOM width/.test(w))).toEqual([]);
    expect(await csp(), 'Content-Security-Policy').toEqual([]);
    if (width === 1920) expect(await axeViolations(page), name).toEqual([]);
  });
});
