import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseImportConfig, type ImportConfig } from '../../data/import-config-schema';

/**
 * A stand-in for api.jobindsats.dk/v3 and api.statbank.dk/v1 on 127.0.0.1
 * for the tests. It answers in the services' shapes, with made-up numbers
 * (a few fixed where tests compare them with the documents), refuses
 * anything but `Authorization: Bearer <key>`, and can be told to fail the
 * next requests in every way the real ones do.
 */

export const TEST_KEY = 'test-nøgle-123';

/** `none` answers normally: it lets a later fault land on a later request. */
export type Fault =
  'none' | 'timeout' | 'stall' | '429' | '500' | '503' | '401' | '403' | 'bad-key' | 'not-json' | 'renamed';

export type FixtureServer = {
  url: string;
  /** Every request the server saw: method, path with query, Authorization header, body. */
  requests: { method: string; url: string; authorization?: string; body: string }[];
  /** The next requests fail like this, in order; then answers resume. */
  failNext: (...faults: Fault[]) => void;
  close: () => Promise<void>;
};

const config = (() => {
  const parsed = parseImportConfig(
    JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'import-config.json'), 'utf8')),
  );
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.config;
})();

/** The months the fake Jobindsats has: Aug 2021 – Jul 2026, like the archive. */
export const FAKE_MONTHS = Array.from({ length: 60 }, (_, i) => {
  const m = 2021 * 12 + 7 + i;
  return `${Math.floor(m / 12)}M${String((m % 12) + 1).padStart(2, '0')}`;
});
const QMAT = ['2025QMAT03', '2025QMAT04', '2026QMAT01', '2026QMAT02'];
const KOMMUNER = ['Ishøj', 'Vallensbæk Kommune', 'Albertslund'];

/** Fixed cells the tests compare with BP22's figures (653 → 655) and a suppressed one. */
const FIXED: Record<string, number | string> = {
  'y25i01|Fuldtidsledige: Antal fuldtidsledige|I alt|Ishøj|2021M09': 655,
  'y25i01|Fuldtidsledige: Antal fuldtidsledige|Jobparate kontanthjælpsmodtagere|Vallensbæk Kommune|2026M07': '..',
};

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) / 2 ** 32;
}

function value(table: string, column: string, group: string, area: string, period: string): number | string {
  const fixed = FIXED[`${table}|${column}|${group}|${area}|${period}`];
  if (fixed !== undefined) return fixed;
  const h = hash(`${table}|${column}|${group}|${area}|${period}`);
  // Rates come as Danish decimal strings («4,4»), counts as numbers: both occur in the real API.
  return /pct|andel|grad/i.test(column) ? (2 + h * 5).toFixed(1).replace('.', ',') : Math.round(50 + h * 900);
}

function send(res: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8') {
  res.writeHead(status, { 'Content-Type': type });
  res.end(body);
}

