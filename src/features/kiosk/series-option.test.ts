import { describe, expect, it } from 'vitest';
import { kioskSeriesOption } from './series-option';

describe('kioskSeriesOption', () => {
  const option = kioskSeriesOption({
    unit: 'procent',
    fontSize: 24,
    lines: [
      { name: 'Ishøj', points: [{ x: 1, value: 5.5, label: '2021' }] },
      { name: 'Vallensbæk', points: [{ x: 1, value: 3.1, label: '2021' }] },
    ],
  });
  const series = option.series as {
    name: string;
    symbol: string;
    data: { value: number[] }[];
    label: { formatter: (p: { value: unknown }) => string };
  }[];

  it('draws one line per area with its own marker shape, so colour is not the only signal', () => {
    expect(series.map((s) => s.name)).toEqual(['Ishøj', 'Vallensbæk']);
    expect(series[0]!.symbol).not.toBe(series[1]!.symbol);
    expect(series[0]!.data[0]!.value).toEqual([1, 5.5]);
  });

  it('labels points in Danish number format', () => {
    expect(series[0]!.label.formatter({ value: [1, 5.5] })).toBe('5,5\u00a0%');
  });
});
