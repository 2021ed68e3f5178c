import { ImportError, type ImportConfig, type ImportTarget } from './config';
import { requestText, type HttpOptions } from './http';
import { addRow, columnIndex, emptyRows, exactly, type Rows } from './rows';

/**
 * Jobindsats API v2 (STAR): a table's metadata, then one data request per
 * area. The key goes in the Authorization header as it is; the request kept
 * as provenance is the URL alone.
 */

type Variable = { Name?: string; Label?: string };
type DataResponse = { Variables?: Variable[]; Data?: unknown[][] }[];

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ImportError(`${what} svarede ikke med JSON, men: «${text.slice(0, 120)}». Intet er skrevet.`);
  }
}

/** The names a metadata document lists under a key like "Areas"/"Periods" (strings or {Name|Label}). */
function listUnder(meta: unknown, key: RegExp): string[] | undefined {
  const root = Array.isArray(meta) ? meta[0] : meta;
  if (!root || typeof root !== 'object') return undefined;
  const entry = Object.entries(root).find(([k, v]) => key.test(k) && Array.isArray(v));
  if (!entry) return undefined;
  return (entry[1] as unknown[]).map((v) =>
    typeof v === 'object' && v !== null
      ? String((v as Record<string, unknown>).Name ?? (v as Record<string, unknown>).Label ?? '')
      : String(v),
  );
}

function readable(url: URL): string {
  return `GET ${url.origin}${decodeURIComponent(url.pathname)}?${decodeURIComponent(url.searchParams.toString()).replace(/\+/g, ' ')}`;
}

export async function fetchJobindsats(
  config: ImportConfig,
  target: ImportTarget,
  key: string,
  http: HttpOptions,
): Promise<Rows & { latest?: string }> {
  const base = config.jobindsats.baseUrl.replace(/\/$/, '');
  const init = { headers: { Authorization: key, Accept: 'application/json' } };
  const options = { ...http, sourceName: 'Jobindsats', secret: key };
  const metaText = await requestText(`${base}/tables/${encodeURIComponent(target.table)}/json`, init, options);
  const meta = parseJson(metaText, `Jobindsats (tabel ${target.table})`);
  const knownAreas = listUnder(meta, /area|omr/i);
  const periods = listUnder(meta, /period/i);
  const out: Rows & { latest?: string } = { ...emptyRows(), latest: periods?.at(-1) };

  for (const area of config.jobindsats.areas) {
    if (knownAreas && !knownAreas.some((a) => a.toLowerCase() === area.toLowerCase())) {
      out.rejected.push({ where: `${target.table} ${area}`, reason: 'området findes ikke i tabellens metadata' });
      continue;
    }
    const url = new URL(`${base}/data/${encodeURIComponent(target.table)}/json`);
    url.searchParams.set('area', area);
    url.searchParams.set('period', target.period);
    url.searchParams.set('measurement', target.measurement);
    const request = readable(url);
    const body = parseJson(await requestText(url.href, init, options), `Jobindsats (${target.table}, ${area})`);
    const table = (Array.isArray(body) ? body[0] : undefined) as DataResponse[number] | undefined;
    if (!table?.Variables || !table.Data) {
      throw new ImportError(
        `Jobindsats (${target.table}, ${area}) svarede uden «Variables» og «Data». Intet er skrevet.`,
      );
    }
    const names = table.Variables.map((v) => v.Name ?? '');
    const labels = table.Variables.map((v) => v.Label ?? '');
    const find = (re: RegExp) => (columnIndex(names, re) >= 0 ? columnIndex(names, re) : columnIndex(labels, re));
    const areaCol = find(/^(område|omraade|area)/i);
    const periodCol = find(/^(periode|period|tid)/i);
    const valueCol = find(exactly(target.measurement));
    if (areaCol < 0 || periodCol < 0 || valueCol < 0) {
      out.rejected.push({
        where: `${target.table} ${area}`,
        reason: `svaret har ikke kolonnerne område, periode og «${target.measurement}» (fik: ${labels.join(', ')})`,
      });
      continue;
    }
    for (const row of table.Data) {
      const cells = { area: String(row[areaCol] ?? ''), period: String(row[periodCol] ?? ''), value: row[valueCol] };
      addRow(out, config, target.table, cells, request);
    }
  }
  return out;
}
