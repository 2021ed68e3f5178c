import { createHash } from 'node:crypto';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/**
 * The production build's security: a strict Content-Security-Policy in
 * index.html (the same policy the server should send as a header; see the
 * README), and no development files in dist/ (the mock API's worker).
 *
 * The policy allows only the app's own origin: no inline style and no inline
 * script but the one route check below (by its hash),
 * no eval (zod runs jitless, see src/contract/zod-config.ts), images from the
 * app and data: URLs, and the API's origin when VITE_API_BASE_URL points
 * elsewhere. The dev server gets none: Vite's hot reload injects inline code.
 */

/**
 * The one inline script, allowed by its hash (not by 'unsafe-inline'). A
 * prerendered page (scripts/prerender.ts) says in <html data-route> which
 * path it was rendered for; index.html is also every other path's shell.
 * Before the body is drawn, this marks a page shown for another path (or
 * with a query, which the prerender did not see) as a shell, and the CSS
 * keeps the prerendered figures hidden until the app has replaced them; on
 * its own path it starts loading the page's bundle (<html data-preload>) at
 * once, so another path never downloads a bundle it does not use.
 */
export const ROUTE_CHECK_SCRIPT =
  "(function(){var h=document.documentElement,r=h.getAttribute('data-route'),b=h.getAttribute('data-preload'),t=function(p){return p.replace(/\\/+$/,'')};if(r===null)return;if(location.search||t(location.pathname)!==t(r)){h.setAttribute('data-shell','');return}if(b){var l=document.createElement('link');l.rel='preload';l.as='fetch';l.crossOrigin='anonymous';l.href=b;document.head.appendChild(l)}})()";

const ROUTE_CHECK_HASH = `'sha256-${createHash('sha256').update(ROUTE_CHECK_SCRIPT).digest('base64')}'`;

export function contentSecurityPolicy(apiBase: string | undefined): string {
  const api = apiBase && /^https?:\/\//.test(apiBase) ? ` ${new URL(apiBase).origin}` : '';
  return [
    "default-src 'self'",
    `script-src 'self' ${ROUTE_CHECK_HASH}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${api}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** What only the header can say (a meta tag cannot): who may frame the app. */
export const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'none'";

export const SECURITY_HEADERS = (apiBase: string | undefined): Record<string, string> => ({
  'Content-Security-Policy': `${contentSecurityPolicy(apiBase)}; ${HEADER_ONLY_DIRECTIVES}`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
});

export function securityPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'pejlemaerke-security',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        // Before the stylesheet: an inline script after one waits for it, and the parser with it.
        const at = html.indexOf('<link rel="stylesheet"');
        if (at < 0) throw new Error('index.html har intet stylesheet at sætte rutetjekket foran');
        return {
          html: `${html.slice(0, at)}<script>${ROUTE_CHECK_SCRIPT}</script>\n    ${html.slice(at)}`,
          tags: [
            {
              tag: 'meta',
              attrs: {
                'http-equiv': 'Content-Security-Policy',
                content: contentSecurityPolicy(config.env.VITE_API_BASE_URL),
              },
              injectTo: 'head-prepend',
            },
          ],
        };
      },
    },
    closeBundle() {
      const outDir = join(config.root, config.build.outDir);
      // public/ holds the mock API's worker for the dev server; a production build ships none of it.
      const worker = join(outDir, 'mockServiceWorker.js');
      if (existsSync(worker) && process.env.KEEP_MOCK_WORKER !== 'true') rmSync(worker);
      // The headers for hosts that read a _headers file (Netlify, Cloudflare Pages); nginx: see the README.
      const headers = Object.entries(SECURITY_HEADERS(config.env.VITE_API_BASE_URL)).map(([k, v]) => `  ${k}: ${v}`);
      writeFileSync(join(outDir, '_headers'), `/*\n${headers.join('\n')}\n`);
    },
  };
}
