import { describe, expect, it } from 'vitest';
import { checkHeldBoxes } from './held-boxes';

describe('checkHeldBoxes', () => {
  it('lets held parts side by side pass', () => {
    expect(() =>
      checkHeldBoxes(
        '<ul><li data-after-first-paint=""><noscript><li>b</li></noscript></li></ul><div data-after-first-paint=""><noscript><p>c</p></noscript></div>',
        '/x',
      ),
    ).not.toThrow();
  });

  it('refuses a held part inside another, naming the page', () => {
    expect(() =>
      checkHeldBoxes(
        '<div data-after-first-paint=""><noscript><div data-after-first-paint=""><noscript>d</noscript></div></noscript></div>',
        '/planer/x',
      ),
    ).toThrow('/planer/x: en tilbageholdt del ligger i en anden');
  });
});
