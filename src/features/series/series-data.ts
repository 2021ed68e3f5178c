import type { Point } from '@/contract';
import { orderAreas } from '@/domain/series-areas';
import { periodCode, periodMidpoint, type Period } from '@/domain/period';
import { periodLabel } from '@/domain/period-label';
import { valuesByPeriod, type Relation, type ValueChoice } from '@/domain/pick-value';
import type { Unit } from '@/domain/units';
import { formatValue } from '@/lib/format';
import { sourceName, sourcePlace, sourceShort, type DocumentTitle } from '@/lib/source-text';
import { strings } from '@/lib/strings';

/**
 * One shape for every figure the page shows, so the chart, the table and the
 * CSV cannot disagree about what is on screen.
 */

/** How a row's figure relates to the one shown for its period (see pickValue). */
export type RowRole = 'shown' | 'revised' | 'disputed' | 'same';

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
  readonly official: boolean;
  /** The publisher may still revise it (Jobindsats' newest month). */
  readonly provisional: boolean;
  readonly source: string;
  readonly location: string;
  readonly note?: string | undefined;
  readonly role: RowRole;
  /** What the other sources say for the period: a revision, a contradiction, or agreement. */
  readonly relation?: string | undefined;
};

export type YearRange = { readonly from: number; readonly to: number };

export type LoadedSeries = { readonly area: string; readonly points: readonly Point[] };

export type RowContext = {
  readonly unit: Unit;
  readonly areaName: (code: string) => string;
  readonly documentTitle: DocumentTitle;
};

const src = strings.sources;

function baseRow(area: string, p: Point, ctx: RowContext, role: RowRole, relation?: string): SeriesRow {
  return {
    areaCode: area,
    areaName: ctx.areaName(area),
    period: p.period,
    periodCode: periodCode(p.period),
    periodText: periodLabel(p.period),
    x: periodMidpoint(p.period),
    value: p.value,
    unit: ctx.unit,
    synthetic: p.provenance.kind === 'synthetic',
    official: p.provenance.kind === 'official',
    provisional: p.provisional === true,
    source: sourceName(p.provenance, ctx.documentTitle),
    location: p.provenance.kind === 'synthetic' ? '' : (sourcePlace(p.provenance) ?? ''),
    note: p.note,
    role,
    relation,
  };
}

const ROLE: Record<Relation, RowRole> = { revision: 'revised', conflict: 'disputed', same: 'same' };

/** The shown value of a period, then the other sources' figures for it, each saying how they relate. */
function choiceRows(area: string, choice: ValueChoice<Point>, ctx: RowContext): SeriesRow[] {
  const name = (p: Point) => sourceShort(p.provenance, ctx.documentTitle);
  const fmt = (v: number) => formatValue(v, ctx.unit);
  const revised = choice.others.filter((o) => o.relation === 'revision');
  const disputed = choice.others.filter((o) => o.relation === 'conflict');
  const relation = [
    ...revised.map((o) => src.revisedFrom(fmt(o.point.value), name(o.point))),
    ...(disputed.length > 0
      ? [src.conflict(disputed.map((o) => `${fmt(o.point.value)} (${name(o.point)})`).join('; '))]
      : []),
  ].join(' ');
  const shown = baseRow(area, choice.point, ctx, 'shown', relation || undefined);
  const others = choice.others.map(({ point, relation: r }) =>
    baseRow(
      area,
      point,
      ctx,
      ROLE[r],
      r === 'revision'
        ? src.revision(fmt(choice.value), name(choice.point))
        : r === 'conflict'
          ? src.conflict(`${fmt(choice.value)} (${name(choice.point)})`)
          : src.same(name(choice.point)),
    ),
  );
  return [shown, ...others];
}

/** Every point of every loaded series as a row, by area and period; the value shown for a period comes first. */
export function toRows(loaded: readonly LoadedSeries[], ctx: RowContext): SeriesRow[] {
  const byArea = new Map(loaded.map((l) => [l.area, l]));
  return orderAreas([...byArea.keys()]).flatMap((area) =>
    valuesByPeriod(byArea.get(area)!.points).flatMap((choice) => choiceRows(area, choice, ctx)),
  );
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
