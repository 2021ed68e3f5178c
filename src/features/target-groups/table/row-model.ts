import type { IndicatorListItem, Point, Target } from '@/contract';
import { comparePeriods, periodCode, periodEndMonth, type Period, type SimplePeriod } from '@/domain/period';
import type { Provenance } from '@/domain/provenance';
import type { TargetStatus } from '@/domain/status';
import type { Unit } from '@/domain/units';

/**
 * One row per (indicator, area) series: its latest value, the change since the
 * same period a year before, the newest target set for it and where the value
 * comes from. Pure, so the table's numbers are tested without a browser.
 */

export type TableTarget = {
  id: string;
  title: string;
  planTitle: string;
  status: TargetStatus | undefined;
  /** Further targets for the same series in other plans. */
  others: number;
};

export type TableRow = {
  id: string;
  targetGroupId: string;
  targetGroupName: string;
  indicatorId: string;
  indicatorName: string;
  unit: Unit;
  area: string;
  areaName: string;
  /** False until the series has been fetched. */
  loaded: boolean;
  latest: Point | undefined;
  /** Months since year 0 at the end of the latest period: a sort key. */
  latestOrder: number | undefined;
  change: { absolute: number; percent: number | undefined; from: Period } | undefined;
  target: TableTarget | undefined;
  source: string;
  synthetic: boolean;
  /** Lower-case text the global search looks in. */
  searchText: string;
};

export type RowInputs = {
  indicators: readonly IndicatorListItem[];
  targets: readonly { target: Target; planTitle: string }[];
  points: (indicatorId: string, area: string) => readonly Point[] | undefined;
  statuses: ReadonlyMap<string, { status: TargetStatus }>;
  areaName: (code: string) => string;
  targetGroupName: (id: string) => string;
  sourceName: (provenance: Provenance) => string;
};

/** The latest point; when two sources give the same period, the first listed. */
export function latestPoint(points: readonly Point[]): Point | undefined {
  let best: Point | undefined;
  for (const p of points) if (!best || comparePeriods(p.period, best.period) > 0) best = p;
  return best;
}

function shiftSimple(p: SimplePeriod, years: number): SimplePeriod {
  return { ...p, year: p.year + years };
}

export function yearBefore(p: Period): Period {
  return p.kind === 'range'
    ? { ...p, start: shiftSimple(p.start, -1), end: shiftSimple(p.end, -1) }
    : shiftSimple(p, -1);
}

/** Change from the same period one year earlier, if the series has it. */
export function changeSinceYearBefore(points: readonly Point[], latest: Point): TableRow['change'] {
  const code = periodCode(yearBefore(latest.period));
  const before = points.find((p) => periodCode(p.period) === code);
  if (!before) return undefined;
  const absolute = latest.value - before.value;
  return {
    absolute,
    percent: before.value === 0 ? undefined : (absolute / Math.abs(before.value)) * 100,
    from: before.period,
  };
}

/** The target set last (latest deadline) for each series, with how many others there are. */
function targetsBySeries(inputs: RowInputs): Map<string, TableTarget> {
  const groups = new Map<string, { target: Target; planTitle: string }[]>();
  for (const t of inputs.targets) {
    const key = `${t.target.indicatorId}/${t.target.area}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const out = new Map<string, TableTarget>();
  for (const [key, list] of groups) {
    const newest = list.reduce((a, b) => (comparePeriods(b.target.deadline, a.target.deadline) > 0 ? b : a));
    out.set(key, {
      id: newest.target.id,
      title: newest.target.title,
      planTitle: newest.planTitle,
      status: inputs.statuses.get(newest.target.id)?.status,
      others: list.length - 1,
    });
  }
  return out;
}

export function buildRows(inputs: RowInputs): TableRow[] {
  const targets = targetsBySeries(inputs);
  const rows: TableRow[] = [];
  for (const indicator of inputs.indicators) {
    const targetGroupName = inputs.targetGroupName(indicator.targetGroupId);
    for (const area of indicator.areas) {
      const id = `${indicator.id}/${area}`;
      const points = inputs.points(indicator.id, area);
      const latest = points && latestPoint(points);
      const target = targets.get(id);
      const areaName = inputs.areaName(area);
      const source = latest ? inputs.sourceName(latest.provenance) : '';
      rows.push({
        id,
        targetGroupId: indicator.targetGroupId,
        targetGroupName,
        indicatorId: indicator.id,
        indicatorName: indicator.name,
        unit: indicator.unit,
        area,
        areaName,
        loaded: points !== undefined,
        latest,
        latestOrder: latest && periodEndMonth(latest.period),
        change: points && latest ? changeSinceYearBefore(points, latest) : undefined,
        target,
        source,
        synthetic: latest?.provenance.kind === 'synthetic',
        searchText: [targetGroupName, indicator.name, areaName, target?.title ?? '', source].join(' ').toLowerCase(),
      });
    }
  }
  return rows;
}
