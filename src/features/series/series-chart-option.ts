import type { LineSeriesOption } from 'echarts/charts';
import type { Unit } from '@/domain/units';
import type { ECOption } from '@/lib/echarts-option';
import { formatNumber } from '@/lib/format';
import { series as seriesStrings } from '@/lib/strings/series';
import { areaStyles } from './area-style';
import type { EventMark } from './events';
import { EVENT_ROW, eventLevels, eventSeries } from './event-series';
import type { SeriesRow } from './series-data';
import { formatAxisMonth } from '@/lib/format';
import { LEGEND_CHARS, LEGEND_LINE, NARROW_LEGEND_GAP, narrowLegendHeight, wrapText } from './chart-text';
import { rowTip, targetTip, type TipParams } from './series-tooltip';
import type { TargetView } from './target-views';

/**
 * The time-series chart as an ECharts option. Pure: the same input gives the
 * same option, so the page can memoise it and the tests can read it.
 */

export type SeriesChartInput = {
  readonly unit: Unit;
  /** Every area with a series for the indicator: styles stay put when areas are toggled. */
  readonly allAreas: readonly string[];
  /** The chosen areas, in display order, with names. */
  readonly areas: readonly { readonly code: string; readonly name: string }[];
  /** The rows to draw: already limited to the chosen areas and range. */
  readonly rows: readonly SeriesRow[];
  /** Targets with `visibility: 'shown'` are drawn. */
  readonly targets: readonly TargetView[];
  readonly events: readonly EventMark[];
  readonly window: { readonly min: number; readonly max: number };
  /** A related indicator's values for the same areas, drawn thin and dashed beside them. */
  readonly related?: { readonly name: string; readonly rows: readonly SeriesRow[] } | undefined;
  /** A phone or narrow tablet: the legend goes under the plot, which keeps the width. */
  readonly narrow?: boolean | undefined;
};

type LineSeries = LineSeriesOption;

const c = seriesStrings.chart;
/** Up to this many points a line shows every symbol; a monthly series over years shows them on hover. */
const SYMBOLS_UP_TO = 24;

function areaSeries(input: SeriesChartInput, tips: ((p: TipParams) => string)[]): LineSeries[] {
  const styles = areaStyles(input.allAreas);
  return input.areas.flatMap(({ code, name }) => {
    const style = styles.get(code)!;
    const mine = input.rows.filter((r) => r.areaCode === code);
    const shown = mine.filter((r) => r.role === 'shown' && !r.synthetic);
    const synthetic = mine.filter((r) => r.synthetic);
    const documents = mine.filter((r) => !r.official && !r.synthetic);
    const out: LineSeries[] = [];
    if (shown.length > 0) {
      tips.push((p) => rowTip(shown[p.dataIndex ?? 0]));
      out.push({
        type: 'line',
        name,
        color: style.color,
        symbol: style.symbol,
        symbolSize: 9,
        showSymbol: shown.length <= SYMBOLS_UP_TO,
        lineStyle: { type: style.lineType, width: 2.5 },
        z: 3,
        data: shown.map((r) => [r.x, r.value]),
      });
    }
    // The plans' own figures stay visible beside an official line, and a figure another source contradicts
    // or revised stays visible too: each as a hollow marker.
    if (documents.length > 0 && (mine.some((r) => r.official) || documents.some((r) => r.role !== 'shown'))) {
      tips.push((p) => rowTip(documents[p.dataIndex ?? 0]));
      out.push({
        type: 'line',
        name: c.documentName(name),
        color: style.color,
        // The area's own symbol, hollow: the shape tells the area, the white fill tells "from a plan".
        symbol: style.symbol,
        symbolSize: 13,
        showSymbol: true,
        lineStyle: { opacity: 0 },
        itemStyle: { color: '#ffffff', borderColor: style.color, borderWidth: 2.5 },
        z: 5,
        data: documents.map((r) => [r.x, r.value]),
      });
    }
    if (synthetic.length > 0) {
      tips.push((p) => rowTip(synthetic[p.dataIndex ?? 0]));
      // Made-up values: thin, dashed, faded and without visible symbols, so no one mistakes them for
      // sourced figures. The symbols are there but transparent, so each value still has its tooltip.
      out.push({
        type: 'line',
        name: c.syntheticName(name),
        color: style.color,
        symbol: 'circle',
        symbolSize: 6,
        showSymbol: true,
        lineStyle: { type: 'dashed', width: 1.5, opacity: 0.55 },
        itemStyle: { opacity: 0 },
        emphasis: { itemStyle: { opacity: 0.8 } },
        z: 2,
        data: synthetic.map((r) => [r.x, r.value]),
      });
    }
    return out;
  });
}

/** The related measure: each area's colour, a thin dash and hollow diamonds, so it never reads as the main line. */
function relatedSeries(input: SeriesChartInput, tips: ((p: TipParams) => string)[]): LineSeries[] {
  if (!input.related) return [];
  const { name, rows } = input.related;
  const styles = areaStyles(input.allAreas);
  return input.areas.flatMap(({ code, name: areaName }) => {
    const mine = rows.filter((r) => r.areaCode === code && r.role === 'shown' && !r.synthetic);
    if (mine.length === 0) return [];
    tips.push((p) => rowTip(mine[p.dataIndex ?? 0]));
    const style = styles.get(code)!;
    return [
      {
        type: 'line',
        name: c.relatedName(areaName, name),
        color: style.color,
        symbol: 'diamond',
        symbolSize: 10,
        showSymbol: mine.length <= SYMBOLS_UP_TO,
        itemStyle: { color: '#ffffff', borderColor: style.color, borderWidth: 2 },
        lineStyle: { type: [4, 4], width: 1.5 },
        z: 3,
        data: mine.map((r) => [r.x, r.value]),
      } satisfies LineSeries,
    ];
  });
}

