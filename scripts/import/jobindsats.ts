import { z } from 'zod';
import { describeIssues } from '@/contract';
import { ImportError } from './config';
import { type ImportConfig, type JobindsatsTable } from '../../data/import-config-schema';
import { parseJson, requestText, type HttpOptions } from './http';
import type { MeasureInput } from './merge';
import { toPeriodCode } from './parse';
import { addRow, emptyRows, RejectionLog, requireColumns } from './rows';

/**
 * Jobindsats API v3 (STAR). The key goes in `Authorization: Bearer`, every
 * call asks for `format=json`, and the flow per table is: the table list
 * (publication dates), the table's metadata (its periods), then one data call
 * per area selection (every kommune, Hele landet). Expected columns are
 * checked before a row is read, so a renamed column stops the import with
 * its name and the columns STAR sent, never a silently wrong series.
 */

const tablesSchema = z.array(
  z.looseObject({
    subject_name: z.string().optional(),
    table_groups: z.array(
      z.looseObject({
        tables: z.array(
          z.looseObject({
            table_id: z.string(),
            table_name: z.string().optional(),
            update_latest: z.string().nullish(),
            update_next: z.string().nullish(),
            update_freq: z.string().nullish(),
          }),
        ),
      }),
    ),
  }),
);
const tableMetaSchema = z.looseObject({
  periods: z.array(
    z.looseObject({ periodtype_id: z.string(), values: z.array(z.looseObject({ period_id: z.string() })) }),
  ),
});
const dataSchema = z.looseObject({ columns: z.array(z.string()), rows: z.array(z.array(z.unknown())) });

type TableInfo = { published?: string; nextUpdate?: string };
export type JobindsatsResult = { inputs: MeasureInput[]; rejected: RejectionLog; notes: string[]; latest?: string };

function checked<S extends z.ZodType>(schema: S, body: unknown, what: string): z.output<S> {
  const result = schema.safeParse(body);
  if (!result.success) {
    throw new ImportError(
      `${what} svarede i et andet format end ventet: ${describeIssues(result.error).slice(0, 3).join('; ')}. Intet er skrevet.`,
    );
  }
  return result.data;
}

/** «2026-08-20», «2026-08-20T08:00:00», «20-08-2026» or «20.08.2026» as an ISO date. */
export function isoDate(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const dk = /^(\d{1,2})[-.](\d{1,2})[-.](\d{4})/.exec(raw.trim());
  return dk ? `${dk[3]}-${dk[2]!.padStart(2, '0')}-${dk[1]!.padStart(2, '0')}` : undefined;
}

/** Query strings as Jobindsats documents them: «period.M=latest:60», «hierarchy._nykom=*». */
function query(params: Record<string, string>): string {
  const keep = (s: string) =>
    encodeURIComponent(s).replace(/%2F/g, '/').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/\*/g, '*');
  return Object.entries(params)
    .map(([k, v]) => `${keep(k)}=${keep(v)}`)
    .join('&');
}

export class JobindsatsClient {
  private readonly base: string;
  private readonly init: RequestInit;
  private readonly http: HttpOptions;
  private tables: Map<string, TableInfo> | undefined;

  constructor(
    private readonly config: ImportConfig,
    key: string,
    http: HttpOptions,
  ) {
    this.base = config.jobindsats.baseUrl.replace(/\/$/, '');
    this.init = { headers: { Authorization: `Bearer ${key}`, Accept: 'application/json' } };
    this.http = { ...http, sourceName: 'Jobindsats', secret: key };
  }

  private async get(path: string, params: Record<string, string>, what: string): Promise<unknown> {
    const url = `${this.base}/${path}?${query({ format: 'json', ...params })}`;
    return parseJson(await requestText(url, this.init, this.http), what);
  }

