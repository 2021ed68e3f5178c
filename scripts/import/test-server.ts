import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/**
 * A stand-in for api.jobindsats.dk and api.statbank.dk on 127.0.0.1 for the
 * tests: it answers from the recorded responses in test/fixtures/import and
 * can be told to fail the next requests in every way the real ones do.
 */

export const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'import');
export const TEST_KEY = 'test-nøgle-123';

export type Fault = 'timeout' | '429' | '500' | '503' | '401' | '403' | 'bad-key' | 'not-json';

type Table = { Variables: { Name: string }[]; Data: unknown[][] }[];

export type FixtureServer = {
  url: string;
  /** Every request the server saw: method, path with query, Authorization header. */
  requests: { method: string; url: string; authorization?: string }[];
  /** The next requests fail like this, in order; then answers resume. */
  failNext: (...faults: Fault[]) => void;
  close: () => Promise<void>;
};

function send(res: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8') {
  res.writeHead(status, { 'Content-Type': type });
  res.end(body);
}

function jobindsats(url: URL, res: ServerResponse) {
  const [, kind, table] = /\/v2\/(tables|data)\/([^/]+)\/json$/.exec(url.pathname) ?? [];
  let text: string;
  try {
    text = readFileSync(join(FIXTURES, 'jobindsats', kind === 'tables' ? 'tables' : 'data', `${table}.json`), 'utf8');
  } catch {
    return send(res, 404, 'Tabellen findes ikke', 'text/plain; charset=utf-8');
  }
  if (kind === 'tables') return send(res, 200, text);
  const [recorded] = JSON.parse(text) as Table;
  const area = url.searchParams.get('area');
  send(res, 200, JSON.stringify([{ ...recorded!, Data: recorded!.Data.filter((r) => !area || r[0] === area) }]));
}

function statbank(url: URL, res: ServerResponse) {
  const table = /\/v1\/data\/([^/]+)\/CSV$/i.exec(url.pathname)?.[1];
  let text: string;
  try {
    text = readFileSync(join(FIXTURES, 'statbank', `${table}.csv`), 'utf8');
  } catch {
    return send(res, 400, `Tabellen ${table} findes ikke`, 'text/plain; charset=utf-8');
  }
  const [header, ...rows] = text.trim().split(/\r?\n/);
  const areas = url.searchParams.get('OMRÅDE')?.split(',');
  let kept = rows.filter((r) => !areas || areas.includes(r.split(';')[0]!));
  const latest = /^\((\d+)\)$/.exec(url.searchParams.get('Tid') ?? '*');
  if (latest) {
    const periods = [...new Set(kept.map((r) => r.split(';').at(-2)!))].sort().slice(-Number(latest[1]));
    kept = kept.filter((r) => periods.includes(r.split(';').at(-2)!));
  }
  send(res, 200, [header, ...kept].join('\r\n') + '\r\n', 'text/csv; charset=utf-8');
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: FixtureServer['requests'] = [];
  const faults: Fault[] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ method: req.method ?? 'GET', url: req.url ?? '', authorization: req.headers.authorization });
    const fault = faults.shift();
    if (fault === 'timeout') {
      hanging.add(res);
      return;
    }
    if (fault === '429') {
      res.writeHead(429, { 'Retry-After': '0', 'Content-Type': 'text/plain' });
      return res.end('Too many requests');
    }
    if (fault === '500' || fault === '503') return send(res, Number(fault), 'Serverfejl', 'text/plain');
    if (fault === '401' || fault === '403') return send(res, Number(fault), 'Adgang nægtet', 'text/plain');
    if (fault === 'not-json') return send(res, 200, '<html>Vedligeholdelse</html>', 'text/html');
    if (url.pathname.startsWith('/jobindsats/')) {
      if (fault === 'bad-key' || req.headers.authorization !== TEST_KEY) {
        return send(res, 401, 'Forkert nøgle eller nøglen er udløbet.', 'text/plain; charset=utf-8');
      }
      return jobindsats(url, res);
    }
    if (url.pathname.startsWith('/statbank/')) return statbank(url, res);
    send(res, 404, 'Ukendt sti', 'text/plain');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext: (...f) => faults.push(...f),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The real configuration, pointed at the fixture server and quick to give up. */
export function testConfig(serverUrl: string, timeoutMs = 300): unknown {
  const config = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'import-config.json'), 'utf8'));
  return {
    ...config,
    timeoutMs,
    retries: 2,
    backoffMs: 1,
    jobindsats: { ...config.jobindsats, baseUrl: `${serverUrl}/jobindsats/v2` },
    statistikbanken: { ...config.statistikbanken, baseUrl: `${serverUrl}/statbank/v1` },
  };
}
