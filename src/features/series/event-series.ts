import type { LineSeriesOption } from 'echarts/charts';
import { series as seriesStrings } from '@/lib/strings/series';
import { EVENT_COLOR } from './area-style';
import { eventLabelLevels, eventNumbers, type EventMark } from './events';
import { eventTip, type TipParams } from './series-tooltip';

/**
 * The time-series chart's events (reforms, shocks, series breaks) as ECharts
 * option parts: a line at each date, numbered above the plot; the words are
 * in the list under the chart and in the tooltip.
 */

const c = seriesStrings.chart;

/** How close two events' numbers may be, as a share of the time axis, before the second is raised: about 16 px. */
const NARROW_LABEL_SPAN = 0.06;
const WIDE_LABEL_SPAN = 0.025;
/** A row of event numbers: their 12 px bold digits with a little air. */
export const EVENT_ROW = 14;

/** The row of each event date's number above the plot (eventLabelLevels), for a time axis from min to max. */
export function eventLevels(
  events: readonly EventMark[],
  window: { readonly min: number; readonly max: number },
  narrow: boolean,
): ReadonlyMap<number, 0 | 1> {
  const dates = [...new Set(events.map((e) => e.x))];
  return eventLabelLevels(dates, (window.max - window.min) * (narrow ? NARROW_LABEL_SPAN : WIDE_LABEL_SPAN));
}

/** One series for all events: a vertical line at each event date with its number above the plot. */
export function eventSeries(
  events: readonly EventMark[],
  levels: ReadonlyMap<number, 0 | 1>,
  tips: ((p: TipParams) => string)[],
): LineSeriesOption[] {
  if (events.length === 0) return [];
  const byDate = new Map<number, EventMark[]>();
  for (const e of events) byDate.set(e.x, [...(byDate.get(e.x) ?? []), e]);
  const numbers = eventNumbers(events);
  tips.push((p) => eventTip(byDate.get(Number(p.value)) ?? []));
  return [
    {
      type: 'line',
      name: c.eventsName,
      color: EVENT_COLOR,
      symbol: 'none',
      lineStyle: { type: 'solid', width: 1.5 },
      data: [],
      markLine: {
        symbol: ['none', 'none'],
        data: [...byDate.entries()].map(([x, events]) => ({
          xAxis: x,
          name: events.map((e) => e.label).join(' · '),
          // A shock is dashed, a reform solid, a series break dotted and heavier: the kind reads without colour.
          lineStyle: {
            color: EVENT_COLOR,
            width: events.some((e) => e.kind === 'databrud') ? 2.5 : 1.5,
            type: events.some((e) => e.kind === 'databrud')
              ? 'dotted'
              : events.every((e) => e.kind === 'chok')
                ? 'dashed'
                : 'solid',
          },
          // The event's number above the plot; the words are in the list under the chart and in the tooltip.
          label: {
            show: true,
            position: 'end',
            // Raised a row where it would touch the number before it: events months apart share a few pixels.
            distance: 4 + (levels.get(x) ?? 0) * EVENT_ROW,
            color: '#1b1f24',
            fontSize: 12,
            fontWeight: 'bold',
            formatter: String(numbers.get(x)),
          },
        })),
      },
    },
  ];
}
