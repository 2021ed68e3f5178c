import { describe, expect, it } from 'vitest';
import { buildSmallMultipleOption, sharedExtent, smallMultipleLabel, type SmallLine } from './small-multiple-option';

const ishoej: SmallLine = {
  area: '183',
  name: 'Ishøj',
  points: [
    { x: 100, value: 258, periodText: 'sep. 2019', synthetic: false, source: 'BP22, Figur 9' },
    { x: 300, value: 427, periodText: 'sep. 2021', synthetic: false, source: 'BP22, Figur 9' },
  ],
};
const national: SmallLine = {
  area: '000',
  name: 'Hele landet',
  points: [{ x: 50, value: 5.5, periodText: '2019', synthetic: true, source: 'Syntetisk' }],
};

describe('small multiples', () => {
  it('share one time axis: the span of every chart on the page', () => {
    expect(sharedExtent([ishoej, national])).toEqual({ min: 50, max: 300 });
    expect(sharedExtent([])).toBeUndefined();
    const single = sharedExtent([national])!;
    expect(single.min).toBeLessThan(50);
    expect(single.max).toBeGreaterThan(50);
  });

  it('draw each area as its own line with its own symbol and pattern on that axis', () => {
    const option = buildSmallMultipleOption({
      unit: 'helaarspersoner',
      lines: [ishoej, national],
      extent: { min: 0, max: 400 },
    });
    expect(option.xAxis).toMatchObject({ type: 'time', min: 0, max: 400 });
    const series = option.series as { name: string; symbol: string; lineStyle: { type: string }; data: unknown[] }[];
    expect(series.map((s) => s.name)).toEqual(['Ishøj', 'Hele landet']);
    expect(series[0]!.symbol).not.toBe(series[1]!.symbol);
    expect(series[0]!.lineStyle.type).not.toBe(series[1]!.lineStyle.type);
    expect(series[0]!.data[1]).toMatchObject({
      value: [300, 427],
      name: 'Ishøj, sep. 2021: 427\u00a0helårspersoner (BP22, Figur 9)',
    });
    expect(series[1]!.data[0]).toMatchObject({ name: expect.stringContaining('Syntetisk') });
  });

  it('say in words what each line shows, and when values are synthetic', () => {
    const label = smallMultipleLabel('Sygedagpenge', 'helaarspersoner', [ishoej, national]);
    expect(label).toContain('Sygedagpenge');
    expect(label).toContain('Ishøj: 2 værdier fra sep. 2019 til sep. 2021, senest 427\u00a0helårspersoner.');
    expect(label).toContain('syntetisk');
  });
});
