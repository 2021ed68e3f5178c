import { describe, expect, it } from 'vitest';
import { formatAxisMonth } from '@/lib/format';
import { kioskSeriesOption } from './series-option';

const month = (y: number, m: number) => Date.UTC(y, m - 1, 15);

describe('kioskSeriesOption', () => {
  const option = kioskSeriesOption({
    unit: 'procent',
    fontSize: 38,
    lines: [
      { name: 'Ishøj', points: [{ x: month(2021, 1), value: 5.5 }] },
      { name: 'Vallensbæk', points: [{ x: month(2021, 1), value: 3.1 }] },
    ],
  });
  const series = option.series as { name: string; symbol: string; lineStyle: { type: string }; data: number[][] }[];
  const axis = (option.xAxis as { axisLabel: { formatter: (v: number) => string } }).axisLabel;
  const yAxis = (option.yAxis as { axisLabel: { formatter: (v: number) => string } }).axisLabel;

  it('draws one line per area with its own dash and marker, so colour is not the only signal', () => {
    expect(series.map((s) => s.name)).toEqual(['Ishøj', 'Vallensbæk']);
    expect(series[0]!.symbol).not.toBe(series[1]!.symbol);
    expect(series[0]!.lineStyle.type).not.toBe(series[1]!.lineStyle.type);
    expect(series[0]!.data[0]).toEqual([month(2021, 1), 5.5]);
  });

  it('writes the axes in Danish, in UTC', () => {
    expect(option.useUTC).toBe(true);
    expect(axis.formatter(Date.UTC(2024, 0, 1))).toBe('2024');
    expect(axis.formatter(Date.UTC(2024, 9, 1))).toBe('okt.');
    expect(formatAxisMonth(Date.UTC(2024, 4, 1))).toBe('maj');
    expect(yAxis.formatter(2.5)).toBe('2,5\u00a0%');
  });
});
