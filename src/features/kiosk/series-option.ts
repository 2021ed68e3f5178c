import { isShareUnit, type Unit } from '@/domain/units';
import type { ECOption } from '@/lib/echarts-option';
import { formatAxisMonth, formatNumber, formatValue } from '@/lib/format';
import { KIOSK_THEME } from './theme';

/**
 * One line per area on a shared time axis, dark theme, type sized for a wall
 * screen. No label on every point: the legend names the lines, the sentence
 * and the table give the figures. Axis ticks are Danish (ECharts has no Danish
 * locale) and in UTC, so a month never lands on the day before.
 */

export type SeriesLine = { name: string; points: readonly { x: number; value: number }[] };

export type KioskSeriesInput = { unit: Unit; lines: readonly SeriesLine[]; fontSize: number };

const DASHES = ['solid', 'dashed', 'dotted', 'solid'] as const;
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond'] as const;

export function kioskSeriesOption({ unit, lines, fontSize: fs }: KioskSeriesInput): ECOption {
  const share = isShareUnit(unit);
  return {
    animation: false,
    useUTC: true,
    color: [...KIOSK_THEME.areas],
    grid: { left: fs * (share ? 4 : 5), right: fs * 1.5, top: fs * 2.6, bottom: fs * 1.9 },
    legend: {
      top: 0,
      left: 'center',
      itemGap: fs * 1.5,
      itemWidth: fs * 2.4,
      itemHeight: fs * 0.8,
      textStyle: { color: KIOSK_THEME.text, fontSize: fs },
    },
    xAxis: {
      type: 'time',
      splitNumber: 6,
      axisLabel: {
        color: KIOSK_THEME.muted,
        fontSize: fs,
        hideOverlap: true,
        formatter: (v: number) => formatAxisMonth(v),
      },
      axisLine: { lineStyle: { color: KIOSK_THEME.grid } },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      splitNumber: 4,
      axisLabel: {
        color: KIOSK_THEME.muted,
        fontSize: fs,
        formatter: (v: number) => (share ? formatValue(v, unit) : formatNumber(v)),
      },
      splitLine: { lineStyle: { color: KIOSK_THEME.grid } },
    },
    series: lines.map((line, i) => ({
      type: 'line' as const,
      name: line.name,
      data: line.points.map((p) => [p.x, p.value]),
      // Dash and marker differ per line, so the lines differ without colour.
      lineStyle: { width: Math.max(3, fs / 7), type: DASHES[i % DASHES.length] },
      symbol: SYMBOLS[i % SYMBOLS.length],
      symbolSize: fs * 0.45,
      showSymbol: line.points.length <= 24,
      emphasis: { disabled: true },
    })),
  };
}
