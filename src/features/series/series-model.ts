import type { Plan, Series } from '@/contract';
import type { StatusResult } from '@/domain/status';
import type { SeriesLookup } from '@/domain/threshold';
import type { Unit } from '@/domain/units';
import type { Noun } from '@/lib/format';
import { formatValue } from '@/lib/format';
import { strings } from '@/lib/strings';
import { series as seriesStrings } from '@/lib/strings/series';
import { eventMarks, type EventMark } from './events';
import { effectiveRange, inRange, rangeWindow, toRows, yearSpan, type SeriesRow, type YearRange } from './series-data';
import { targetViews, type PlanTarget, type TargetView } from './target-views';

/** Everything the page shows, derived in one pure step from what was loaded and what was chosen. */

export type SeriesModelInput = {
  readonly indicatorId: string;
  readonly unit: Unit;
  readonly noun?: Noun | undefined;
  readonly selected: readonly string[];
  readonly series: readonly Series[];
  readonly plans: readonly Pick<Plan, 'title' | 'events'>[];
  readonly targets: readonly PlanTarget[];
  readonly statuses: ReadonlyMap<string, StatusResult>;
  readonly requested: { readonly from?: number | undefined; readonly to?: number | undefined };
  readonly areaName: (code: string) => string;
  readonly documentTitle: (file: string) => string | undefined;
};

export type SeriesModel = {
  readonly years: readonly number[];
  readonly range: YearRange | undefined;
  readonly window: { readonly min: number; readonly max: number } | undefined;
  /** The rows inside the chosen range: what the chart, the table and the CSV show. */
  readonly rows: readonly SeriesRow[];
  readonly targets: readonly TargetView[];
  readonly events: readonly EventMark[];
};

export function seriesModel(input: SeriesModelInput): SeriesModel {
  const { unit, areaName, documentTitle } = input;
  const allRows = toRows(input.series, { unit, areaName, documentTitle });
  const byArea = new Map(input.series.map((s) => [s.area, s.points]));
  const lookup: SeriesLookup = (indicatorId, area) =>
    indicatorId === input.indicatorId ? (byArea.get(area) ?? []) : [];
  const common = { unit, noun: input.noun, areaName, statuses: input.statuses, lookup, selectedAreas: input.selected };
  // The span covers the chosen areas' targets too, so a deadline after the last figure is still in view.
  const spans = targetViews(input.targets, { ...common, range: undefined })
    .filter((t) => t.visibility !== 'area-not-selected')
    .flatMap((t) => [t.start, t.end - 1]);
  const years = yearSpan([...allRows.map((r) => r.x), ...spans]);
  const range = effectiveRange(years, input.requested);
  const window = range && rangeWindow(range);
  return {
    years,
    range,
    window,
    rows: range ? allRows.filter((r) => inRange(r.x, range)) : [],
    targets: targetViews(input.targets, { ...common, range }),
    events: window
      ? eventMarks(
          input.plans,
          input.series.flatMap((one) => one.breaks),
          window,
        )
      : [],
  };
}

const c = seriesStrings.chart;

export function rangeText(range: YearRange | undefined): string {
  return range ? c.rangeYears(range.from, range.to) : c.rangeAll;
}

/** "Ishøj, Vallensbæk og Hele landet". */
export function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')}${c.and}${names.at(-1)}`;
}

/** The chart's text alternative: what is drawn, over which years, and where each line ends. */
export function chartLabel(indicatorName: string, model: SeriesModel): string {
  const areas = [...new Set(model.rows.map((r) => r.areaName))];
  const latest = areas.map((name) => {
    const rows = model.rows.filter((r) => r.areaName === name && r.role === 'shown');
    const last = rows.filter((r) => !r.synthetic).at(-1) ?? rows.at(-1)!;
    const tag = last.synthetic
      ? seriesStrings.source.syntheticMarker
      : last.provisional
        ? strings.sources.provisional
        : '';
    const value = formatValue(last.value, last.unit) + (tag ? ` ${tag}` : '');
    return c.latest(name, value, last.periodText);
  });
  const targets = model.targets.filter((t) => t.visibility === 'shown').length;
  return c.label(indicatorName, joinNames(areas), rangeText(model.range), latest.join('; '), targets);
}
