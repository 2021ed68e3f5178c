import type { IndicatorListItem, Target } from '@/contract';
import {
  columnFinder,
  commonPeriod,
  isOlderThan,
  latestCell,
  type CrossCell,
  type CrossSection,
} from '@/domain/cross-section';
import { comparePeriods, parsePeriod, periodEndMonth, shiftPeriod, type Period } from '@/domain/period';
import type { Provenance } from '@/domain/provenance';
import type { TargetStatus } from '@/domain/status';
import type { Unit } from '@/domain/units';

/**
 * One row per (indicator, area) series, read from the cross-sections: the
 * value on the period chosen to compare on, the change since a year before,
 * the newest target set for it and where the value comes from. Pure, so the
 * table's numbers are tested without a browser.
 */

/** Compare every row on its own newest value, on each indicator's common period, or on one month. */
export type ComparePeriod = { kind: 'latest' } | { kind: 'common' } | { kind: 'month'; period: Period };

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
  /** The value compared on (undefined when the series has none for that period). */
  value: CrossCell | undefined;
  latest: CrossCell | undefined;
  /** Months since year 0 at the end of the value's period: a sort key. */
  order: number | undefined;
  /** The series' newest value is older than the period the rows are compared on. */
  older: boolean;
  change: { absolute: number; percent: number | undefined; from: Period } | undefined;
  target: TableTarget | undefined;
  source: string;
  synthetic: boolean;
  /** Lower-case text the global search looks in. */
  searchText: string;
};

export type RowInputs = {
  indicators: readonly IndicatorListItem[];
  sections: readonly CrossSection[];
  targets: readonly { target: Target; planTitle: string }[];
  compare: ComparePeriod;
  areaName: (code: string) => string;
  targetGroupName: (id: string) => string;
  sourceName: (provenance: Provenance) => string;
};

/** "seneste" | "faelles" | "2026-05" in the address. */
export function parseComparePeriod(value: string | null): ComparePeriod {
  if (value === 'seneste') return { kind: 'latest' };
  const month = value ? parsePeriod(value) : undefined;
  return month?.ok && month.value.kind === 'month' ? { kind: 'month', period: month.value } : { kind: 'common' };
}

/** The months the rows can be compared on: the official series' recent months, newest first. */
export function compareMonths(sections: readonly CrossSection[], max = 13): Period[] {
  const months = new Map<number, Period>();
  for (const s of sections) {
    for (const p of s.periods) if (p.kind === 'month') months.set(periodEndMonth(p), p);
  }
  return [...months.values()].sort((a, b) => comparePeriods(b, a)).slice(0, max);
}

export type StatusesById = ReadonlyMap<string, { status: TargetStatus }>;

/** Whether two judgements give every target the same status: the rows then stay as they are. */
export function sameStatuses(a: StatusesById | undefined, b: StatusesById): boolean {
  if (!a || a.size !== b.size) return false;
  for (const [id, result] of b) if (a.get(id)?.status !== result.status) return false;
  return true;
}

/** The target set last (latest deadline) for each series, with how many others there are; no status yet. */
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
      status: undefined,
      others: list.length - 1,
    });
  }
  return out;
}

function changeFrom(
  column: (period: Period) => number,
  series: CrossSection['series'][number],
  value: CrossCell,
): TableRow['change'] {
  const i = column(shiftPeriod(value.period, -12));
  const before = i < 0 ? undefined : series.cells[i];
  if (!before) return undefined;
  const absolute = value.value - before.value;
  return {
    absolute,
    percent: before.value === 0 ? undefined : (absolute / Math.abs(before.value)) * 100,
    from: before.period,
  };
}

/**
 * The rows without their targets' statuses: what the cross-sections and
 * plans give. Built once per answer, not again for each status that arrives.
 */
export function buildBaseRows(inputs: RowInputs): TableRow[] {
  const targets = targetsBySeries(inputs);
  // An official table's provenance is one object shared by every value from it: its name is made once.
  const sourceNames = new Map<Provenance, string>();
  const sourceName = (provenance: Provenance) => {
    let name = sourceNames.get(provenance);
    if (name === undefined) sourceNames.set(provenance, (name = inputs.sourceName(provenance)));
    return name;
  };
  const sections = new Map(inputs.sections.map((s) => [s.indicatorId, s]));
  const rows: TableRow[] = [];
  for (const indicator of inputs.indicators) {
    const section = sections.get(indicator.id);
    if (!section) continue;
    const targetGroupName = inputs.targetGroupName(indicator.targetGroupId);
    const common = commonPeriod(section) ?? section.periods.at(-1);
    const on = inputs.compare.kind === 'month' ? inputs.compare.period : common;
    const column = columnFinder(section);
    const onColumn = on ? column(on) : -1;
    for (const series of section.series) {
      const id = `${indicator.id}/${series.area}`;
      const latest = latestCell(series);
      const value = inputs.compare.kind === 'latest' ? latest : onColumn < 0 ? undefined : series.cells[onColumn];
      const target = targets.get(id);
      const areaName = inputs.areaName(series.area);
      const source = value ? sourceName(value.provenance) : '';
      rows.push({
        id,
        targetGroupId: indicator.targetGroupId,
        targetGroupName,
        indicatorId: indicator.id,
        indicatorName: indicator.name,
        unit: indicator.unit,
        area: series.area,
        areaName,
        value,
        latest,
        order: value && periodEndMonth(value.period),
        older: on !== undefined && isOlderThan(latest, on),
        change: value && changeFrom(column, series, value),
        target,
        source,
        synthetic: value?.provenance.kind === 'synthetic',
        searchText: [targetGroupName, indicator.name, areaName, target?.title ?? '', source].join(' ').toLowerCase(),
      });
    }
  }
  return rows;
}

/**
 * The statuses put into the rows. Only the rows with a target whose status
 * changed are new objects; the thousands of others are the same rows, so the
 * table reuses what it knows about them.
 */
export function withStatuses(rows: readonly TableRow[], statuses: StatusesById): TableRow[] {
  return rows.map((row) => {
    const target = row.target;
    if (!target) return row;
    const status = statuses.get(target.id)?.status;
    return status === target.status ? row : { ...row, target: { ...target, status } };
  });
}
