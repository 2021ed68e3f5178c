import { describe, expect, it } from 'vitest';
import { gaugeOption, gaugeScale } from './gauge-option';

const labels = { latest: 'Seneste', goal: 'Mål', baseline: 'Udgangspunkt' };

describe('gaugeOption', () => {
  it('draws the latest value as a bar with the goal line labelled in Danish', () => {
    const option = gaugeOption({
      unit: 'personer',
      latest: 34,
      threshold: 35,
      baseline: 40,
      color: '#6fdd95',
      fontSize: 20,
      labels,
    });
    const [bar, baseline] = option.series as {
      data: unknown[];
      markLine?: { data: { xAxis: number; label: { formatter: string } }[] };
    }[];
    expect(bar!.data).toEqual([34]);
    expect(bar!.markLine!.data[0]!.xAxis).toBe(35);
    expect(bar!.markLine!.data[0]!.label.formatter).toBe('Mål 35\u00a0personer');
    expect(baseline!.data).toEqual([[40, '']]);
  });

  it('leaves the bar empty when there is no value yet, and scales type with the screen', () => {
    const option = gaugeOption({ unit: 'procent', threshold: 42, color: '#c3cad3', fontSize: 40, labels });
    const [bar] = option.series as { data: unknown[] }[];
    expect(bar!.data).toEqual([]);
    expect((option.xAxis as { axisLabel: { fontSize: number } }).axisLabel.fontSize).toBe(40);
  });

  it('starts the scale at zero and leaves room above the largest value', () => {
    expect(gaugeScale([34, 35, 40])).toEqual({ min: 0, max: 46 });
    expect(gaugeScale([-2, 4]).min).toBeLessThan(-2);
  });
});
