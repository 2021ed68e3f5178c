import { JSDOM } from 'jsdom';
import { PAGE_START_SCRIPT } from '../scripts/page-start';

/*
 * A built page in jsdom with its start script (scripts/page-start.ts) run in it: the paint, the fallback
 * timer, the end of parsing and the place of the held-back boxes are the test's to set.
 */

export const APP = '/assets/index-a.js /assets/vendor-b.js /assets/client-c.js';

type Setup = {
  url: string;
  route?: string;
  paintSupported?: boolean;
  hidden?: boolean;
  loading?: boolean;
  /** The body's HTML. */
  body?: string;
  /** How the page was reached (the navigation timing's type). */
  navigation?: 'navigate' | 'reload' | 'back_forward';
  /** Where each held-back box's top is, in px from the window's top (jsdom has no layout). */
  heldTop?: number;
};

/** A built page in jsdom with the start script run in it; paint and the fallback timer are the test's to fire. */
export function startPage(setup: Setup) {
  const { url, route, paintSupported = true, hidden = false, loading = false, body = '' } = setup;
  const attrs = route === undefined ? '' : ` data-route="${route}"`;
  const dom = new JSDOM(
    `<!doctype html><html lang="da"${attrs} data-app="${APP}"><head></head><body>${body}</body></html>`,
    {
      url,
      // Scripting on, as in a browser with JavaScript: a noscript's content is its text.
      runScripts: 'dangerously',
    },
  );
  const { window } = dom;
  let onPaint: ((list: { getEntriesByName: (n: string) => unknown[] }, o: { disconnect: () => void }) => void) | null =
    null;
  let disconnected = false;
  const timers: (() => void)[] = [];
  class FakeObserver {
    static supportedEntryTypes = paintSupported ? ['paint', 'largest-contentful-paint'] : ['mark'];
    constructor(callback: typeof onPaint) {
      onPaint = callback;
    }
    observe() {}
  }
  Object.assign(window, {
    PerformanceObserver: FakeObserver,
    setTimeout: (fn: () => void) => timers.push(fn),
  });
  Object.defineProperty(window.performance, 'getEntriesByType', {
    value: (type: string) => (type === 'navigation' ? [{ type: setup.navigation ?? 'navigate' }] : []),
  });
  window.HTMLElement.prototype.getBoundingClientRect = function () {
    return new window.DOMRect(0, this.matches('[data-after-first-paint]') ? (setup.heldTop ?? 0) : 0, 0, 0);
  };
  Object.defineProperty(window.document, 'visibilityState', { value: hidden ? 'hidden' : 'visible' });
  // jsdom's own readyState moves on by itself after construction: the test says where parsing is.
  Object.defineProperty(window.document, 'readyState', {
    value: loading ? 'loading' : 'interactive',
    configurable: true,
  });
  window.eval(PAGE_START_SCRIPT);
  const head = window.document.head;
  return {
    html: window.document.documentElement,
    body: () => window.document.body.innerHTML,
    requested: () =>
      [...head.querySelectorAll('link, script')].map((e) =>
        e.tagName === 'SCRIPT'
          ? `script ${(e as HTMLScriptElement).type} ${new URL((e as HTMLScriptElement).src).pathname}`
          : `${(e as HTMLLinkElement).rel} ${new URL((e as HTMLLinkElement).href).pathname}`,
      ),
    paint: (name = 'first-contentful-paint') =>
      onPaint!({ getEntriesByName: (n) => (n === name ? [{}] : []) }, { disconnect: () => (disconnected = true) }),
    disconnected: () => disconnected,
    fireTimers: () => timers.splice(0).forEach((fn) => fn()),
    parsed: () => {
      Object.defineProperty(window.document, 'readyState', { value: 'interactive' });
      window.document.dispatchEvent(new window.Event('DOMContentLoaded'));
    },
  };
}
