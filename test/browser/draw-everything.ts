import type { Page } from 'playwright-core';

/**
 * Turns off the skipping of what lies below the first screen (src/app/offscreen-sections.css), as a page
 * without it: a check of the whole page (its width, axe) then sees every card drawn, where a skipped one
 * hides what overflows it. Through the CSSOM: the Content-Security-Policy refuses a new stylesheet.
 */
export function drawEverything(page: Page): Promise<void> {
  return page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
    }
  });
}
