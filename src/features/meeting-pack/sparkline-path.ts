import type { DatedValue } from '@/domain/goal';
import { periodEndMonth, periodStartMonth } from '@/domain/period';

/**
 * Geometry of a sparkline in SVG user units: the line through the values in
 * time order, a dot per value, and the goal as a horizontal line. Pure, so
 * print and screen draw the same picture and the maths is tested.
 */

export type SparklineBox = { readonly width: number; readonly height: number; readonly padding: number };

export type SparklineGeometry = {
  /** SVG path data ("M x y L x y …"); empty when there is nothing to draw. */
  readonly line: string;
  readonly dots: readonly { readonly x: number; readonly y: number }[];
  /** y of the goal line, when the goal resolves to a number. */
  readonly thresholdY?: number | undefined;
};

export const SPARKLINE_BOX: SparklineBox = { width: 120, height: 36, padding: 4 };

const round = (n: number) => Math.round(n * 10) / 10;

/** A period's place on the time axis: the middle of the months it covers. */
function timeOf(p: DatedValue): number {
  return (periodStartMonth(p.period) + periodEndMonth(p.period) + 1) / 2;
}

export function sparklinePath(
  points: readonly DatedValue[],
  threshold: number | undefined,
  box: SparklineBox = SPARKLINE_BOX,
): SparklineGeometry {
  if (points.length === 0) return { line: '', dots: [] };
  const ordered = [...points].sort((a, b) => timeOf(a) - timeOf(b));
  const times = ordered.map(timeOf);
  const values = [...ordered.map((p) => p.value), ...(threshold === undefined ? [] : [threshold])];
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const v0 = Math.min(...values);
  const v1 = Math.max(...values);
  const innerW = box.width - 2 * box.padding;
  const innerH = box.height - 2 * box.padding;
  // One moment or one level has no extent: centre it rather than divide by zero.
  const x = (t: number) => round(t1 === t0 ? box.width / 2 : box.padding + ((t - t0) / (t1 - t0)) * innerW);
  const y = (v: number) => round(v1 === v0 ? box.height / 2 : box.padding + ((v1 - v) / (v1 - v0)) * innerH);
  const dots = ordered.map((p, i) => ({ x: x(times[i]!), y: y(p.value) }));
  const line = dots.map((d, i) => `${i === 0 ? 'M' : 'L'}${d.x} ${d.y}`).join(' ');
  return { line, dots, thresholdY: threshold === undefined ? undefined : y(threshold) };
}
