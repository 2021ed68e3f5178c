import { HOME_AREAS, JOINT_JOBCENTER, NATIONAL_AREA } from '@/domain/areas';
import type { Unit } from '@/domain/units';
import type { ECOption } from '@/lib/echarts-option';
import { formatNumber, formatValue } from '@/lib/format';
import { targetGroups as targetGroupStrings } from '@/lib/strings/target-groups';

/**
 * One small line chart per indicator, all on the same time axis so a manager
 * can read them side by side. Pure: the same input gives the same option.
 */

export type SmallPoint = { x: number; value: number; periodText: string; synthetic: boolean; source: string };
export type SmallLine = { area: string; name: string; points: readonly SmallPoint[] };
export type SmallMultipleInput = {
  unit: Unit;
  lines: readonly SmallLine[];
  extent: { min: number; max: number };
};

/** The areas a målgruppe page compares, in this order; other areas only when an indicator has none of them. */
export const PAGE_AREAS = [HOME_AREAS.ishoej, HOME_AREAS.vallensbaek, JOINT_JOBCENTER, NATIONAL_AREA] as const;

// Colour, symbol and line pattern differ per area, so the lines can be told apart without colour.
const STYLES: Readonly<Record<string, { color: string; symbol: string; type: 'solid' | 'dashed' | 'dotted' }>> = {
  [HOME_AREAS.ishoej]: { color: '#0b5cad', symbol: 'circle', type: 'solid' },
  [HOME_AREAS.vallensbaek]: { color: '#b34700', symbol: 'rect', type: 'dashed' },
  [JOINT_JOBCENTER]: { color: '#1d7a35', symbol: 'triangle', type: 'solid' },
  [NATIONAL_AREA]: { color: '#3d3d3d', symbol: 'diamond', type: 'dotted' },
};
const OTHER = { color: '#7b2d8e', symbol: 'roundRect', type: 'dashed' as const };

/** The shared axis: from the first to the last point of any chart on the page. */
export function sharedExtent(lines: readonly SmallLine[]): { min: number; max: number } | undefined {
  const xs = lines.flatMap((l) => l.points.map((p) => p.x));
  if (xs.length === 0) return undefined;
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  // A single instant would give ECharts a zero-width axis: pad by half a year either side.
  const pad = min === max ? 183 * 86_400_000 : 0;
  return { min: min - pad, max: max + pad };
}

export function buildSmallMultipleOption(input: SmallMultipleInput): ECOption {
  return {
    animation: false,
    grid: { left: 56, right: 16, top: 36, bottom: 28 },
    legend: { top: 0, left: 0, itemWidth: 18, textStyle: { fontSize: 11, color: '#1b1f24' } },
    tooltip: { trigger: 'item' },
    xAxis: {
      type: 'time',
      min: input.extent.min,
      max: input.extent.max,
      axisLabel: { color: '#4a5360', hideOverlap: true, formatter: '{yyyy}' },
    },
    yAxis: {
      type: 'value',
      scale: true,
      axisLabel: { color: '#4a5360', formatter: (v: number) => formatNumber(v) },
    },
    series: input.lines.map((line) => {
      const style = STYLES[line.area] ?? OTHER;
      return {
        type: 'line',
        name: line.name,
        color: style.color,
        symbol: style.symbol,
        symbolSize: 7,
        showSymbol: line.points.length <= 24,
        lineStyle: { type: style.type, width: 2 },
        data: line.points.map((p) => ({
          value: [p.x, p.value],
          name: `${line.name}, ${p.periodText}: ${formatValue(p.value, input.unit)} (${p.source})`,
        })),
      };
    }),
  };
}

/** The chart in a sentence per area: how many values, from when to when, and the latest. */
export function smallMultipleLabel(indicatorName: string, unit: Unit, lines: readonly SmallLine[]): string {
  const s = targetGroupStrings.page;
  const parts = lines.map((l) => {
    const first = l.points[0];
    const last = l.points.at(-1);
    if (!first || !last) return s.chartNoValues(l.name);
    const synthetic = l.points.some((p) => p.synthetic);
    return s.chartLine(
      l.name,
      l.points.length,
      first.periodText,
      last.periodText,
      formatValue(last.value, unit),
      synthetic,
    );
  });
  return `${s.chartLabel(indicatorName)} ${parts.join(' ')}`;
}
