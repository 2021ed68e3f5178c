import { z } from 'zod';
import { archiveRecordSchema, describeIssues, isoDateSchema, seriesBreakSchema, unitSchema } from '@/contract';
import type { OfficialSource } from '@/domain/provenance';
import type { Unit } from '@/domain/units';

/**
 * The schema of data/import-config.json: which official tables and measures
 * feed which indicator. Table ids, expected column names, codes and base
 * URLs live there, not in code, so the analyst can follow a renamed column
 * without a developer, and tests can point the clients at 127.0.0.1. The app's
 * build reads it too, to say which table feeds an indicator.
 */

const id = z.string().regex(/^[a-z0-9-]+$/, 'Id må kun indeholde a–z, tal og bindestreg');

const measureBase = {
  /** The measure's key in data/official.json; stays the same across imports. */
  id,
  indicatorId: id,
  unit: unitSchema,
  /** The measure in the publisher's own words, for the provenance. */
  measurement: z.string().min(1),
};

const jobindsatsTableSchema = z.strictObject({
  table: z.string().min(1),
  name: z.string().min(1),
  period: z.strictObject({ type: z.enum(['M', 'Q', 'QMAT', 'Y', 'MYTD']), latest: z.number().int().min(1).max(240) }),
  /** Further query parameters for the data call, e.g. a group hierarchy. */
  query: z.record(z.string(), z.string()).default({}),
  breaks: z.array(seriesBreakSchema.omit({ table: true })).default([]),
  measures: z.array(
    z.strictObject({
      ...measureBase,
      /** The response column holding the value ("<måling>: <delmåling>"). */
      column: z.string().min(1),
      /** Only rows whose columns have these values (e.g. Ydelsesgruppe = I alt). */
      rows: z.record(z.string(), z.string()).default({}),
      /** The file in a Jobindsats archive directory (see the jobindsats-arkiv source). */
      archiveFile: z.string().min(1).optional(),
    }),
  ),
});

const statbankTableSchema = z.strictObject({
  table: z.string().min(1),
  areaVariable: z.string().min(1),
  areas: z.array(z.string().min(1)).min(1),
  timeVariable: z.string().min(1),
  time: z.array(z.string().min(1)).min(1),
  measures: z.array(z.strictObject({ ...measureBase, variables: z.record(z.string(), z.string()) })),
});

export const importConfigSchema = z.strictObject({
  $comment: z.string().optional(),
  timeoutMs: z.number().int().positive(),
  retries: z.number().int().min(0).max(10),
  backoffMs: z.number().int().min(0),
  /** Names the sources use for areas beyond Danmarks Statistik's kommuner. */
  areaAliases: z.record(z.string(), z.string()).default({}),
  /** Rows for these pseudo-areas are skipped without a rejection ("Uoplyst område"). */
  ignoreAreas: z.array(z.string()).default([]),
  jobindsats: z.strictObject({
    baseUrl: z.url(),
    keyEnv: z.string().min(1),
    areaHierarchy: z.string().min(1),
    /** Hierarchy selections per data call: "*" every kommune, "/" Hele landet. */
    areaSelections: z.array(z.string().min(1)).min(1),
    columns: z.strictObject({ area: z.string().min(1), period: z.string().min(1) }),
    archive: z.strictObject({ retrieved: isoDateSchema, record: archiveRecordSchema }),
    tables: z.array(jobindsatsTableSchema),
  }),
  statistikbanken: z.strictObject({ baseUrl: z.url(), tables: z.array(statbankTableSchema) }),
});
export type ImportConfig = z.output<typeof importConfigSchema>;
export type JobindsatsTable = ImportConfig['jobindsats']['tables'][number];
export type JobindsatsMeasure = JobindsatsTable['measures'][number];
export type StatbankTable = ImportConfig['statistikbanken']['tables'][number];
export type Measure = {
  source: OfficialSource;
  table: string;
  id: string;
  indicatorId: string;
  unit: Unit;
  measurement?: string;
};

export type ConfigResult = { ok: true; config: ImportConfig } | { ok: false; errors: string[] };

export function parseImportConfig(data: unknown): ConfigResult {
  const result = importConfigSchema.safeParse(data);
  if (!result.success) return { ok: false, errors: describeIssues(result.error) };
  const ids = allMeasures(result.data).map((m) => m.id);
  const dup = ids.find((m, i) => ids.indexOf(m) !== i);
  if (dup) return { ok: false, errors: [`målingen «${dup}» står to gange`] };
  return { ok: true, config: result.data };
}

function measure(source: OfficialSource, table: string, m: z.output<z.ZodObject<typeof measureBase>>): Measure {
  return { source, table, id: m.id, indicatorId: m.indicatorId, unit: m.unit, measurement: m.measurement };
}

/** Every configured measure, with its source and table. */
export function allMeasures(config: ImportConfig): Measure[] {
  return [
    ...config.jobindsats.tables.flatMap((t) => t.measures.map((m) => measure('jobindsats', t.table, m))),
    ...config.statistikbanken.tables.flatMap((t) => t.measures.map((m) => measure('statistikbanken', t.table, m))),
  ];
}
