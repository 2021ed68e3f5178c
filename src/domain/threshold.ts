import { compare, type Comparator, type DatedValue, type Goal } from './goal';
import { comparePeriods, periodEndMonth, samePeriod, type Period } from './period';
import { periodLabel } from './period-label';
import type { SourcedValue } from './pick-value';

/**
 * Resolves a goal to a number and a comparison. Relative goals (reduce by
 * 15 % from the baseline, close the gap to Hele landet, not above 2019) are
 * resolved against the referenced values, never a hard-coded number.
 */

export type SeriesLookup = (indicatorId: string, area: string) => readonly SourcedValue[];

export type ThresholdContext = {
  readonly indicatorId: string;
  readonly area: string;
  readonly baseline?: DatedValue | undefined;
  readonly lookup: SeriesLookup;
  /** The period being judged: close-gap needs the benchmark's value then. */
  readonly at: Period;
};

export type Threshold =
  { ok: true; value: number; comparator: Comparator; notes: string[] } | { ok: false; reason: string };

/** The latest value at or before `period` (by end month); exact matches first. */
export function valueAtOrBefore(points: readonly DatedValue[], period: Period): DatedValue | undefined {
  const exact = points.find((p) => samePeriod(p.period, period));
  if (exact) return exact;
  return [...points]
    .filter((p) => periodEndMonth(p.period) <= periodEndMonth(period))
    .sort((a, b) => comparePeriods(a.period, b.period))
    .at(-1);
}

export function resolveThreshold(goal: Goal, ctx: ThresholdContext): Threshold {
  switch (goal.kind) {
    case 'at-most':
      return { ok: true, value: goal.value, comparator: 'le', notes: [] };
    case 'at-least':
    case 'reach-count':
      return { ok: true, value: goal.value, comparator: 'ge', notes: [] };
    case 'change-by-percent': {
      if (!ctx.baseline)
        return { ok: false, reason: 'Målet er en ændring i procent, men kilderne har intet udgangspunkt.' };
      const value = ctx.baseline.value * (1 + goal.percent / 100);
      const notes: string[] = [];
      if (goal.statedValue !== undefined && Math.abs(goal.statedValue - value) > 0.01 * Math.abs(value)) {
        notes.push(
          `Planen angiver ${goal.statedValue}, men ${goal.percent} % af udgangspunktet ${ctx.baseline.value} giver ${Math.round(value * 10) / 10}. Status beregnes efter reglen.`,
        );
      }
      return { ok: true, value, comparator: goal.percent < 0 ? 'le' : 'ge', notes };
    }
    case 'close-gap': {
      if (!ctx.baseline)
        return { ok: false, reason: 'Målet er at mindske en afstand, men kilderne har intet udgangspunkt.' };
      const benchmark = ctx.lookup(ctx.indicatorId, goal.benchmarkArea);
      const startBenchmark = benchmark.find((p) => samePeriod(p.period, ctx.baseline!.period));
      if (!startBenchmark) {
        return {
          ok: false,
          reason: `Kilderne har ingen værdi for sammenligningsområdet i ${periodLabel(ctx.baseline.period)}.`,
        };
      }
      const gap = ctx.baseline.value - startBenchmark.value;
      const nowBenchmark = valueAtOrBefore(benchmark, ctx.at) ?? startBenchmark;
      const notes =
        nowBenchmark === startBenchmark && !samePeriod(startBenchmark.period, ctx.at)
          ? [`Sammenligningsområdets seneste kendte værdi er fra ${periodLabel(startBenchmark.period)}.`]
          : [];
      // Above the benchmark the gap must shrink from above, below it from below.
      return gap >= 0
        ? { ok: true, value: nowBenchmark.value + gap - goal.points, comparator: 'le', notes }
        : { ok: true, value: nowBenchmark.value + gap + goal.points, comparator: 'ge', notes };
    }
    case 'relative-to-period': {
      const reference = ctx.lookup(ctx.indicatorId, ctx.area).find((p) => samePeriod(p.period, goal.referencePeriod));
      if (reference) return { ok: true, value: reference.value, comparator: goal.comparator, notes: [] };
      if (goal.statedValue !== undefined) {
        return {
          ok: true,
          value: goal.statedValue,
          comparator: goal.comparator,
          notes: [`Niveauet i ${periodLabel(goal.referencePeriod)} er planens egen angivelse.`],
        };
      }
      return {
        ok: false,
        reason: `Kilderne har ingen værdi for ${periodLabel(goal.referencePeriod)} at sammenligne med.`,
      };
    }
  }
}

export function meets(value: number, threshold: { value: number; comparator: Comparator }): boolean {
  return compare(value, threshold.comparator, threshold.value);
}
