import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { deferAppScripts, PAGE_START_SCRIPT } from './page-start.ts';
import { findRouteStyles, ROUTE_STYLES_FILE } from './route-styles.ts';

/**
 * The production build's security: a strict Content-Security-Policy in
 * index.html (the same policy the server should send as a header; see the
 * README), and no development files in dist/ (the mock API's worker).
 *
 * The policy allows only the app's own origin: no inline style but the app's
 * stylesheets (the common one, and those only some prerendered pages carry:
 * scripts/route-styles.ts), and no inline script but the one that starts the page
 * (scripts/page-start.ts; each by its hash),
 * no eval (zod runs jitless, see src/contract/zod-config.ts), images from the
 * app and data: URLs, and the API's origin when VITE_API_BASE_URL points
 * elsewhere. The dev server gets none: Vite's hot reload injects inline code.
 */

/** Where the README's copy of the policy has the stylesheets' hashes, which change with the CSS. */
export const STYLE_HASH_PLACEHOLDER = "'sha256-<stilarkenes hashes>'";

/** A CSP source that allows exactly this inline text. */
export const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const PAGE_START_HASH = cspHash(PAGE_START_SCRIPT);

/**
 * `styleHashes`: the build's stylesheets inlined in pages (see
 * inlineStylesheet and scripts/route-styles.ts); they change whenever the
 * CSS does, so servers take the policy from the build's own header files,
 * not from a copy.
 */
export function contentSecurityPolicy(apiBase: string | undefined, styleHashes: readonly string[] = []): string {
  const api = apiBase && /^https?:\/\//.test(apiBase) ? ` ${new URL(apiBase).origin}` : '';
  return [
    "default-src 'self'",
    `script-src 'self' ${PAGE_START_HASH}`,
    ["style-src 'self'", ...styleHashes].join(' '),
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

/** The build's headers as nginx `add_header` lines, for an nginx server block to `include`. */
export const NGINX_HEADERS_FILE = 'security-headers.nginx.conf';

/** What only the header can say (a meta tag cannot): who may frame the app. */
export const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'none'";

export const SECURITY_HEADERS = (
  apiBase: string | undefined,
  styleHashes?: readonly string[],
): Record<string, string> => ({
  'Content-Security-Policy': `${contentSecurityPolicy(apiBase, styleHashes)}; ${HEADER_ONLY_DIRECTIVES}`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
});

/**
 * The app's stylesheet, written into the page instead of linked: the first
 * paint then waits for the document alone, not for a second request (the
 * bench's first screen, app against plain HTML). It is a few KiB gzip, and
 * the page-specific stylesheets still load with their pages. Returns the
 * page and the stylesheet's text; the file leaves the build, as nothing
 * else refers to it.
 */
function inlineStylesheet(html: string, bundle: Record<string, { type: string; source?: unknown }>, base: string) {
  const link = /<link rel="stylesheet" crossorigin href="([^"]+\.css)">/.exec(html);
  if (!link) throw new Error('index.html har intet stylesheet at indlejre');
  const fileName = link[1]!.slice(base.length);
  const css = assetText(bundle, fileName);
  // The text ends the <style> element only at "</style"; CSS never needs it, so a stylesheet that has it is refused.
  if (/<\/style/i.test(css)) throw new Error(`Stylesheetet ${fileName} indeholder "</style"`);
  delete bundle[fileName];
  return { html: html.replace(link[0], `<style>${css}</style>`), css };
}

/** A stylesheet's text in the build. */
function assetText(bundle: Record<string, { type: string; source?: unknown }>, fileName: string): string {
  const asset = bundle[fileName];
  if (asset?.type !== 'asset') throw new Error(`Stylesheetet ${fileName} er ikke i buildet`);
  return typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source as Uint8Array);
}

/** `_headers` (Netlify, Cloudflare Pages) as header name → value. */
function readHeadersFile(file: string): Record<string, string> {
  const lines = readFileSync(file, 'utf8').split('\n').slice(1);
  return Object.fromEntries(
    lines.map((line) => /^\s+([^:]+):\s*(.*)$/.exec(line)).flatMap((m) => (m ? [[m[1]!, m[2]!]] : [])),
  );
}

export function securityPlugin(): Plugin {
  let config: ResolvedConfig;
  let styleHashes: string[] = [];
  let routeStyles: Record<string, string> = {};
  return {
    name: 'pejlemaerke-security',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html; // the dev server: no policy (Vite's hot reload injects inline code)
        routeStyles = findRouteStyles(ctx.bundle, config.root);
        const routeCss = Object.values(routeStyles).map((file) => assetText(ctx.bundle!, file));
        const inlined = inlineStylesheet(html, ctx.bundle, config.base);
        styleHashes = [inlined.css, ...routeCss].map(cspHash);
        // The app's code is loaded by the page's start script, not by tags the first paint would compete with.
        const page = deferAppScripts(inlined.html);
        // Before the stylesheet: an inline script after one waits for it, and the parser with it.
        const at = page.indexOf('<style>');
        return {
          html: `${page.slice(0, at)}<script>${PAGE_START_SCRIPT}</script>\n    ${page.slice(at)}`,
          tags: [
            {
              tag: 'meta',
              attrs: {
                'http-equiv': 'Content-Security-Policy',
                content: contentSecurityPolicy(config.env.VITE_API_BASE_URL, styleHashes),
              },
              injectTo: 'head-prepend',
            },
          ],
        };
      },
    },
    closeBundle() {
      if (config.command !== 'build') return;
      const outDir = resolve(config.root, config.build.outDir);
      // public/ holds the mock API's worker for the dev server; a production build ships none of it.
      const worker = join(outDir, 'mockServiceWorker.js');
      if (existsSync(worker) && process.env.KEEP_MOCK_WORKER !== 'true') rmSync(worker);
      // The headers for hosts that read a _headers file (Netlify, Cloudflare Pages), and for nginx to include.
      const headers = SECURITY_HEADERS(config.env.VITE_API_BASE_URL, styleHashes);
      const lines = Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`);
      writeFileSync(join(outDir, '_headers'), `/*\n${lines.join('\n')}\n`);
      const nginx = Object.entries(headers).map(([k, v]) => `add_header ${k} "${v}" always;`);
      writeFileSync(join(outDir, NGINX_HEADERS_FILE), `${nginx.join('\n')}\n`);
      // Which file holds each route stylesheet, for the prerender (scripts/route-styles.ts).
      const routeStylesFile = join(outDir, ROUTE_STYLES_FILE);
      mkdirSync(dirname(routeStylesFile), { recursive: true });
      writeFileSync(routeStylesFile, `${JSON.stringify(routeStyles, null, 2)}\n`);
    },
    // `vite preview` (and so the browser tests) sends the headers the build wrote, as a host would.
    configurePreviewServer(server) {
      const file = join(server.config.root, server.config.build.outDir, '_headers');
      const headers = existsSync(file) ? readHeadersFile(file) : SECURITY_HEADERS(server.config.env.VITE_API_BASE_URL);
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        next();
      });
    },
  };
}
