import { describe, expect, it } from 'vitest';
import { parsePeriod } from '@/domain/period';
import { sparklinePath, type SparklineBox } from './sparkline-path';

const at = (code: string, value: number) => {
  const p = parsePeriod(code);
  if (!p.ok) throw new Error(p.error);
  return { period: p.value, value };
};
const box: SparklineBox = { width: 100, height: 40, padding: 0 };

describe('sparkline path', () => {
  it('draws nothing without values', () => {
    expect(sparklinePath([], 96, box)).toEqual({ line: '', dots: [] });
  });

  it('spans the box from the first to the last period, higher values nearer the top', () => {
    const g = sparklinePath([at('2014-12', 93), at('2014-01', 102)], undefined, box);
    expect(g.line).toBe('M0 0 L100 40');
    expect(g.thresholdY).toBeUndefined();
  });

  it('includes the goal in the vertical range and returns its height for the dashed line', () => {
    const g = sparklinePath([at('2014-01', 102), at('2014-12', 93)], 90, box);
    // 102 at the top, 90 at the bottom: 93 sits a quarter of the way up.
    expect(g.dots).toEqual([
      { x: 0, y: 0 },
      { x: 100, y: 30 },
    ]);
    expect(g.thresholdY).toBe(40);
  });

  it('places values by time, so uneven gaps stay uneven', () => {
    const g = sparklinePath([at('2014-01', 1), at('2014-03', 2), at('2014-11', 3)], undefined, box);
    expect(g.dots.map((d) => d.x)).toEqual([0, 20, 100]);
  });

  it('puts a window of months at its middle', () => {
    const g = sparklinePath([at('2015-01', 0), at('2015-01/2015-07', 1), at('2015-07', 2)], undefined, box);
    expect(g.dots.map((d) => d.x)).toEqual([0, 50, 100]);
  });

  it('centres a single value, and a flat line with its goal', () => {
    expect(sparklinePath([at('2014', 34)], undefined, box)).toEqual({ line: 'M50 20', dots: [{ x: 50, y: 20 }] });
    const flat = sparklinePath([at('2014', 5), at('2015', 5)], 5, box);
    expect(flat.dots.map((d) => d.y)).toEqual([20, 20]);
    expect(flat.thresholdY).toBe(20);
  });

  it('keeps the padding free', () => {
    const g = sparklinePath([at('2014', 0), at('2015', 10)], undefined, { width: 100, height: 40, padding: 5 });
    expect(g.line).toBe('M5 35 L95 5');
  });
});
