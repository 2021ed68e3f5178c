import type { Unit } from '@/domain/units';
import type { ECOption } from '@/lib/echarts-option';
import { formatNumber, formatValue } from '@/lib/format';
import { KIOSK_THEME } from './theme';

/** One line per area on a shared time axis, dark theme, type sized for a wall screen. */

export type SeriesLine = { name: string; points: readonly { x: number; value: number; label: string }[] };

export type KioskSeriesInput = { unit: Unit; lines: readonly SeriesLine[]; fontSize: number };

export function kioskSeriesOption({ unit, lines, fontSize: fs }: KioskSeriesInput): ECOption {
  return {
    animation: false,
    color: [...KIOSK_THEME.areas],
    grid: { left: fs * 4.5, right: fs * 2, top: fs * 3.5, bottom: fs * 2.5 },
    legend: {
      top: 0,
      left: 'center',
      textStyle: { color: KIOSK_THEME.text, fontSize: fs },
      itemWidth: fs * 2,
      itemHeight: fs * 0.8,
    },
    xAxis: {
      type: 'time',
      axisLabel: { color: KIOSK_THEME.muted, fontSize: fs, hideOverlap: true },
      axisLine: { lineStyle: { color: KIOSK_THEME.grid } },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      scale: false,
      axisLabel: { formatter: (v: number) => formatNumber(v), color: KIOSK_THEME.muted, fontSize: fs },
      splitLine: { lineStyle: { color: KIOSK_THEME.grid } },
    },
    series: lines.map((line, i) => ({
      type: 'line' as const,
      name: line.name,
      data: line.points.map((p) => ({ value: [p.x, p.value], name: p.label })),
      lineStyle: { width: Math.max(3, fs / 6), type: i === 0 ? ('solid' as const) : ('dashed' as const) },
      // Distinct marker shapes, so the lines differ without colour.
      symbol: ['circle', 'rect', 'triangle', 'diamond'][i % 4],
      symbolSize: fs * 0.7,
      label: {
        show: true,
        position: 'top' as const,
        color: KIOSK_THEME.text,
        fontSize: fs * 0.9,
        formatter: ({ value }: { value: unknown }) => formatValue((value as [number, number])[1], unit),
      },
      labelLayout: { hideOverlap: true },
    })),
  };
}
