import { describe, expect, it } from 'vitest';
import { bulletOption, bulletScale } from './bullet-option';

const labels = { baseline: 'Udgangspunkt', goal: 'Mål', latest: 'Senest', projection: 'Fremskrevet' };

describe('bulletOption', () => {
  // Sygedagpenge over 52 uger, Resultatrevision 2014: 27 → 39 against a maximum of 22.
  const option = bulletOption({ unit: 'forloeb', baseline: 27, threshold: 22, latest: 39, color: '#c0262d', labels });
  const [bar, baseline] = option.series as {
    type: string;
    data: unknown[];
    markLine?: { data: { xAxis: number; label: { formatter: string } }[] };
  }[];

  it('draws the latest value as a bar in the status colour', () => {
    expect(bar).toMatchObject({ type: 'bar', data: [39], itemStyle: { color: '#c0262d' } });
  });

  it('marks the goal as a line labelled in Danish', () => {
    expect(bar!.markLine!.data).toEqual([
      expect.objectContaining({ xAxis: 22, label: expect.objectContaining({ formatter: 'Mål 22\u00a0forløb' }) }),
    ]);
  });

  it('places the baseline on the same scale', () => {
    expect(baseline).toMatchObject({ type: 'scatter', data: [[27, '']] });
  });

  it('shows every value on one axis that starts at zero', () => {
    expect(option.xAxis).toMatchObject({ min: 0 });
    expect((option.xAxis as { max: number }).max).toBeGreaterThan(39);
  });

  it('leaves out what is unknown rather than drawing zero', () => {
    const empty = bulletOption({ unit: 'procent', threshold: 33, color: '#57606a', labels });
    const [emptyBar, emptyBase] = empty.series as { data: unknown[] }[];
    expect(emptyBar!.data).toEqual([]);
    expect(emptyBase!.data).toEqual([]);
  });
});

describe('bulletScale', () => {
  it('pads above the largest value and reaches below zero only for negative values', () => {
    expect(bulletScale([10, 20])).toEqual({ min: 0, max: 22.4 });
    expect(bulletScale([-5, 5]).min).toBeLessThan(-5);
  });
});