function targetSeries(input: SeriesChartInput, tips: ((p: TipParams) => string)[]): LineSeries[] {
  const { min, max } = input.window;
  const clamp = (x: number) => Math.min(Math.max(x, min), max);
  const bandsDrawn = new Set<string>();
  return input.targets
    .filter((t) => t.visibility === 'shown' && t.threshold !== undefined)
    .map((t) => {
      tips.push(() => targetTip(t));
      const band = `${t.deadlineStart}/${t.end}`;
      const drawBand = !bandsDrawn.has(band);
      bandsDrawn.add(band);
      const baselineShown = t.baseline && t.baseline.x >= min && t.baseline.x < max;
      return {
        type: 'line',
        name: t.name,
        color: t.color,
        symbol: 'none',
        lineStyle: { type: [10, 5], width: 2.5 },
        z: 4,
        data: [
          [clamp(t.start), t.threshold!],
          [clamp(t.end), t.threshold!],
        ],
        markArea: drawBand
          ? {
              itemStyle: { color: t.color, opacity: 0.08 },
              label: { show: true, position: 'insideTop', color: '#1b1f24', formatter: c.deadline(t.deadlineText) },
              data: [[{ xAxis: clamp(t.deadlineStart), name: c.deadline(t.deadlineText) }, { xAxis: clamp(t.end) }]],
            }
          : undefined,
        markPoint: baselineShown
          ? {
              // A hollow ring, so the measured point underneath stays visible.
              symbol: 'circle',
              symbolSize: 18,
              itemStyle: { color: 'transparent', borderColor: t.color, borderWidth: 3 },
              label: { show: true, position: 'bottom', color: '#1b1f24', formatter: c.baseline },
              data: [{ name: c.baseline, coord: [t.baseline!.x, t.baseline!.value], value: t.baseline!.value }],
            }
          : undefined,
      } satisfies LineSeries;
    });
}

/** The plot's height. On a narrow screen the legend goes under it, and the chart grows by the legend's height. */
const PLOT_HEIGHT = 440;

/** The chart's height for a legend of these names: what the page gives the chart before it is drawn, too. */
export const seriesChartHeight = (narrow: boolean, legendNames: readonly string[]): number =>
  narrow ? PLOT_HEIGHT + narrowLegendHeight(legendNames) : PLOT_HEIGHT;

/** The chart as an ECharts option, and the height its box needs for it. */
export type SeriesChartView = { option: ECOption; height: number };

export function seriesChartView(input: SeriesChartInput): SeriesChartView {
  const tips: ((p: TipParams) => string)[] = [];
  const levels = eventLevels(input.events, input.window, input.narrow ?? false);
  // A second row of event numbers takes the room above the first, and the unit's name goes up by as much.
  const above = [...levels.values()].includes(1) ? EVENT_ROW : 0;
  const series = [
    ...areaSeries(input, tips),
    ...relatedSeries(input, tips),
    ...targetSeries(input, tips),
    ...eventSeries(input.events, levels, tips),
  ];
  const legendNames = series.map((s) => String(s.name));
  const option: ECOption = {
    animation: false,
    useUTC: true,
    // The legend beside the plot on a wide screen, under it on a narrow one; room above for the events' numbers.
    grid: {
      left: 16,
      right: input.narrow ? 16 : 260,
      top: 52 + above,
      bottom: input.narrow ? narrowLegendHeight(legendNames) : 16,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'time',
      min: input.window.min,
      max: input.window.max,
      axisLabel: {
        formatter: (value: number) => formatAxisMonth(value),
        hideOverlap: true,
        // From the corner rightwards: centred on it, the first date ran into the value axis's 0.
        alignMinLabel: 'left',
        color: '#1b1f24',
      },
    },
    yAxis: {
      type: 'value',
      name: seriesStrings.unitNames[input.unit],
      // Above the rows of event numbers.
      nameGap: 30 + above,
      nameTextStyle: { color: '#1b1f24', align: 'left' },
      axisLabel: { formatter: (value: number) => formatNumber(value), color: '#1b1f24' },
    },
    legend: {
      type: 'plain',
      ...(input.narrow
        ? { orient: 'vertical' as const, left: 0, bottom: 0, itemGap: NARROW_LEGEND_GAP }
        : { orient: 'vertical' as const, right: 0, top: 8, itemGap: 10 }),
      // Wrapped by hand: ECharts sizes legend items by their explicit lines, not by automatic breaks.
      formatter: (name: string) => wrapText(name, LEGEND_CHARS),
      textStyle: { fontSize: 12, lineHeight: LEGEND_LINE, color: '#1b1f24' },
      // ECharts puts a circle on every line's legend icon; lines drawn without visible symbols get none there.
      data: series.map((s, i) => ({
        name: legendNames[i]!,
        ...(s.symbol === 'none' || s.itemStyle?.opacity === 0 ? { itemStyle: { opacity: 0 } } : {}),
      })),
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      extraCssText: 'max-width: 24rem; white-space: normal;',
      formatter: (params) => {
        const p = (Array.isArray(params) ? params[0] : params) as TipParams;
        return tips[p.seriesIndex ?? -1]?.(p) ?? '';
      },
    },
    series,
  };
  return { option, height: seriesChartHeight(input.narrow ?? false, legendNames) };
}
