import type { Point } from '@/contract';
import { HOME_AREAS, JOINT_JOBCENTER, NATIONAL_AREA } from '@/domain/areas';
import { comparePeriods, periodCode, periodMidpoint, type Period } from '@/domain/period';
import { periodLabel } from '@/domain/period-label';
import type { Provenance } from '@/domain/provenance';
import type { Unit } from '@/domain/units';
import { formatValue } from '@/lib/format';
import { strings } from '@/lib/strings';

/**
 * One shape for every figure the page shows, so the chart, the table and the
 * CSV cannot disagree about what is on screen.
 */

export type SeriesRow = {
  readonly areaCode: string;
  readonly areaName: string;
  readonly period: Period;
  readonly periodCode: string;
  readonly periodText: string;
  /** The period's midpoint in ms (UTC): where the point sits on the time axis. */
  readonly x: number;
  readonly value: number;
  readonly unit: Unit;
  readonly synthetic: boolean;
  readonly source: string;
  readonly location: string;
  readonly note?: string | undefined;
  /** Other sourced values for the same area and period, when the sources disagree. */
  readonly conflict?: string | undefined;
};

export type YearRange = { readonly from: number; readonly to: number };

export type LoadedSeries = { readonly area: string; readonly points: readonly Point[] };

export type RowContext = {
  readonly unit: Unit;
  readonly areaName: (code: string) => string;
  readonly documentTitle: (file: string) => string | undefined;
};

const s = strings.series;

// Home areas first, then the benchmark, then comparators in the order the data lists them.
const AREA_RANK = [HOME_AREAS.ishoej, HOME_AREAS.vallensbaek, JOINT_JOBCENTER, NATIONAL_AREA];

export function orderAreas(codes: readonly string[]): string[] {
  const rank = (c: string) => (AREA_RANK.includes(c) ? AREA_RANK.indexOf(c) : AREA_RANK.length);
  return codes
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map(({ c }) => c);
}

export function sourceOf(
  provenance: Provenance,
  documentTitle: (file: string) => string | undefined,
): { source: string; location: string } {
  switch (provenance.kind) {
    case 'synthetic':
      return { source: s.source.synthetic, location: '' };
    case 'official':
      return { source: s.source.official(provenance.source, provenance.table), location: provenance.measurement ?? '' };
    case 'document':
      return {
        source: documentTitle(provenance.document) ?? `${s.source.unknownDocument} ${provenance.document}`,
        location: provenance.location,
      };
  }
}

/** Every point of every loaded series as a row, ordered by area and then by period. */
export function toRows(loaded: readonly LoadedSeries[], ctx: RowContext): SeriesRow[] {
  const byArea = new Map(loaded.map((l) => [l.area, l]));
  return orderAreas([...byArea.keys()]).flatMap((area) => {
    const points = [...byArea.get(area)!.points].sort((a, b) => comparePeriods(a.period, b.period));
    const rows = points.map((p): SeriesRow => {
      const synthetic = p.provenance.kind === 'synthetic';
      return {
        areaCode: area,
        areaName: ctx.areaName(area),
        period: p.period,
        periodCode: periodCode(p.period),
        periodText: periodLabel(p.period),
        x: periodMidpoint(p.period),
        value: p.value,
        unit: ctx.unit,
        synthetic,
        ...sourceOf(p.provenance, ctx.documentTitle),
        note: p.note,
      };
    });
    return markConflicts(rows);
  });
}

/** Where sources give different values for one period, each row names the others. */
function markConflicts(rows: SeriesRow[]): SeriesRow[] {
  const groups = new Map<string, SeriesRow[]>();
  for (const r of rows) {
    if (!r.synthetic) groups.set(r.periodCode, [...(groups.get(r.periodCode) ?? []), r]);
  }
  return rows.map((r) => {
    const others = (groups.get(r.periodCode) ?? []).filter((o) => o !== r && o.value !== r.value);
    if (r.synthetic || others.length === 0) return r;
    const text = others.map((o) => `${formatValue(o.value, o.unit)} (${o.source}, ${o.location})`).join('; ');
    return { ...r, conflict: s.conflict(text) };
  });
}

export function yearOf(x: number): number {
  return new Date(x).getUTCFullYear();
}

/** A point belongs to the years its midpoint falls in: the same place the chart draws it. */
export function inRange(x: number, range: YearRange): boolean {
  const year = yearOf(x);
  return year >= range.from && year <= range.to;
}

/** Every year from the first to the last, so the range selector has no holes. */
export function yearSpan(xs: readonly number[]): number[] {
  if (xs.length === 0) return [];
  const years = xs.map(yearOf);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The requested range, clamped to the years there are; the full span when nothing usable is asked for. */
export function effectiveRange(
  years: readonly number[],
  requested: { from?: number | undefined; to?: number | undefined },
): YearRange | undefined {
  if (years.length === 0) return undefined;
  const first = years[0]!;
  const last = years.at(-1)!;
  const clamp = (y: number | undefined, fallback: number) =>
    y === undefined ? fallback : Math.min(Math.max(y, first), last);
  const from = clamp(requested.from, first);
  const to = clamp(requested.to, last);
  return from <= to ? { from, to } : { from: to, to: from };
}

/** The axis window for a range: from 1 January of the first year to 1 January after the last. */
export function rangeWindow(range: YearRange): { min: number; max: number } {
  return { min: Date.UTC(range.from, 0, 1), max: Date.UTC(range.to + 1, 0, 1) };
}
