import type { Unit } from '@/domain/units';
import type { ECOption } from '@/lib/echarts-option';
import { formatNumber, formatValue } from '@/lib/format';
import { KIOSK_THEME } from './theme';

/**
 * A linear gauge for the wall screen: the latest value as a thick bar, the
 * goal as a white line, the baseline as a marker. Bars read better than dials
 * from five metres and need no extra ECharts module.
 */

export type GaugeInput = {
  unit: Unit;
  latest?: number | undefined;
  threshold?: number | undefined;
  baseline?: number | undefined;
  color: string;
  /** Base font size in px, so the axis scales with the screen. */
  fontSize: number;
  labels: { latest: string; goal: string; baseline: string };
};

export function gaugeScale(values: readonly number[]): { min: number; max: number } {
  const max = Math.max(...values, 0);
  const min = Math.min(...values, 0);
  const pad = (max - min || 1) * 0.15;
  return { min: min < 0 ? min - pad : 0, max: max + pad };
}

export function gaugeOption(input: GaugeInput): ECOption {
  const values = [input.latest, input.threshold, input.baseline].filter((v): v is number => v !== undefined);
  const { min, max } = gaugeScale(values);
  const fs = input.fontSize;
  return {
    animation: false,
    grid: { left: fs * 0.6, right: fs * 1.5, top: fs * 1.5, bottom: fs * 1.4, containLabel: false },
    xAxis: {
      type: 'value',
      min,
      max,
      splitNumber: 4,
      axisLabel: {
        formatter: (v: number) => formatNumber(v),
        color: KIOSK_THEME.muted,
        fontSize: fs,
        hideOverlap: true,
        // The scale's padded end is not a round number worth reading.
        showMaxLabel: false,
      },
      splitLine: { lineStyle: { color: KIOSK_THEME.grid } },
    },
    yAxis: { type: 'category', data: [''], show: false },
    series: [
      {
        type: 'bar',
        name: input.labels.latest,
        data: input.latest === undefined ? [] : [input.latest],
        barWidth: '70%',
        itemStyle: { color: input.color },
        // The latest value on the bar itself: inside a long bar, beside a short one.
        label: {
          show: input.latest !== undefined,
          position: input.latest !== undefined && (input.latest - min) / (max - min) > 0.45 ? 'insideLeft' : 'right',
          formatter: () => (input.latest === undefined ? '' : formatValue(input.latest, input.unit)),
          fontSize: fs,
          fontWeight: 'bold',
          color: (input.latest ?? 0) - min > 0.45 * (max - min) ? KIOSK_THEME.background : KIOSK_THEME.text,
        },
        markLine:
          input.threshold === undefined
            ? undefined
            : {
                symbol: 'none',
                silent: true,
                data: [
                  {
                    name: input.labels.goal,
                    xAxis: input.threshold,
                    lineStyle: { color: KIOSK_THEME.goal, width: Math.max(3, fs / 5), type: 'solid' },
                    label: {
                      formatter: `${input.labels.goal} ${formatValue(input.threshold, input.unit)}`,
                      position: 'end',
                      color: KIOSK_THEME.text,
                      fontSize: fs,
                    },
                  },
                ],
              },
      },
      {
        type: 'scatter',
        name: input.labels.baseline,
        data: input.baseline === undefined ? [] : [[input.baseline, '']],
        symbol: 'diamond',
        symbolSize: fs * 1.4,
        itemStyle: { color: KIOSK_THEME.background, borderColor: KIOSK_THEME.text, borderWidth: 3 },
        z: 3,
      },
    ],
  };
}
