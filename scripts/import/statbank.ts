import { ImportError, type ImportConfig, type ImportTarget } from './config';
import { requestText, type HttpOptions } from './http';
import { parseSemicolonCsv } from './parse';
import { addRow, columnIndex, emptyRows, exactly, type Rows } from './rows';

/**
 * Danmarks Statistik's Statbank API v1: GET /data/{table}/CSV with the
 * variables as parameters (no key). Codes, not texts, so areas arrive as
 * 183/187/000 and periods as 2024M01; ".." marks a suppressed value.
 */
export async function fetchStatbank(config: ImportConfig, target: ImportTarget, http: HttpOptions): Promise<Rows> {
  const base = config.statistikbanken.baseUrl.replace(/\/$/, '');
  const areaVariable = target.areaVariable ?? 'OMRÅDE';
  const url = new URL(`${base}/data/${encodeURIComponent(target.table)}/CSV`);
  url.searchParams.set('lang', 'da');
  url.searchParams.set('valuePresentation', 'Code');
  url.searchParams.set(areaVariable, config.statistikbanken.areas.join(','));
  for (const [name, value] of Object.entries(target.variables ?? {})) url.searchParams.set(name, value);
  url.searchParams.set('Tid', target.period);
  const request = `GET ${url.origin}${decodeURIComponent(url.pathname)}?${decodeURIComponent(url.searchParams.toString())}`;

  const text = await requestText(
    url.href,
    { headers: { Accept: 'text/csv' } },
    { ...http, sourceName: 'Statistikbanken' },
  );
  if (!text.split(/\r?\n/, 1)[0]!.includes(';')) {
    throw new ImportError(
      `Statistikbanken (${target.table}) svarede ikke med CSV, men: «${text.slice(0, 120)}». Intet er skrevet.`,
    );
  }
  const [header = [], ...data] = parseSemicolonCsv(text);
  const out = emptyRows();
  const areaCol = columnIndex(header, exactly(areaVariable));
  const periodCol = columnIndex(header, /^tid$/i);
  const valueCol = columnIndex(header, exactly(target.valueColumn ?? 'INDHOLD'));
  if (areaCol < 0 || periodCol < 0 || valueCol < 0) {
    out.rejected.push({
      where: target.table,
      reason: `svaret har ikke kolonnerne ${areaVariable}, TID og ${target.valueColumn ?? 'INDHOLD'} (fik: ${header.join(', ')})`,
    });
    return out;
  }
  for (const row of data) {
    addRow(
      out,
      config,
      target.table,
      { area: row[areaCol] ?? '', period: row[periodCol] ?? '', value: row[valueCol] },
      request,
    );
  }
  return out;
}
