import { describe, expect, it } from 'vitest';
import { APP, startPage } from '../test/page-start-harness';
import { appFiles, deferAppScripts } from './page-start';

const CODE = [
  'modulepreload /assets/vendor-b.js',
  'modulepreload /assets/client-c.js',
  'script module /assets/index-a.js',
];

describe('a prerendered page on its own path', () => {
  it('asks for nothing until its figures are painted, then for its code, in a task after the paint', () => {
    const page = startPage({ url: 'http://app.test/planer/x', route: '/planer/x' });
    expect(page.requested()).toEqual([]);
    page.paint('first-paint');
    expect(page.requested()).toEqual([]);
    page.paint();
    expect(page.requested()).toEqual([]);
    page.fireTimers();
    expect(page.requested()).toEqual([...CODE]);
    expect(page.disconnected()).toBe(true);
    expect(page.html.hasAttribute('data-shell')).toBe(false);
  });

  it('asks once, however many times the paint and the fallback come', () => {
    const page = startPage({ url: 'http://app.test/planer/x/', route: '/planer/x' });
    page.paint();
    page.fireTimers();
    page.paint();
    expect(page.requested()).toEqual([...CODE]);
  });

  it('runs its code only once the document is parsed, though painted before', () => {
    const page = startPage({ url: 'http://app.test/planer/x', route: '/planer/x', loading: true });
    page.paint();
    page.fireTimers();
    expect(page.requested()).toEqual([...CODE.slice(0, 2)]);
    page.parsed();
    expect(page.requested()).toEqual([...CODE]);
  });

  it('starts anyway a while after parsing when no paint is reported', () => {
    const page = startPage({ url: 'http://app.test/planer/x', route: '/planer/x' });
    page.fireTimers();
    expect(page.requested()).toEqual([]);
    page.fireTimers();
    expect(page.requested()).toEqual([...CODE]);
  });

  it('starts at once in a hidden tab, which paints nothing, or where paints are not reported', () => {
    for (const setup of [{ hidden: true }, { paintSupported: false }]) {
      const page = startPage({ url: 'http://app.test/planer/x', route: '/planer/x', ...setup });
      page.fireTimers();
      expect(page.requested()).toEqual([...CODE]);
    }
  });
});

describe('any other page', () => {
  it('is a shell on another path or with a query, loading its code at once and no bundle', () => {
    for (const url of ['http://app.test/om-data', 'http://app.test/planer/x?omraade=ishoej']) {
      const page = startPage({ url, route: '/planer/x' });
      expect(page.html.hasAttribute('data-shell')).toBe(true);
      expect(page.requested()).toEqual(CODE);
    }
  });

  it('loads its code at once in a build without prerendered pages (no data-route), and is no shell', () => {
    const page = startPage({ url: 'http://app.test/skaerm' });
    expect(page.html.hasAttribute('data-shell')).toBe(false);
    expect(page.requested()).toEqual(CODE);
  });
});

const VITE_HTML = `<!doctype html>
<html lang="da">
  <head>
    <title>Pejlemærke</title>
    <script type="module" crossorigin src="/assets/index-a.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/vendor-b.js">
    <link rel="modulepreload" crossorigin href="/assets/client-c.js">
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('deferAppScripts', () => {
  it('moves the module script and its preloads into <html data-app>, entry first', () => {
    const html = deferAppScripts(VITE_HTML);
    expect(html).not.toMatch(/<script|modulepreload/);
    expect(html).toContain(`<html lang="da" data-app="${APP}">`);
    expect(appFiles(html)).toEqual(APP.split(' '));
  });

  it('refuses a page without exactly one entry, which would load no code or the wrong one', () => {
    expect(() => deferAppScripts(VITE_HTML.replace(/<script[^>]*><\/script>/, ''))).toThrow(/præcis ét/);
    const twice = VITE_HTML.replace('</head>', '<script type="module" crossorigin src="/assets/x.js"></script></head>');
    expect(() => deferAppScripts(twice)).toThrow(/præcis ét/);
  });
});