  /** update_latest and update_next of every table, from GET /tables. */
  async tableInfo(table: string): Promise<TableInfo> {
    if (!this.tables) {
      const subjects = checked(
        tablesSchema,
        await this.get('tables', {}, 'Jobindsats (tabeloversigt)'),
        'Jobindsats (tabeloversigt)',
      );
      this.tables = new Map(
        subjects.flatMap((s) =>
          s.table_groups.flatMap((g) =>
            g.tables.map(
              (t) =>
                [
                  t.table_id.toLowerCase(),
                  { published: isoDate(t.update_latest), nextUpdate: isoDate(t.update_next) },
                ] as const,
            ),
          ),
        ),
      );
    }
    const info = this.tables.get(table.toLowerCase());
    if (!info)
      throw new ImportError(
        `Jobindsats har ingen tabel «${table}» i tabeloversigten. Ret tabellens id i data/import-config.json.`,
      );
    return info;
  }

  /** The newest period of the configured type, from GET /table/{id}. */
  async newestPeriod(t: JobindsatsTable): Promise<string | undefined> {
    const what = `Jobindsats (tabel ${t.table})`;
    const meta = checked(tableMetaSchema, await this.get(`table/${encodeURIComponent(t.table)}`, {}, what), what);
    const values = meta.periods.find((p) => p.periodtype_id === t.period.type)?.values ?? [];
    if (values.length === 0) {
      throw new ImportError(
        `${what} har ingen perioder af typen ${t.period.type} (har: ${meta.periods.map((p) => p.periodtype_id).join(', ')}).`,
      );
    }
    return values
      .map((v) => v.period_id)
      .sort()
      .at(-1);
  }

  async fetchTable(t: JobindsatsTable, today: string): Promise<JobindsatsResult> {
    const { areaHierarchy, areaSelections, columns } = this.config.jobindsats;
    const info = await this.tableInfo(t.table);
    const newestRaw = await this.newestPeriod(t);
    const newest = newestRaw ? toPeriodCode(newestRaw) : undefined;
    const result: JobindsatsResult = { inputs: [], rejected: new RejectionLog(), notes: [], latest: newestRaw };
    const responses: { url: string; columns: string[]; rows: unknown[][] }[] = [];
    for (const selection of areaSelections) {
      const params = {
        [`period.${t.period.type}`]: `latest:${t.period.latest}`,
        [`hierarchy.${areaHierarchy}`]: selection,
        'mgroup.*': '*',
        ...t.query,
      };
      const what = `Jobindsats (${t.table}, ${areaHierarchy}=${selection})`;
      const body = checked(dataSchema, await this.get(`data/${encodeURIComponent(t.table)}`, params, what), what);
      responses.push({ url: `GET ${this.base}/data/${t.table}?${query({ format: 'json', ...params })}`, ...body });
    }
    for (const m of t.measures) {
      const out = emptyRows();
      for (const r of responses) {
        const filters = Object.entries(m.rows);
        const [area, period, value, ...filterCols] = requireColumns(
          r.columns,
          [columns.area, columns.period, m.column, ...filters.map(([c]) => c)],
          `Jobindsats ${t.table} (målingen ${m.id})`,
        );
        r.rows.forEach((row, i) => {
          if (!filters.every(([, want], j) => String(row[filterCols[j]!] ?? '').trim() === want)) return;
          const cells = { area: String(row[area!] ?? ''), period: String(row[period!] ?? ''), value: row[value!] };
          addRow(out, { config: this.config, unit: m.unit }, `${t.table} række ${i + 1}`, cells);
        });
      }
      if (out.rows.length === 0) {
        result.rejected.push({
          where: `${t.table} ${m.id}`,
          reason: `ingen rækker passede til ${JSON.stringify(m.rows)}`,
        });
      }
      result.rejected.absorb(out.rejected);
      result.inputs.push({
        measure: { source: 'jobindsats', table: t.table, id: m.id, indicatorId: m.indicatorId, unit: m.unit },
        retrieval: {
          provenance: {
            kind: 'official',
            source: 'jobindsats',
            table: t.table,
            measurement: m.measurement,
            request: responses.map((r) => r.url).join(' + '),
            retrieved: today,
            ...(info.published ? { published: info.published } : {}),
            ...(info.nextUpdate ? { nextUpdate: info.nextUpdate } : {}),
          },
          ...(newest?.ok ? { newest: newest.value } : {}),
        },
        breaks: t.breaks,
        rows: out.rows,
      });
    }
    return result;
  }
}
