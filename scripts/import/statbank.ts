import { z } from 'zod';
import { ImportError } from './config';
import { type ImportConfig, type StatbankTable } from '../../data/import-config-schema';
import { parseJson, requestText, type HttpOptions } from './http';
import type { MeasureInput } from './merge';
import { parseDelimited } from './parse';
import { addRow, emptyRows, RejectionLog, requireColumns } from './rows';
import { isoDate } from './jobindsats';

/**
 * Danmarks Statistik's Statistikbank API v1 (no key). Before any data is
 * fetched, GET /tableinfo/{table} is read and every configured variable and
 * value checked against it: an unknown code stops the import with the valid
 * ones listed, so a wrong configuration can never fetch the wrong series.
 * Data comes from POST /data as BULK (semicolon-separated, codes, decimal
 * point). Licence CC BY 4.0: the app shows «Kilde: Danmarks Statistik».
 */

const tableInfoSchema = z.looseObject({
  id: z.string(),
  updated: z.string().optional(),
  variables: z.array(
    z.looseObject({
      id: z.string(),
      text: z.string().optional(),
      time: z.boolean().optional(),
      values: z.array(z.looseObject({ id: z.string(), text: z.string().optional() })),
    }),
  ),
});
type TableInfo = z.output<typeof tableInfoSchema>;

export type StatbankResult = { inputs: MeasureInput[]; rejected: RejectionLog; notes: string[]; latest?: string };

function listValues(values: TableInfo['variables'][number]['values'], max = 12): string {
  const shown = values.slice(0, max).map((v) => (v.text ? `${v.id} (${v.text})` : v.id));
  return shown.join(', ') + (values.length > max ? ` … (${values.length} i alt)` : '');
}

/** Every configured variable and value must exist in the table; otherwise say which are valid. */
export function checkAgainstTableInfo(t: StatbankTable, info: TableInfo): void {
  const wanted: Record<string, string[]> = { [t.areaVariable]: t.areas, [t.timeVariable]: t.time };
  for (const m of t.measures) {
    for (const [code, value] of Object.entries(m.variables))
      wanted[code] = [...new Set([...(wanted[code] ?? []), value])];
  }
  const problems: string[] = [];
  for (const [code, values] of Object.entries(wanted)) {
    const variable = info.variables.find((v) => v.id.toLowerCase() === code.toLowerCase());
    if (!variable) {
      problems.push(
        `variablen «${code}» findes ikke; tabellen har ${info.variables.map((v) => `«${v.id}»`).join(', ')}`,
      );
      continue;
    }
    const unknown = values.filter((v) => v !== '*' && !variable.values.some((x) => x.id === v));
    if (unknown.length > 0) {
      problems.push(
        `${code}: ${unknown.map((u) => `«${u}»`).join(', ')} findes ikke; gyldige værdier er ${listValues(variable.values)}`,
      );
    }
  }
  if (problems.length > 0) {
    throw new ImportError(
      `Statistikbanken ${t.table}: konfigurationen passer ikke til tabellen, så intet er hentet:\n  ${problems.join('\n  ')}\nRet koderne i data/import-config.json.`,
    );
  }
}

export async function fetchStatbankTable(
  config: ImportConfig,
  t: StatbankTable,
  http: HttpOptions,
  today: string,
): Promise<StatbankResult> {
  const base = config.statistikbanken.baseUrl.replace(/\/$/, '');
  const options = { ...http, sourceName: 'Statistikbanken' };
  const infoUrl = `${base}/tableinfo/${encodeURIComponent(t.table)}?format=JSON&lang=da`;
  const infoBody = parseJson(
    await requestText(infoUrl, { headers: { Accept: 'application/json' } }, options),
    `Statistikbanken (${t.table})`,
  );
  const parsed = tableInfoSchema.safeParse(infoBody);
  if (!parsed.success)
    throw new ImportError(
      `Statistikbanken (${t.table}) svarede med en tabelbeskrivelse i et ukendt format. Intet er skrevet.`,
    );
  checkAgainstTableInfo(t, parsed.data);
  const published = isoDate(parsed.data.updated);
  const result: StatbankResult = { inputs: [], rejected: new RejectionLog(), notes: [] };

  for (const m of t.measures) {
    const variables = [
      { code: t.areaVariable, values: t.areas },
      ...Object.entries(m.variables).map(([code, value]) => ({ code, values: [value] })),
      { code: t.timeVariable, values: t.time },
    ];
    const body = { table: t.table, format: 'BULK', lang: 'da', valuePresentation: 'Code', variables };
    const text = await requestText(
      `${base}/data`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'text/csv' },
        body: JSON.stringify(body),
      },
      options,
    );
    if (!text.split(/\r?\n/, 1)[0]!.includes(';')) {
      throw new ImportError(
        `Statistikbanken (${t.table}) svarede ikke med semikolon-separerede data, men: «${text.slice(0, 120)}». Intet er skrevet.`,
      );
    }
    const [header = [], ...data] = parseDelimited(text, ';');
    const [area, time, value] = requireColumns(
      header,
      [t.areaVariable, t.timeVariable, 'INDHOLD'],
      `Statistikbanken ${t.table}`,
    );
    const out = emptyRows();
    data.forEach((row, i) =>
      addRow(out, { config, unit: m.unit, format: { decimal: '.' } }, `${t.table} række ${i + 2}`, {
        area: row[area!] ?? '',
        period: row[time!] ?? '',
        value: row[value!],
      }),
    );
    const newest = out.rows
      .map((r) => r.period)
      .sort()
      .at(-1);
    result.latest = newest;
    result.rejected.absorb(out.rejected);
    result.inputs.push({
      measure: { source: 'statistikbanken', table: t.table, id: m.id, indicatorId: m.indicatorId, unit: m.unit },
      retrieval: {
        provenance: {
          kind: 'official',
          source: 'statistikbanken',
          table: t.table,
          measurement: m.measurement,
          request: `POST ${base}/data ${JSON.stringify(body)}`,
          retrieved: today,
          ...(published ? { published } : {}),
        },
        ...(newest ? { newest } : {}),
      },
      breaks: [],
      rows: out.rows,
    });
  }
  return result;
}
