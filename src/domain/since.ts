import { addMonths, calendarDateOf, compareCalendarDates, parseCalendarDate, type CalendarDate } from './calendar-date';
import type { Direction } from './cross-section';
import { latestChoice, latestValue, valuesByPeriod, type SourcedValue, type ValueChoice } from './pick-value';
import { periodStart, samePeriod } from './period';
import type { StatusResult } from './status';

/**
 * "Siden sidste møde": what changed between a date the user picks and now.
 * Goals whose status changed, judged the same way both times on the figures
 * whose periods had ended by then; and the biggest movements on the home
 * kommuner's official series, good or bad in each indicator's own polarity.
 */

export const DEFAULT_SINCE_MONTHS = 3;

/** The date in the URL, or three months back; never a date in the future. */
export function sinceDate(code: string | null, now: Date): { date: CalendarDate; invalid: boolean } {
  const today = calendarDateOf(now);
  const fallback = addMonths(today, -DEFAULT_SINCE_MONTHS);
  if (code === null || code === '') return { date: fallback, invalid: false };
  const parsed = parseCalendarDate(code);
  if (!parsed.ok || compareCalendarDates(parsed.value, today) > 0) return { date: fallback, invalid: true };
  return { date: parsed.value, invalid: false };
}

export type StatusChange<T> = { readonly item: T; readonly before: StatusResult; readonly after: StatusResult };

/**
 * The goals whose status at the meeting (`before`, the engine's answer at that date, on the figures whose
 * periods had ended by then) differs from their status now (`after`).
 */
export function statusChanges<T>(items: readonly StatusChange<T>[]): StatusChange<T>[] {
  return items.filter(({ before, after }) => before.status !== after.status);
}

export type MovementInput = {
  readonly indicatorId: string;
  readonly area: string;
  readonly direction: Direction;
  readonly points: readonly SourcedValue[];
};

export type Movement = {
  readonly indicatorId: string;
  readonly area: string;
  /** The newest official value whose period had ended by the date. */
  readonly from: ValueChoice;
  /** The newest official value now. */
  readonly to: ValueChoice;
  readonly change: number;
  /** The change as a share of the earlier value: what ranks a count and a percentage together. */
  readonly relative: number;
  readonly verdict: 'better' | 'worse' | 'neutral' | 'unchanged';
};

function verdictOf(change: number, direction: Direction): Movement['verdict'] {
  if (change === 0) return 'unchanged';
  if (direction === 'neutral') return 'neutral';
  return change < 0 === (direction === 'lower-is-better') ? 'better' : 'worse';
}

/**
 * A series' official values, one per period, kept for as long as its points are: the page's "Siden sidste
 * møde" looks through every official series of the home kommuner, again for each date and moment.
 */
const officialByPoints = new WeakMap<readonly SourcedValue[], readonly ValueChoice[]>();
function officialValues(points: readonly SourcedValue[]): readonly ValueChoice[] {
  let values = officialByPoints.get(points);
  if (!values) {
    values = valuesByPeriod(points.filter((p) => p.provenance.kind === 'official'));
    officialByPoints.set(points, values);
  }
  return values;
}

/** The official series' movements since the date, biggest first. A series with nothing new since then is left out. */
export function movementsSince(series: readonly MovementInput[], since: Date, limit = 6): Movement[] {
  const out: Movement[] = [];
  for (const s of series) {
    const values = officialValues(s.points);
    const to = latestChoice(values);
    const from = latestChoice(values, since);
    if (!to || !from || samePeriod(from.period, to.period)) continue;
    const change = to.value - from.value;
    out.push({
      indicatorId: s.indicatorId,
      area: s.area,
      from,
      to,
      change,
      relative: from.value === 0 ? (change === 0 ? 0 : Infinity) : change / Math.abs(from.value),
      verdict: verdictOf(change, s.direction),
    });
  }
  return out.sort((a, b) => Math.abs(b.relative) - Math.abs(a.relative)).slice(0, limit);
}

/**
 * The biggest movements since the period before: each series' newest official
 * value against the newest before it (last month, for a monthly series).
 */
export function latestMovements(series: readonly MovementInput[], limit = 3): Movement[] {
  return series
    .flatMap((s) => {
      const official = s.points.filter((p) => p.provenance.kind === 'official');
      const newest = latestValue(official);
      return newest ? movementsSince([s], periodStart(newest.period), 1) : [];
    })
    .sort((a, b) => Math.abs(b.relative) - Math.abs(a.relative))
    .slice(0, limit);
}
