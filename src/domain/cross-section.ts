import { isKommune } from './areas';
import { periodEndMonth, samePeriod, type Period } from './period';
import type { Provenance } from './provenance';
import type { Unit } from './units';

/**
 * Every area's recent values of one indicator, on one period axis: what the
 * national comparison (rank among the 98 kommuner, the median kommune) and
 * the målgruppe table read.
 */

export type CrossCell = {
  readonly period: Period;
  readonly value: number;
  readonly provenance: Provenance;
  readonly provisional: boolean;
  /** Other sources gave another value for the period (see pickValue). */
  readonly disputed: boolean;
};

export type CrossSeries = { readonly area: string; readonly cells: readonly (CrossCell | undefined)[] };

export type CrossSection = {
  readonly indicatorId: string;
  readonly unit: Unit;
  readonly periods: readonly Period[];
  readonly series: readonly CrossSeries[];
};

export type Direction = 'lower-is-better' | 'higher-is-better' | 'neutral';

export function latestCell(series: CrossSeries): CrossCell | undefined {
  for (let i = series.cells.length - 1; i >= 0; i--) if (series.cells[i]) return series.cells[i];
  return undefined;
}

export function cellAt(section: CrossSection, series: CrossSeries, period: Period): CrossCell | undefined {
  const i = section.periods.findIndex((p) => samePeriod(p, period));
  return i < 0 ? undefined : series.cells[i];
}

/**
 * `cellAt`'s column search for many rows of one section: where each period sits among the section's
 * periods, found once per period. The målgruppe table compares every row of an indicator on the same
 * period and on the year before it, and a search per row and cell was most of building its 1,853 rows.
 * The column of a period the section lacks is -1.
 */
export function columnFinder(section: CrossSection): (period: Period) => number {
  const search = (period: Period) => section.periods.findIndex((p) => samePeriod(p, period));
  // A month, quarter or year is named by its kind and its last month; a rolling window is searched each time.
  const found = new Map<string, Map<number, number>>();
  return (period) => {
    if (period.kind === 'range') return search(period);
    const ofKind = found.get(period.kind) ?? found.set(period.kind, new Map()).get(period.kind)!;
    const end = periodEndMonth(period);
    let i = ofKind.get(end);
    if (i === undefined) ofKind.set(end, (i = search(period)));
    return i;
  };
}

/**
 * The newest period that most kommuner have a value for: the fair period to
 * compare all areas on, where "latest" would compare different months.
 */
export function commonPeriod(section: CrossSection): Period | undefined {
  const kommuner = section.series.filter((s) => isKommune(s.area));
  if (kommuner.length === 0) return undefined;
  for (let i = section.periods.length - 1; i >= 0; i--) {
    const have = kommuner.filter((s) => s.cells[i] !== undefined).length;
    if (have >= kommuner.length / 2) return section.periods[i];
  }
  return undefined;
}

/** Whether a series' newest value is older than the period everyone is compared on. */
export function isOlderThan(cell: CrossCell | undefined, period: Period): boolean {
  return cell !== undefined && periodEndMonth(cell.period) < periodEndMonth(period);
}

export type Standing = {
  readonly value: number;
  /** 1 is the best under the indicator's direction (the highest when it has none). */
  readonly rank: number;
  readonly of: number;
  readonly median: number;
  readonly standardDeviation: number;
  /** More than one standard deviation from the median, and on which side. */
  readonly deviation: 'over' | 'under' | undefined;
  /** Whether lying on that side is good, bad, or neither (no direction). */
  readonly favourable: boolean | undefined;
};

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export type Distribution = {
  readonly values: readonly { readonly area: string; readonly value: number }[];
  readonly median: number;
  readonly standardDeviation: number;
};

/** The kommuner's values for `period` (Hele landet and other aggregates left out), their median and spread. */
export function distribution(section: CrossSection, period: Period): Distribution | undefined {
  const values = section.series
    .filter((s) => isKommune(s.area))
    .flatMap((s) => {
      const cell = cellAt(section, s, period);
      return cell ? [{ area: s.area, value: cell.value }] : [];
    });
  if (values.length < 2) return undefined;
  const sorted = values.map((v) => v.value).sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  const standardDeviation = Math.sqrt(sorted.reduce((a, v) => a + (v - mean) ** 2, 0) / sorted.length);
  return { values, median: median(sorted), standardDeviation };
}

/** Where `area` stands among the kommuner with a value for `period`. */
export function standing(
  section: CrossSection,
  area: string,
  period: Period,
  direction: Direction,
): Standing | undefined {
  const d = distribution(section, period);
  const own = d?.values.find((v) => v.area === area);
  if (!d || !own) return undefined;
  const { median: mid, standardDeviation: sd } = d;
  // Competition ranking: equal values share a rank, as in "nr. 3 af 98".
  const better = d.values.filter((v) => (direction === 'lower-is-better' ? v.value < own.value : v.value > own.value));
  const deviation = sd > 0 && Math.abs(own.value - mid) > sd ? (own.value > mid ? 'over' : 'under') : undefined;
  const favourable =
    deviation === undefined || direction === 'neutral'
      ? undefined
      : (deviation === 'under') === (direction === 'lower-is-better');
  return {
    value: own.value,
    rank: better.length + 1,
    of: d.values.length,
    median: mid,
    standardDeviation: sd,
    deviation,
    favourable,
  };
}
