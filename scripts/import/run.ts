import { join } from 'node:path';
import type { PlanSourceInput } from '@/contract';
import { collectSeries } from '../../data/build-api';
import { rawDataset } from '../../data/index';
import type { ImportConfig } from '../../data/import-config-schema';
import { unitsAgree, validateDataset } from '../../data/validate';
import { readArchive } from './archive';
import { ImportError, loadConfig } from './config';
import { readExportedCsv } from './csv-file';
import type { HttpOptions } from './http';
import { JobindsatsClient } from './jobindsats';
import { mergeMeasure, type MeasureInput, type SeriesChange } from './merge';
import { RejectionLog } from './rows';
import { fetchStatbankTable } from './statbank';
import { acquireLock, readOfficial, writeOfficialAtomically } from './store';

/**
 * One import: read every requested source, merge into data/official.json,
 * list what differs from the documents' figures, and write everything or
 * nothing. A source that yields no values at all stops the import.
 */

export type SourceRequest =
  | { kind: 'jobindsats' }
  | { kind: 'jobindsats-arkiv'; dir: string }
  | { kind: 'statistikbanken' }
  | { kind: 'csv'; file: string; measureId: string; column?: string };

export type RunOptions = {
  sources: readonly SourceRequest[];
  configFile: string;
  /** data/official.json, or another file for a trial import. */
  officialFile: string;
  env: Readonly<Record<string, string | undefined>>;
  /** The retrieval date (ÅÅÅÅ-MM-DD) stamped on what is fetched now. */
  today: string;
  dryRun?: boolean;
  sleep?: HttpOptions['sleep'];
  log?: (line: string) => void;
  /** Test seam: runs after validation, just before the new file replaces the old. */
  beforeRename?: () => void;
};

export type MeasureReport = { input: MeasureInput; series: SeriesChange[] };
export type SourceReport = {
  label: string;
  measures: MeasureReport[];
  rejected: RejectionLog;
  notes: string[];
  values: number;
};
export type Difference = {
  indicatorId: string;
  area: string;
  period: string;
  official: number;
  document: number;
  where: string;
};
export type ImportReport = {
  today: string;
  sources: SourceReport[];
  differences: Difference[];
  written: string | undefined;
};

type Collected = { inputs: MeasureInput[]; rejected: RejectionLog; notes: string[] };

const LABELS = {
  jobindsats: 'Jobindsats API v3',
  'jobindsats-arkiv': 'Jobindsats-arkiv',
  statistikbanken: 'Statistikbanken',
  csv: 'CSV-fil',
} as const;

async function collect(
  request: SourceRequest,
  config: ImportConfig,
  options: RunOptions,
  http: HttpOptions,
): Promise<Collected> {
  switch (request.kind) {
    case 'jobindsats-arkiv':
      return readArchive(request.dir, config);
    case 'csv': {
      const one = await readExportedCsv(request.file, request.measureId, config, options.today, request.column);
      return { inputs: [one.input], rejected: one.rejected, notes: one.notes };
    }
    case 'jobindsats': {
      const key = options.env[config.jobindsats.keyEnv]?.trim();
      if (!key)
        throw new ImportError(
          `Sæt nøglen til Jobindsats i miljøvariablen ${config.jobindsats.keyEnv} (se docs/data.md).`,
        );
      const client = new JobindsatsClient(config, key, http);
      const out: Collected = { inputs: [], rejected: new RejectionLog(), notes: [] };
      for (const table of config.jobindsats.tables) {
        options.log?.(`Henter Jobindsats ${table.table} (${table.name}) …`);
        const r = await client.fetchTable(table, options.today);
        out.inputs.push(...r.inputs);
        out.rejected.absorb(r.rejected);
        out.notes.push(...r.notes);
      }
      return out;
    }
    case 'statistikbanken': {
      const out: Collected = { inputs: [], rejected: new RejectionLog(), notes: [] };
      for (const table of config.statistikbanken.tables) {
        options.log?.(`Henter Statistikbanken ${table.table} …`);
        const r = await fetchStatbankTable(config, table, http, options.today);
        out.inputs.push(...r.inputs);
        out.rejected.absorb(r.rejected);
      }
      return out;
    }
  }
}

