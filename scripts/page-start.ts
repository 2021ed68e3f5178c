import { AFTER_FIRST_PAINT_ATTRIBUTE } from '../src/lib/first-screen';

/**
 * How a built page starts: the one inline script (allowed by its hash in the
 * policy, scripts/security-plugin.ts) and the build step that hands it the
 * app's files instead of script tags.
 *
 * A prerendered page (scripts/prerender.ts) is its figures in HTML. Its code
 * is asked for only once that HTML has been painted and parsed: fetched,
 * compiled and run before, it competed with the first paint (measured in
 * `npm run bench`: 1.9× the plain page at 1× CPU with the scripts in the
 * head, 1.5× without), and a phone on a slow network spent its bandwidth on
 * code before the figures were on screen (Lighthouse counts every request
 * begun before the first paint into it). Its page bundle is not preloaded
 * here: the code fetches it in a worker (src/lib/bundle-fetch.ts), as a
 * response the page reads costs the page's thread time for every chunk.
 *
 * What the page holds back until its first paint (src/components/after-first-paint.tsx) it puts in place
 * in the task after that paint, before the code (which hydrates the whole page); and at once, before the
 * paint, where the reader would miss it: where a held-back box is on the first screen, when the address
 * points into the page, or when the browser restores a scroll position.
 *
 * Any other page – another path, for which index.html is the shell, or a
 * query the prerender did not see – is marked <html data-shell> before its
 * body is drawn (the CSS hides the prerendered figures, which are not this
 * page's), and loads its code at once: the app draws it.
 *
 * The app's files come from <html data-app>: the entry first, then the
 * modules it imports (preloaded, so they arrive together, not one import
 * after another). The entry runs once the document is parsed, as a module
 * script in the head would.
 */

// No "<" in it: the page's HTML holds it as is, and a check of the build reads inline scripts up to the first "<".
export const PAGE_START_SCRIPT = `(function () {
  var d = document, h = d.documentElement;
  var route = h.getAttribute('data-route');
  var app = (h.getAttribute('data-app') || '').split(' ').filter(Boolean);
  var trim = function (p) { return p.replace(/\\/+$/, ''); };
  var add = function (tag, props) {
    var e = d.createElement(tag);
    for (var k in props) e[k] = props[k];
    d.head.appendChild(e);
  };
  var parsed = function (run) {
    if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', run, { once: true });
    else run();
  };
  var code = function () {
    app.slice(1).forEach(function (href) { add('link', { rel: 'modulepreload', crossOrigin: 'anonymous', href: href }); });
    if (app.length) parsed(function () { add('script', { type: 'module', crossOrigin: 'anonymous', src: app[0] }); });
  };
  var own = route !== null && !location.search && trim(location.pathname) === trim(route);
  if (!own) {
    if (route !== null) h.setAttribute('data-shell', '');
    code();
    return;
  }
  // What lies below the first screen waits as the text of a noscript for the first paint
  // (src/components/after-first-paint.tsx): parsed here, once, into the elements it stands for.
  var held = function () { return [].slice.call(d.querySelectorAll('[${AFTER_FIRST_PAINT_ATTRIBUTE}]')); };
  var unwrap = function () {
    held().forEach(function (box) {
      var t = box.firstElementChild;
      if (!t || t.localName !== 'noscript') return;
      var parse = d.createElement('template');
      parse.innerHTML = t.textContent;
      box.replaceWith(parse.content);
    });
  };
  // At once where the reader would miss it: where a held-back box is on the first screen (a tall window), when
  // the address points into the page, or when the browser restores a scroll position (reload, back).
  parsed(function () {
    var nav = performance.getEntriesByType ? performance.getEntriesByType('navigation')[0] : undefined;
    var onScreen = function (box) { return innerHeight >= box.getBoundingClientRect().top; };
    if (location.hash || (nav && nav.type !== 'navigate') || held().some(onScreen)) unwrap();
  });
  var started = false, painted = false;
  var start = function () {
    if (started || !painted) return;
    started = true;
    // A task of its own, after the paint's: each element that starts a request costs the page's thread a few
    // milliseconds. The held-back content first: the app hydrates the whole page.
    setTimeout(function () { parsed(unwrap); code(); }, 0);
  };
  var paint = function () { painted = true; start(); };
  var P = window.PerformanceObserver, types = P && P.supportedEntryTypes;
  if (d.visibilityState === 'hidden' || !types || types.indexOf('paint') === -1) paint();
  else {
    new P(function (list, observer) {
      if (list.getEntriesByName('first-contentful-paint').length) { observer.disconnect(); paint(); }
    }).observe({ type: 'paint', buffered: true });
    parsed(function () { setTimeout(paint, 3000); });
  }
})();`;

const MODULE_SCRIPT = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g;
const MODULE_PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/**
 * Moves the build's module script and module preloads (none, as vite.config.ts
 * builds it) into <html data-app> (entry first), for PAGE_START_SCRIPT to
 * load. The first paint waits for neither; a page without the script would
 * load no code, so a page without exactly one entry is refused.
 */
export function deferAppScripts(html: string): string {
  const entries = [...html.matchAll(MODULE_SCRIPT)].map((m) => m[1]!);
  if (entries.length !== 1) throw new Error(`index.html skal have præcis ét modulscript, har ${entries.length}`);
  const preloads = [...html.matchAll(MODULE_PRELOAD)].map((m) => m[1]!);
  const files = [...entries, ...preloads];
  if (files.some((f) => /[\s"<>&]/.test(f))) throw new Error(`Et filnavn kan ikke stå i data-app: ${files.join(', ')}`);
  const tag = /<html lang="da">/;
  if (!tag.test(html)) throw new Error('index.html har ikke <html lang="da">');
  return html
    .replace(MODULE_SCRIPT, '')
    .replace(MODULE_PRELOAD, '')
    .replace(tag, `<html lang="da" data-app="${files.join(' ')}">`);
}

/** The app's files a built page loads before anything else (entry first), from its <html data-app>. */
export function appFiles(html: string): string[] {
  const list = /<html[^>]* data-app="([^"]*)"/.exec(html)?.[1];
  if (list === undefined) throw new Error('Siden har intet data-app');
  return list.split(' ').filter(Boolean);
}
