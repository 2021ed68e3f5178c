import type { Comparator } from '@/domain/goal';
import type { Unit } from '@/domain/units';
import type { ECOption } from '@/lib/echarts-option';
import { formatNumber, formatValue } from '@/lib/format';

/**
 * A bullet chart on one scale: the latest value as a bar, the goal as a line,
 * the baseline as a diamond. Pure: the same input gives the same option.
 */

export type BulletInput = {
  unit: Unit;
  baseline?: number | undefined;
  threshold?: number | undefined;
  comparator?: Comparator | undefined;
  latest?: number | undefined;
  projection?: number | undefined;
  /** Colour of the value bar (the status colour; the word and icon are beside the chart). */
  color: string;
  labels: { baseline: string; goal: string; latest: string; projection: string };
};

const MUTED = '#4a5360';

/** The axis runs from 0 (or below the smallest negative value) to a little above the largest value. */
export function bulletScale(values: readonly number[]): { min: number; max: number } {
  const max = Math.max(...values, 0);
  const min = Math.min(...values, 0);
  const pad = (max - min || 1) * 0.12;
  return { min: min < 0 ? min - pad : 0, max: max + pad };
}

export function bulletOption(input: BulletInput): ECOption {
  const values = [input.baseline, input.threshold, input.latest, input.projection].filter(
    (v): v is number => v !== undefined,
  );
  const { min, max } = bulletScale(values);
  const fmt = (v: number) => formatValue(v, input.unit);
  const markLines: { name: string; xAxis: number; lineStyle: object; label: object }[] = [];
  if (input.threshold !== undefined) {
    markLines.push({
      name: input.labels.goal,
      xAxis: input.threshold,
      lineStyle: { color: '#1b1f24', width: 3, type: 'solid' },
      label: { formatter: `${input.labels.goal} ${fmt(input.threshold)}`, position: 'end', color: '#1b1f24' },
    });
  }
  if (input.projection !== undefined) {
    markLines.push({
      name: input.labels.projection,
      xAxis: input.projection,
      lineStyle: { color: MUTED, width: 2, type: 'dashed' },
      label: { show: false },
    });
  }
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 22, bottom: 22, containLabel: false },
    xAxis: {
      type: 'value',
      min,
      max,
      splitNumber: 4,
      // The unit is in the goal label and the figures below; bare numbers keep the axis legible.
      axisLabel: { formatter: (v: number) => formatNumber(v), color: MUTED, fontSize: 11, hideOverlap: true },
      splitLine: { lineStyle: { color: '#e3e6ea' } },
    },
    yAxis: { type: 'category', data: [''], show: false },
    series: [
      {
        type: 'bar',
        name: input.labels.latest,
        data: input.latest === undefined ? [] : [input.latest],
        barWidth: 14,
        itemStyle: { color: input.color },
        markLine: markLines.length ? { symbol: 'none', silent: true, data: markLines } : undefined,
      },
      {
        type: 'scatter',
        name: input.labels.baseline,
        data: input.baseline === undefined ? [] : [[input.baseline, '']],
        symbol: 'diamond',
        symbolSize: 14,
        itemStyle: { color: '#ffffff', borderColor: '#1b1f24', borderWidth: 2 },
        z: 3,
      },
    ],
  };
}
