import { API_VERSION, type PlanSourceInput } from '@/contract';
import { comparePeriods, parsePeriod } from '@/domain/period';
import type { ValidDataset } from './validate';

/**
 * Turns the validated dataset into the files of API v1, keyed by their path
 * under /api/v1/. The mocked API serves this map; the static export writes it
 * to disk. Values are in wire format (period codes), exactly as a client gets them.
 */

type RawPoint = { period: string; value: number; provenance: unknown; note?: string };
type SeriesKey = `${string}/${string}`;

export type ApiFiles = Map<string, unknown>;

function periodOrder(a: RawPoint, b: RawPoint): number {
  const pa = parsePeriod(a.period);
  const pb = parsePeriod(b.period);
  // Both parse: the dataset passed validation before it got here.
  return pa.ok && pb.ok ? comparePeriods(pa.value, pb.value) : 0;
}

/** Every sourced point, grouped by indicator and area: baselines, follow-ups and observations. */
export function collectSeries(plans: PlanSourceInput[]): Map<SeriesKey, RawPoint[]> {
  const series = new Map<SeriesKey, RawPoint[]>();
  const add = (indicatorId: string, area: string, point: RawPoint) => {
    const key: SeriesKey = `${indicatorId}/${area}`;
    const list = series.get(key) ?? [];
    list.push(point);
    series.set(key, list);
  };
  const strip = (p: RawPoint): RawPoint => ({
    period: p.period,
    value: p.value,
    provenance: p.provenance,
    ...(p.note ? { note: p.note } : {}),
  });
  for (const plan of plans) {
    for (const t of plan.targets) {
      if (t.baseline) add(t.indicatorId, t.area, strip(t.baseline as RawPoint));
      for (const a of t.actuals) add(t.indicatorId, t.area, strip(a as RawPoint));
    }
    for (const o of plan.observations) add(o.indicatorId, o.area, strip(o as RawPoint));
  }
  for (const list of series.values()) list.sort(periodOrder);
  return series;
}

export function buildApiFiles(dataset: ValidDataset, generated: string): ApiFiles {
  const files: ApiFiles = new Map();
  const rawPlans = dataset.plans.map((p) => p.raw as PlanSourceInput);
  const series = collectSeries(rawPlans);
  // Official series sit next to the documents' figures; a shared period keeps both points.
  for (const o of dataset.official ?? []) {
    const key: SeriesKey = `${o.indicatorId}/${o.area}`;
    series.set(key, [...(series.get(key) ?? []), ...(o.points as RawPoint[])].sort(periodOrder));
  }
  const unitOf = new Map(dataset.indicators.map((i) => [i.id, i.unit]));

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
  for (const [key, list] of series) {
    const [indicatorId, area] = key.split('/') as [string, string];
    files.set(`indicators/${key}.json`, { indicatorId, area, unit: unitOf.get(indicatorId), points: list });
    points += list.length;
  }
  const indicators = dataset.indicators.map((indicator) => {
    const areas = [...series.keys()].filter((k) => k.startsWith(`${indicator.id}/`)).map((k) => k.split('/')[1]!);
    const pointCount = areas.reduce((n, a) => n + (series.get(`${indicator.id}/${a}`)?.length ?? 0), 0);
    return { ...indicator, areas, pointCount };
  });
  files.set('indicators.json', indicators);

  files.set('index.json', {
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