function jobindsats(url: URL, res: ServerResponse, renamed: boolean, c: ImportConfig) {
  const path = url.pathname.replace(/^\/jobindsats\/v3\//, '');
  if (url.searchParams.get('format') !== 'json') return send(res, 400, 'format=json mangler', 'text/plain');
  if (path === 'tables') {
    const tables = c.jobindsats.tables.map((t) => ({
      table_id: t.table,
      table_name: t.name,
      update_latest: '2026-11-20',
      update_next: '2026-12-18',
      update_freq: 'Månedlig',
    }));
    return send(res, 200, JSON.stringify([{ subject_name: 'Alle', table_groups: [{ tables }] }]));
  }
  const [, kind, id] = /^(table|data)\/([^/]+)$/.exec(path) ?? [];
  const table = c.jobindsats.tables.find((t) => t.table === id);
  if (!table) return send(res, 404, `Tabellen ${id} findes ikke`, 'text/plain; charset=utf-8');
  const periods = table.period.type === 'QMAT' ? QMAT : FAKE_MONTHS;
  if (kind === 'table') {
    return send(
      res,
      200,
      JSON.stringify({
        periods: [{ periodtype_id: table.period.type, values: periods.map((p) => ({ period_id: p })) }],
      }),
    );
  }
  const latest = /^latest:(\d+)$/.exec(url.searchParams.get(`period.${table.period.type}`) ?? '');
  if (!latest) return send(res, 400, 'Ukendt periodeangivelse', 'text/plain');
  const selection = url.searchParams.get(`hierarchy.${c.jobindsats.areaHierarchy}`);
  const areas = selection === '/' ? ['Hele landet'] : [...KOMMUNER, 'Uoplyst område'];
  const measureColumns = [...new Set(table.measures.map((m) => m.column))];
  const groupColumns = [...new Set(table.measures.flatMap((m) => Object.keys(m.rows)))];
  const groupValues =
    groupColumns.length > 0 ? [...new Set(table.measures.flatMap((m) => Object.values(m.rows)))] : [''];
  const columns = [
    'Periode',
    'Område',
    ...groupColumns,
    ...measureColumns.map((m, i) => (renamed && i === 0 ? `${m} (ny)` : m)),
  ];
  const rows = periods
    .slice(-Number(latest[1]))
    .flatMap((period) =>
      areas.flatMap((area) =>
        groupValues.map((group) => [
          period,
          area,
          ...groupColumns.map(() => group),
          ...measureColumns.map((m) => value(table.table, m, group, area, period)),
        ]),
      ),
    );
  send(res, 200, JSON.stringify({ columns, rows }));
}

const TABLEINFO: Record<string, { id: string; values: string[]; time?: boolean }[]> = {
  AUS08: [
    { id: 'OMRÅDE', values: ['000', '183', '187', '101'] },
    { id: 'SAESONFAK', values: ['9', '10', '11'] },
    { id: 'Tid', values: ['2026M05', '2026M06', '2026M07'], time: true },
  ],
  AUP02: [
    { id: 'OMRÅDE', values: ['000', '183', '187'] },
    { id: 'ALDER', values: ['TOT', '16-24', '25-29'] },
    { id: 'KØN', values: ['TOT', 'M', 'K'] },
    { id: 'Tid', values: ['2026M05', '2026M06', '2026M07'], time: true },
  ],
};

function statbank(url: URL, body: string, res: ServerResponse) {
  const info = /\/v1\/tableinfo\/([^/]+)$/i.exec(url.pathname)?.[1];
  if (info) {
    const variables = TABLEINFO[info.toUpperCase()];
    if (!variables)
      return send(
        res,
        400,
        JSON.stringify({ errorTypeCode: 'TABLE-NOT-FOUND', message: `Tabellen ${info} findes ikke` }),
      );
    return send(
      res,
      200,
      JSON.stringify({
        id: info,
        updated: '2026-11-27T08:00:00',
        variables: variables.map((v) => ({
          id: v.id,
          text: v.id.toLowerCase(),
          time: v.time ?? false,
          values: v.values.map((id) => ({ id, text: id })),
        })),
      }),
    );
  }
  if (!url.pathname.endsWith('/v1/data')) return send(res, 404, 'Ukendt sti', 'text/plain');
  const request = JSON.parse(body) as {
    table: string;
    format: string;
    variables: { code: string; values: string[] }[];
  };
  if (request.format !== 'BULK' && request.format !== 'CSV') return send(res, 400, 'Ukendt format', 'text/plain');
  const variables = TABLEINFO[request.table.toUpperCase()]!;
  const chosen = variables.map((v) => {
    const asked = request.variables.find((x) => x.code === v.id)?.values ?? [];
    return asked.includes('*') ? v.values : asked;
  });
  const header = [...variables.map((v) => v.id.toUpperCase()), 'INDHOLD'].join(';');
  const combos = chosen.reduce<string[][]>((acc, values) => acc.flatMap((a) => values.map((v) => [...a, v])), [[]]);
  const lines = combos.map((combo) => {
    const v = combo.join('|') === '187|9|2026M07' ? '..' : (2 + hash(combo.join('|')) * 4).toFixed(1);
    return [...combo, v].join(';');
  });
  send(res, 200, [header, ...lines].join('\r\n') + '\r\n', 'text/csv; charset=utf-8');
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: FixtureServer['requests'] = [];
  const faults: Fault[] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      requests.push({
        method: req.method ?? 'GET',
        url: req.url ?? '',
        authorization: req.headers.authorization,
        body,
      });
      const fault = faults.shift();
      if (fault === 'timeout') return void hanging.add(res);
      if (fault === 'stall') {
        // Headers and half a body, then nothing: the client's timeout must cover the body too.
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.write('{"columns": [');
        return void hanging.add(res);
      }
      if (fault === '429') {
        res.writeHead(429, { 'Retry-After': '0', 'Content-Type': 'text/plain' });
        return res.end('Too many requests');
      }
      if (fault === '500' || fault === '503') return send(res, Number(fault), 'Serverfejl', 'text/plain');
      if (fault === '401' || fault === '403') return send(res, Number(fault), 'Adgang nægtet', 'text/plain');
      if (fault === 'not-json') return send(res, 200, '<html>Vedligeholdelse</html>', 'text/html');
      if (url.pathname.startsWith('/jobindsats/v3/')) {
        // v3 takes the key as a bearer token; the raw key (as v2 took it) is refused.
        if (fault === 'bad-key' || req.headers.authorization !== `Bearer ${TEST_KEY}`) {
          return send(res, 401, 'Forkert nøgle eller nøglen er udløbet.', 'text/plain; charset=utf-8');
        }
        return jobindsats(url, res, fault === 'renamed', config);
      }
      if (url.pathname.startsWith('/statbank/')) return statbank(url, body, res);
      send(res, 404, 'Ukendt sti', 'text/plain');
    });
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
export function testConfig(serverUrl: string, timeoutMs = 2000): ImportConfig {
  return {
    ...config,
    timeoutMs,
    retries: 2,
    backoffMs: 1,
    jobindsats: { ...config.jobindsats, baseUrl: `${serverUrl}/jobindsats/v3` },
    statistikbanken: { ...config.statistikbanken, baseUrl: `${serverUrl}/statbank/v1` },
  };
}
