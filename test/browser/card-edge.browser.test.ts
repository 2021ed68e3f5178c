import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { setupPage } from './page-fixture';

/*
 * A goal card's top edge says its status twice: by colour, and for a goal without data by dashes (styles.css
 * draws the dashes as gaps over a solid edge, which a browser draws far faster than a dashed rounded border).
 * What a reader sees is read from the screen: a strip of pixels along the edge's middle.
 */

const base = inject('previewUrl');
const getPage = setupPage({ serviceWorkers: 'block' });
let page: Page;
beforeEach(() => {
  page = getPage();
});

/** How many runs of light and dark the middle of a card's top edge has, between its rounded corners. */
async function edgeRuns(card: string): Promise<number> {
  const box = (await page.locator(card).first().boundingBox())!;
  const png = await page.screenshot({ clip: { x: box.x + 12, y: box.y + 2, width: box.width - 24, height: 1 } });
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = 1;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, 1).data;
    const light = Array.from(
      { length: image.width },
      (_, i) => pixels[i * 4]! + pixels[i * 4 + 1]! + pixels[i * 4 + 2]!,
    );
    const [low, high] = [Math.min(...light), Math.max(...light)];
    if (high - low < 150) return 1;
    const dark = light.map((l) => l < (low + high) / 2);
    return dark.filter((d, i) => i === 0 || d !== dark[i - 1]).length;
  }, png.toString('base64'));
}

describe('a goal card’s top edge', () => {
  it('is dashed for a goal without data and solid for the others, in forced colours too', async () => {
    await page.goto(`${base}/planer/as2015`);
    for (const forcedColors of ['none', 'active'] as const) {
      await page.emulateMedia({ forcedColors });
      expect(await edgeRuns('.target-card.status-mangler-data'), forcedColors).toBeGreaterThan(20);
      expect(await edgeRuns('.target-card.status-ikke-naaet'), forcedColors).toBe(1);
    }
  });
});
