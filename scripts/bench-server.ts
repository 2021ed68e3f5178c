import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serverUrl } from './server-url';

/**
 * One local server for the bench, with gzip as a real host would send it:
 * a build's dist/ (unknown paths get index.html, as a single-page app
 * needs), and optionally the plain pages under /plain/… from the same
 * origin, so the app and its physical limit meet the same server.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

export type BenchServer = { url: string; close: () => Promise<void> };

export async function serveForBench(dist: string, plain?: ReadonlyMap<string, string>): Promise<BenchServer> {
  const zipped = new Map<string, Buffer>();
  const send = (req: IncomingMessage, res: ServerResponse, key: string, body: () => Buffer, type: string) => {
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const raw = gzip ? (zipped.get(key) ?? zipped.set(key, gzipSync(body(), { level: 6 })).get(key)!) : body();
    res.writeHead(200, {
      'content-type': type,
      'content-length': raw.length,
      'cache-control': 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    res.end(raw);
  };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (plain && path.startsWith('/plain')) {
      const page = plain.get(path.slice('/plain'.length) || '/');
      if (page === undefined) return void res.writeHead(404).end();
      return send(req, res, `plain:${path}`, () => Buffer.from(page), TYPES['.html']!);
    }
    const file = join(dist, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    const page = join(file, 'index.html');
    // A file; else a prerendered page's folder (dist/planer/<id>/index.html); else the app's shell.
    const found = existsSync(file) && statSync(file).isFile() ? file : existsSync(page) ? page : undefined;
    // An asset or API file that is missing is a 404; any other path is a route of the app.
    if (!found && (path.startsWith('/assets/') || path.startsWith('/api/'))) return void res.writeHead(404).end();
    const served = found ?? join(dist, 'index.html');
    send(req, res, served, () => readFileSync(served), TYPES[extname(served)] ?? 'application/octet-stream');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: serverUrl({ httpServer: server }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
