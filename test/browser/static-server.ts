import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/**
 * A static server for the built app that a test can take down (every
 * connection refused, as when the network is gone) and whose files it can
 * replace (a new build deployed). Nothing may be served from the HTTP cache
 * without asking: only the service worker can answer while the server is down.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

export type StaticServer = {
  url: string;
  /** Serves `body` for `path` (relative to the root) from now on. */
  replace(path: string, body: string): void;
  /** Never answers the next request for `path` (one that hangs on a bad network), and resolves when it comes. */
  hang(path: string): Promise<void>;
  close(): Promise<void>;
};

export async function startStaticServer(root: string): Promise<StaticServer> {
  const replaced = new Map<string, string>();
  const hanging = new Map<string, () => void>();
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '');
      const file = path === '' || !extname(path) ? 'index.html' : path;
      const hang = hanging.get(file);
      hanging.delete(file);
      if (hang) return hang();
      try {
        const body = replaced.get(file) ?? (await readFile(join(root, file)));
        response.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-cache',
        });
        response.end(body);
      } catch {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Ikke fundet');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    replace: (path, body) => replaced.set(path, body),
    hang: (path) => new Promise((resolve) => hanging.set(path, resolve)),
    close: () =>
      (closed ??= new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Open keep-alive connections would otherwise still answer.
        server.closeAllConnections();
      })),
  };
}

/** A server of `root` for each test (so its own origin, worker and storage), closed after the test. */
export function setupStaticServer(root: string): () => StaticServer {
  let server: StaticServer;
  beforeEach(async () => {
    server = await startStaticServer(root);
  });
  afterEach(async () => {
    await server.close();
  });
  return () => server;
}
