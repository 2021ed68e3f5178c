import { readFileSync } from 'node:fs';
import { rawDataset } from '../../data/index';
import { collectSeries } from '../../data/build-api';
import { unitsAgree, validateDataset } from '../../data/validate';
import type { PlanSourceInput } from '@/contract';
import { contractUnit, findTarget, ImportError, loadConfig, type ImportTarget, type SourceId } from './config';
import { readExportedCsv } from './csv-file';
import type { HttpOptions } from './http';
import { fetchJobindsats } from './jobindsats';
import { mergeTarget, type SeriesChange } from './merge';
import type { Rejection, Rows } from './rows';
import { fetchStatbank } from './statbank';
import { readOfficial, writeOfficialAtomically, type OfficialFile } from './store';

/**
 * One import: fetch every requested source, merge into data/official/, list
 * what differs from the documents, and write everything or nothing.
 */

export type SourceRequest =
  { kind: 'jobindsats' } | { kind: 'statistikbanken' } | { kind: 'csv'; file: string; targetId: string };

export type RunOptions = {
  sources: readonly SourceRequest[];
  configFile: string;
  officialDir: string;
  env: Readonly<Record<string, string | undefined>>;
  /** The retrieval date (ÅÅÅÅ-MM-DD) stamped on every point. */
  today: string;
  dryRun?: boolean;
  sleep?: HttpOptions['sleep'];
  log?: (line: string) => void;
};

export type TargetReport = {
  source: SourceId;
  targetId: string;
  table: string;
  indicatorId: string;
  latest?: string;
  series: SeriesChange[];
  rejected: Rejection[];
};
export type Difference = {
  indicatorId: string;
  area: string;
  period: string;
  official: number;
  document: number;
  where: string;
};
export type ImportReport = { today: string; targets: TargetReport[]; differences: Difference[]; written: string[] };

function documentIndex() {
  const valid = validateDataset({ ...rawDataset, officialFiles: {} });
  if (!valid.ok) throw new ImportError(`Dokumentdatasættet er ugyldigt:\n${valid.errors.join('\n')}`);
  const plans = valid.dataset.plans.map((p) => p.raw as PlanSourceInput);
  return { indicators: valid.dataset.indicators, series: collectSeries(plans) };
}

export async function runImport(options: RunOptions): Promise<ImportReport> {
  const config = loadConfig(options.configFile);
  const docs = documentIndex();
  const http: HttpOptions = {
    timeoutMs: config.timeoutMs,
    retries: config.retries,
    backoffMs: config.backoffMs,
    sourceName: '',
    sleep: options.sleep,
    log: options.log,
  };
  const jobs: { source: SourceId; target: ImportTarget; fetch: () => Promise<Rows & { latest?: string }> }[] = [];
  for (const request of options.sources) {
    if (request.kind === 'csv') {
      const found = findTarget(config, request.targetId);
      if (!found) throw new ImportError(`Målet «${request.targetId}» står ikke i ${options.configFile}.`);
      const text = readFileSync(request.file, 'utf8');
      jobs.push({
        ...found,
        fetch: async () => readExportedCsv(text, request.file, found.source, found.target, config),
      });
    } else if (request.kind === 'jobindsats') {
      const key = options.env[config.keyEnv]?.trim();
      if (!key) throw new ImportError(`Sæt nøglen til Jobindsats i miljøvariablen ${config.keyEnv} (se docs/data.md).`);
      for (const target of config.jobindsats.targets) {
        jobs.push({ source: 'jobindsats', target, fetch: () => fetchJobindsats(config, target, key, http) });
      }
    } else {
      for (const target of config.statistikbanken.targets) {
        jobs.push({ source: 'statistikbanken', target, fetch: () => fetchStatbank(config, target, http) });
      }
    }
  }

  const files = new Map<SourceId, OfficialFile>();
  const targets: TargetReport[] = [];
  for (const job of jobs) {
    options.log?.(`Henter ${job.target.id} (${job.target.table}) …`);
    const result = await job.fetch();
    const report: TargetReport = {
      source: job.source,
      targetId: job.target.id,
      table: job.target.table,
      indicatorId: job.target.indicatorId,
      latest: result.latest,
      series: [],
      rejected: result.rejected,
    };
    targets.push(report);
    const indicator = docs.indicators.find((i) => i.id === job.target.indicatorId);
    const unit = contractUnit(job.target.unit)!;
    if (!indicator || !unitsAgree(indicator.unit, unit)) {
      report.rejected.push({
        where: job.target.id,
        reason: indicator
          ? `enheden «${job.target.unit}» passer ikke til indikatoren ${indicator.id} (${indicator.unit}); intet fra målet er brugt`
          : `indikatoren «${job.target.indicatorId}» findes ikke i datasættet; intet fra målet er brugt`,
      });
      continue;
    }
    const file = files.get(job.source) ?? readOfficial(options.officialDir, job.source);
    files.set(job.source, file);
    report.series = mergeTarget(file, job.source, job.target, unit, result.rows, options.today, report.rejected);
  }

  const differences = compareWithDocuments([...files.values()], docs.series);
  const written = options.dryRun ? [] : writeOfficialAtomically(options.officialDir, [...files.values()]);
  return { today: options.today, targets, differences, written };
}

function compareWithDocuments(files: OfficialFile[], docSeries: ReturnType<typeof collectSeries>): Difference[] {
  const out: Difference[] = [];
  for (const file of files) {
    for (const s of file.series) {
      const docPoints = docSeries.get(`${s.indicatorId}/${s.area}`) ?? [];
      for (const p of s.points) {
        for (const d of docPoints) {
          if (d.period !== p.period || d.value === p.value) continue;
          const prov = d.provenance as { document?: string; location?: string };
          out.push({
            indicatorId: s.indicatorId,
            area: s.area,
            period: p.period,
            official: p.value,
            document: d.value,
            where: `${prov.document ?? ''}, ${prov.location ?? ''}`,
          });
        }
      }
    }
  }
  return out;
}
