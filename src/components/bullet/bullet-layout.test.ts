import { describe, expect, it } from 'vitest';
import { bulletLayout, bulletScale } from './bullet-layout';

describe('bullet layout', () => {
  // Sygedagpenge over 52 uger, Resultatrevision 2014: 27 → 39 against a maximum of 22.
  const layout = bulletLayout({ baseline: 27, threshold: 22, latest: 39 });

  it('shows every value on one axis that starts at zero, with room above the largest', () => {
    expect(layout.min).toBe(0);
    expect(layout.max).toBeCloseTo(39 * 1.12);
  });

  it('draws the latest value as a bar from zero and places goal and baseline on the same scale', () => {
    expect(layout.bar!.from).toBeCloseTo(0.01);
    expect(layout.bar!.to).toBeCloseTo(39 / (39 * 1.12));
    expect(layout.goal).toBeCloseTo(22 / (39 * 1.12));
    expect(layout.baseline).toBeCloseTo(27 / (39 * 1.12));
  });

  it('keeps the goal mark inside the box even at the edge of the scale', () => {
    const atZero = bulletLayout({ threshold: 0, latest: 5 });
    expect(atZero.goal).toBeGreaterThan(0);
    expect(atZero.goal).toBeLessThan(1);
  });

  it('puts round ticks on the axis', () => {
    expect(bulletLayout({ threshold: 3, latest: 2.9 }).ticks.map((t) => t.value)).toEqual([0, 1, 2, 3]);
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 20, 40]);
  });

  it('reaches below zero for negative values', () => {
    expect(bulletScale([-2, 3]).min).toBeLessThan(-2);
    const neg = bulletLayout({ threshold: -0.5, latest: -1.2 });
    expect(neg.bar!.to).toBeGreaterThan(neg.bar!.from);
  });
});
