/**
 * Where the marks of a bullet chart go, as fractions of its width (0–1): the
 * latest value as a bar from zero, the goal as a line, the baseline as a
 * diamond, the projection as a dashed tick. Pure, so the geometry is tested
 * and the chart is a few SVG elements, not a charting library.
 */

export type BulletValues = {
  readonly baseline?: number | undefined;
  readonly threshold?: number | undefined;
  readonly latest?: number | undefined;
  readonly projection?: number | undefined;
};

export type BulletLayout = {
  readonly min: number;
  readonly max: number;
  /** The bar from zero (or the axis start) to the latest value. */
  readonly bar?: { readonly from: number; readonly to: number } | undefined;
  readonly goal?: number | undefined;
  readonly baseline?: number | undefined;
  readonly projection?: number | undefined;
  /** Axis ticks: value and position. */
  readonly ticks: readonly { readonly value: number; readonly at: number }[];
};

/** Marks are kept inside the box, so the goal line is never drawn off the edge. */
const EDGE = 0.01;

function niceStep(range: number, count: number): number {
  const raw = range / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= raw)!;
  return step;
}

/** The axis runs from 0 (or below the smallest negative value) to a little above the largest value. */
export function bulletScale(values: readonly number[]): { min: number; max: number } {
  const max = Math.max(...values, 0);
  const min = Math.min(...values, 0);
  const pad = (max - min || 1) * 0.12;
  return { min: min < 0 ? min - pad : 0, max: max + pad };
}

export function bulletLayout(v: BulletValues, tickCount = 4): BulletLayout {
  const values = [v.baseline, v.threshold, v.latest, v.projection].filter((x): x is number => x !== undefined);
  const { min, max } = bulletScale(values);
  const at = (x: number) => Math.min(1 - EDGE, Math.max(EDGE, (x - min) / (max - min)));
  const zero = at(Math.max(min, 0));
  const step = niceStep(max - min, tickCount);
  const ticks: { value: number; at: number }[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + 1e-9; t += step) {
    const value = Math.round(t * 1e6) / 1e6;
    ticks.push({ value, at: (value - min) / (max - min) });
  }
  return {
    min,
    max,
    bar: v.latest === undefined ? undefined : { from: Math.min(zero, at(v.latest)), to: Math.max(zero, at(v.latest)) },
    goal: v.threshold === undefined ? undefined : at(v.threshold),
    baseline: v.baseline === undefined ? undefined : at(v.baseline),
    projection: v.projection === undefined ? undefined : at(v.projection),
    ticks,
  };
}
