import { describe, expect, it } from 'vitest';
import { startPage } from '../test/page-start-harness';

/*
 * What a prerendered page holds back until its first paint (src/components/after-first-paint.tsx): the start
 * script puts it in place after the paint, before the app's code (which hydrates the whole page), and at once
 * where a reader would miss it.
 */

const HELD = [
  '<ul><li>a</li><li data-after-first-paint=""><noscript><li>b</li><li>c</li></noscript></li></ul>',
  '<div data-after-first-paint=""><noscript><section id="later">d</section></noscript></div>',
].join('');
const WHOLE = '<ul><li>a</li><li>b</li><li>c</li></ul><section id="later">d</section>';
const page = { url: 'http://app.test/planer/x', route: '/planer/x', body: HELD, loading: true };
const BELOW = 2000;

describe('held-back content', () => {
  it('is put in place in the task after the first paint, before the code is asked for', () => {
    const p = startPage({ ...page, heldTop: BELOW });
    p.parsed();
    expect(p.body()).toBe(HELD);
    p.paint();
    expect(p.body()).toBe(HELD);
    p.fireTimers();
    expect(p.body()).toBe(WHOLE);
    expect(p.requested()).toHaveLength(3);
  });

  it('is put in place once the document is parsed, when painted before', () => {
    const p = startPage({ ...page, heldTop: BELOW });
    p.paint();
    p.fireTimers();
    expect(p.body()).toBe(HELD);
    p.parsed();
    expect(p.body()).toBe(WHOLE);
  });

  it('is put in place before the first paint where a held-back box would be on the first screen', () => {
    // jsdom's window is 768 px tall.
    for (const heldTop of [0, 700, 768]) {
      const p = startPage({ ...page, heldTop });
      p.parsed();
      expect(p.body()).toBe(WHOLE);
    }
    const below = startPage({ ...page, heldTop: 769 });
    below.parsed();
    expect(below.body()).toBe(HELD);
  });

  it('is put in place before the first paint when the address points into the page', () => {
    const p = startPage({ ...page, url: 'http://app.test/planer/x#later', heldTop: BELOW });
    p.parsed();
    expect(p.body()).toBe(WHOLE);
  });

  it('is put in place before the first paint when the browser restores a scroll position', () => {
    for (const navigation of ['reload', 'back_forward'] as const) {
      const p = startPage({ ...page, navigation, heldTop: BELOW });
      p.parsed();
      expect(p.body()).toBe(WHOLE);
    }
  });

  it('is left to the app on another path, where the app draws the page afresh', () => {
    const p = startPage({ ...page, url: 'http://app.test/om-data', heldTop: BELOW });
    p.parsed();
    p.fireTimers();
    expect(p.html.hasAttribute('data-shell')).toBe(true);
    expect(p.body()).toBe(HELD);
  });
});