function documentData() {
  const valid = validateDataset({ ...rawDataset, official: undefined });
  if (!valid.ok) throw new ImportError(`Dokumentdatasættet er ugyldigt:\n${valid.errors.join('\n')}`);
  const unitOf = new Map(valid.dataset.indicators.map((i) => [i.id, i.unit]));
  return {
    indicators: valid.dataset.indicators,
    series: collectSeries(
      valid.dataset.plans.map((p) => p.raw as PlanSourceInput),
      unitOf,
    ),
  };
}

export async function runImport(options: RunOptions): Promise<ImportReport> {
  const config = loadConfig(options.configFile);
  const release = options.dryRun ? () => undefined : acquireLock(options.officialFile);
  try {
    const docs = documentData();
    const http: HttpOptions = {
      timeoutMs: config.timeoutMs,
      retries: config.retries,
      backoffMs: config.backoffMs,
      sourceName: '',
      sleep: options.sleep,
      log: options.log,
    };
    const file = readOfficial(options.officialFile);
    const sources: SourceReport[] = [];
    for (const request of options.sources) {
      const got = await collect(request, config, options, http);
      const report: SourceReport = {
        label: `${LABELS[request.kind]}${'dir' in request ? ` ${request.dir}` : 'file' in request ? ` ${request.file}` : ''}`,
        measures: [],
        rejected: got.rejected,
        notes: got.notes,
        values: 0,
      };
      sources.push(report);
      for (const input of got.inputs) {
        const indicator = docs.indicators.find((i) => i.id === input.measure.indicatorId);
        if (!indicator || !unitsAgree(indicator.unit, input.measure.unit)) {
          throw new ImportError(
            indicator
              ? `Målingen ${input.measure.id} har enheden «${input.measure.unit}», men indikatoren ${indicator.id} har «${indicator.unit}». Intet er skrevet.`
              : `Målingen ${input.measure.id} peger på indikatoren «${input.measure.indicatorId}», som ikke findes i datasættet. Intet er skrevet.`,
          );
        }
        report.values += input.rows.filter((r) => r.value !== null).length;
        report.measures.push({ input, series: mergeMeasure(file, input, report.rejected) });
      }
      if (report.values === 0) {
        const first = report.rejected.first();
        throw new ImportError(
          `${report.label} gav ingen værdier at importere${first ? ` (fx ${first.where}: ${first.reason})` : ''}. Intet er skrevet.`,
        );
      }
    }
    const differences = compareWithDocuments(sources, docs.series);
    if (options.dryRun) return { today: options.today, sources, differences, written: undefined };
    writeOfficialAtomically(
      options.officialFile,
      file,
      (written) => {
        const result = validateDataset({ ...rawDataset, official: written });
        return result.ok ? [] : result.errors;
      },
      options.beforeRename,
    );
    return { today: options.today, sources, differences, written: options.officialFile };
  } finally {
    release();
  }
}

function compareWithDocuments(sources: SourceReport[], docSeries: ReturnType<typeof collectSeries>): Difference[] {
  const out: Difference[] = [];
  for (const { input } of sources.flatMap((s) => s.measures)) {
    for (const row of input.rows) {
      if (row.value === null) continue;
      for (const d of docSeries.get(`${input.measure.indicatorId}/${row.area}`)?.points ?? []) {
        if (d.period !== row.period || d.value === row.value || !d.provenance) continue;
        const prov = d.provenance as { document?: string; location?: string };
        out.push({
          indicatorId: input.measure.indicatorId,
          area: row.area,
          period: row.period,
          official: row.value,
          document: d.value,
          where: `${prov.document ?? ''}, ${prov.location ?? ''}`,
        });
      }
    }
  }
  return out;
}

export const DEFAULT_OFFICIAL_FILE = join(import.meta.dirname, '..', '..', 'data', 'official.json');
