import { API_VERSION, type PlanSourceInput, type SeriesInput } from '@/contract';
import { comparePeriods, parsePeriod, periodCode, type Period } from '@/domain/period';
import type { OfficialSource } from '@/domain/provenance';
import { buildCrossSection } from './cross-sections';
import type { ValidDataset } from './validate';
import type { WirePoint, WireSeries } from './wire';

/**
 * Turns the validated dataset into the files of API v1, keyed by their path
 * under /api/v1/. The mocked API serves this map; the static export writes it
 * to disk. Values are in wire format (period codes), exactly as a client gets them.
 */

export type { WirePoint, WireSeries } from './wire';
type SeriesKey = `${string}/${string}`;

export type ApiFiles = Map<string, unknown>;

/** Which official tables feed each indicator (from data/import-config.json). */
export type OfficialTables = ReadonlyMap<string, readonly { source: OfficialSource; table: string }[]>;

const period = (code: string): Period => {
  const parsed = parsePeriod(code);
  // Every period parsed during validation, before it got here.
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};

function byPeriod(a: WirePoint, b: WirePoint): number {
  return comparePeriods(period(a.period), period(b.period));
}

function emptySeries(indicatorId: string, area: string, unit: string): WireSeries {
  return { indicatorId, area, unit, sources: {}, points: [], breaks: [], suppressed: [] };
}

/** Every sourced point of the documents, grouped by indicator and area: baselines, follow-ups and observations. */
export function collectSeries(
  plans: PlanSourceInput[],
  unitOf: ReadonlyMap<string, string>,
): Map<SeriesKey, WireSeries> {
  const series = new Map<SeriesKey, WireSeries>();
  const add = (indicatorId: string, area: string, p: WirePoint) => {
    const key: SeriesKey = `${indicatorId}/${area}`;
    const one = series.get(key) ?? emptySeries(indicatorId, area, unitOf.get(indicatorId) ?? 'antal');
    series.set(key, one);
    const { indicatorId: _i, area: _a, ...point } = p as WirePoint & { indicatorId?: string; area?: string };
    one.points.push(point);
  };
  for (const plan of plans) {
    for (const t of plan.targets) {
      // A milestone has no indicator and no figures.
      if (!t.indicatorId) continue;
      if (t.baseline) add(t.indicatorId, t.area, t.baseline as WirePoint);
      for (const a of t.actuals) add(t.indicatorId, t.area, a as WirePoint);
    }
    for (const o of plan.observations) add(o.indicatorId, o.area, o as WirePoint);
  }
  return series;
}

/** Official series sit next to the documents' figures; a shared period keeps both points. */
function mergeOfficial(series: Map<SeriesKey, WireSeries>, official: readonly SeriesInput[]): void {
  for (const o of official) {
    const key: SeriesKey = `${o.indicatorId}/${o.area}`;
    const one = series.get(key) ?? emptySeries(o.indicatorId, o.area, o.unit);
    series.set(key, one);
    Object.assign(one.sources, o.sources ?? {});
    one.points.push(...o.points);
    one.breaks.push(...(o.breaks ?? []));
    one.suppressed.push(...(o.suppressed ?? []).map((p) => (typeof p === 'string' ? p : periodCode(p))));
  }
}

/** Per official table: its newest period, its latest retrieval, and how much of it there is. */
function officialSummary(official: readonly SeriesInput[]) {
  const tables = new Map<
    string,
    { provenance: unknown; retrieved: string; newest: string; measures: Set<string>; areas: Set<string> }
  >();
  for (const s of official) {
    for (const [key, provenance] of Object.entries(s.sources ?? {})) {
      const id = `${provenance.source}/${provenance.table}`;
      const entry = tables.get(id) ?? { provenance, retrieved: '', newest: '', measures: new Set(), areas: new Set() };
      tables.set(id, entry);
      if (provenance.retrieved >= entry.retrieved)
        Object.assign(entry, { provenance, retrieved: provenance.retrieved });
      entry.measures.add(key.split('@')[0]!);
      entry.areas.add(s.area);
      for (const p of s.points) {
        if (p.source === key && (!entry.newest || byPeriod(p, { period: entry.newest } as WirePoint) > 0)) {
          entry.newest = p.period;
        }
      }
    }
  }
  return [...tables.values()].map((t) => ({
    provenance: t.provenance,
    newest: t.newest,
    measures: t.measures.size,
    areas: t.areas.size,
  }));
}

export function buildApiFiles(dataset: ValidDataset, generated: string, officialTables: OfficialTables): ApiFiles {
  const files: ApiFiles = new Map();
  const rawPlans = dataset.plans.map((p) => p.raw as PlanSourceInput);
  const unitOf = new Map(dataset.indicators.map((i) => [i.id, i.unit]));
  const series = collectSeries(rawPlans, unitOf);
  mergeOfficial(series, dataset.official);
  for (const one of series.values()) one.points.sort(byPeriod);

  files.set('areas.json', dataset.areas);
  files.set('target-groups.json', dataset.targetGroups);

  const summaries = rawPlans.map(({ observations: _observations, ...plan }) => {
    files.set(`plans/${plan.id}.json`, plan);
    return {
      id: plan.id,
      kind: plan.kind,
      title: plan.title,
      year: plan.year,
      ...(plan.published ? { published: plan.published } : {}),
      issuer: plan.issuer,
      areas: plan.areas,
      document: plan.document,
      targetCount: plan.targets.length,
    };
  });
  summaries.sort((a, b) => a.year - b.year);
  files.set('plans.json', summaries);

  let points = 0;
  const byIndicator = new Map<string, WireSeries[]>();
  for (const [key, one] of series) {
    const { sources, breaks, suppressed, ...rest } = one;
    files.set(`indicators/${key}.json`, {
      ...rest,
      ...(Object.keys(sources).length > 0 ? { sources } : {}),
      ...(breaks.length > 0 ? { breaks } : {}),
      ...(suppressed.length > 0 ? { suppressed } : {}),
    });
    points += one.points.length;
    byIndicator.set(one.indicatorId, [...(byIndicator.get(one.indicatorId) ?? []), one]);
  }
  const indicators = dataset.indicators.map((indicator) => {
    const list = byIndicator.get(indicator.id) ?? [];
    return {
      ...indicator,
      areas: list.map((s) => s.area),
      pointCount: list.reduce((n, s) => n + s.points.length, 0),
      officialTables: officialTables.get(indicator.id) ?? [],
    };
  });
  files.set('indicators.json', indicators);

  const sections = [...byIndicator.entries()].map(([id, list]) =>
    buildCrossSection(id, unitOf.get(id) ?? 'antal', list),
  );
  for (const section of sections) files.set(`indicators/${section.indicatorId}/latest.json`, section);
  files.set('latest.json', sections);

  files.set('index.json', {
    official: officialSummary(dataset.official),
    apiVersion: API_VERSION,
    generated,
    counts: {
      plans: rawPlans.length,
      targets: rawPlans.reduce((n, p) => n + p.targets.length, 0),
      indicators: indicators.length,
      series: series.size,
      points,
    },
  });
  return files;
}
