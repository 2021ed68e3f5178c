import { compare, type Comparator, type DatedValue, type Goal } from './goal';
import { comparePeriods, periodEndMonth, samePeriod, type Period } from './period';
import { periodLabel } from './period-label';
import { valueAt, type SourcedValue, type ValueChoice } from './pick-value';

/**
 * Resolves a goal to a number and a comparison. Relative goals (reduce by
 * 15 % from the baseline, close the gap to Hele landet, not above 2019, at or
 * below the national level) are resolved against the referenced values,
 * never a hard-coded number. A reference the sources disagree on is chosen by
 * pickValue, and the disagreement becomes a note.
 */

export type SeriesLookup = (indicatorId: string, area: string) => readonly SourcedValue[];

export type ThresholdContext = {
  readonly indicatorId?: string | undefined;
  readonly area: string;
  readonly baseline?: DatedValue | undefined;
  readonly lookup: SeriesLookup;
  /** The period being judged: close-gap and the benchmark goals need the benchmark's value then. */
  readonly at: Period;
};

/** The values a relative goal was resolved against, for sentences and charts. */
export type Compared = {
  /** The comparison area's value for the judged period (relative-to-benchmark, gap-narrows). */
  readonly benchmark?: ValueChoice | undefined;
  /** The area's own value in the reference period (relative-to-period, gap-narrows). */
  readonly reference?: ValueChoice | undefined;
  /** The comparison area's value in the reference period (gap-narrows). */
  readonly referenceBenchmark?: ValueChoice | undefined;
};

export type Threshold =
  | { ok: true; value: number; comparator: Comparator; notes: string[]; compared?: Compared }
  | { ok: false; reason: string };

/** The latest value at or before `period` (by end month); exact matches first. */
export function valueAtOrBefore<P extends DatedValue>(points: readonly P[], period: Period): P | undefined {
  const exact = points.find((p) => samePeriod(p.period, period));
  if (exact) return exact;
  return [...points]
    .filter((p) => periodEndMonth(p.period) <= periodEndMonth(period))
    .sort((a, b) => comparePeriods(a.period, b.period))
    .at(-1);
}

/** "Referencen for sep. 2019 er omstridt: 270 og 258; 270 er brugt." when the sources disagree. */
export function disputeNote(what: string, choice: ValueChoice): string[] {
  const others = choice.others.filter((o) => o.relation !== 'same').map((o) => o.point.value);
  if (others.length === 0) return [];
  return [
    `${what} for ${periodLabel(choice.period)} er omstridt: kilderne giver ${[choice.value, ...others].join(' og ')}; ${choice.value} er brugt.`,
  ];
}

function ok(value: number, comparator: Comparator, notes: string[] = [], compared?: Compared): Threshold {
  return { ok: true, value, comparator, notes, ...(compared ? { compared } : {}) };
}

export function resolveThreshold(goal: Goal, ctx: ThresholdContext): Threshold {
  const own = () => (ctx.indicatorId ? ctx.lookup(ctx.indicatorId, ctx.area) : []);
  const of = (area: string) => (ctx.indicatorId ? ctx.lookup(ctx.indicatorId, area) : []);
  switch (goal.kind) {
    case 'milestone':
      return { ok: false, reason: 'Målet er en opgave uden tal; det vurderes på planens egen opfølgning.' };
    case 'at-most':
      return ok(goal.value, 'le');
    case 'at-least':
    case 'reach-count':
      return ok(goal.value, 'ge');
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
      return ok(value, goal.percent < 0 ? 'le' : 'ge', notes);
    }
    case 'close-gap': {
      if (!ctx.baseline)
        return { ok: false, reason: 'Målet er at mindske en afstand, men kilderne har intet udgangspunkt.' };
      const benchmark = of(goal.benchmarkArea);
      const startBenchmark = valueAt(benchmark, ctx.baseline.period);
      if (!startBenchmark) {
        return {
          ok: false,
          reason: `Kilderne har ingen værdi for sammenligningsområdet i ${periodLabel(ctx.baseline.period)}.`,
        };
      }
      const gap = ctx.baseline.value - startBenchmark.value;
      const nowBenchmark = valueAt(benchmark, ctx.at) ?? valueAtOrBefore(benchmark, ctx.at) ?? startBenchmark;
      const notes =
        samePeriod(nowBenchmark.period, startBenchmark.period) && !samePeriod(startBenchmark.period, ctx.at)
          ? [`Sammenligningsområdets seneste kendte værdi er fra ${periodLabel(startBenchmark.period)}.`]
          : [];
      // Above the benchmark the gap must shrink from above, below it from below.
      return gap >= 0
        ? ok(nowBenchmark.value + gap - goal.points, 'le', notes)
        : ok(nowBenchmark.value + gap + goal.points, 'ge', notes);
    }
    case 'relative-to-period': {
      const reference = valueAt(own(), goal.referencePeriod);
      if (reference) return ok(reference.value, goal.comparator, disputeNote('Referencen', reference), { reference });
      if (goal.statedValue !== undefined) {
        return ok(goal.statedValue, goal.comparator, [
          `Niveauet i ${periodLabel(goal.referencePeriod)} er planens egen angivelse.`,
        ]);
      }
      return {
        ok: false,
        reason: `Kilderne har ingen værdi for ${periodLabel(goal.referencePeriod)} at sammenligne med.`,
      };
    }
    case 'relative-to-benchmark': {
      const benchmark = valueAt(of(goal.benchmarkArea), ctx.at);
      if (!benchmark) return { ok: false, reason: `Sammenligningsområdet har intet tal for ${periodLabel(ctx.at)}.` };
      return ok(benchmark.value, goal.comparator, disputeNote('Sammenligningsområdets tal', benchmark), { benchmark });
    }
    case 'gap-narrows': {
      const ownThen = valueAt(own(), goal.referencePeriod);
      const benchThen = valueAt(of(goal.benchmarkArea), goal.referencePeriod);
      const benchNow = valueAt(of(goal.benchmarkArea), ctx.at);
      if (!ownThen || !benchThen) {
        return {
          ok: false,
          reason: `Kilderne har ikke både områdets og sammenligningens tal for ${periodLabel(goal.referencePeriod)}.`,
        };
      }
      if (!benchNow) return { ok: false, reason: `Sammenligningsområdet har intet tal for ${periodLabel(ctx.at)}.` };
      const gap = ownThen.value - benchThen.value;
      // The gap narrows when the area is closer to the benchmark than it was: strictly inside the old gap.
      return ok(
        benchNow.value + gap,
        gap >= 0 ? 'lt' : 'gt',
        [
          ...disputeNote('Referencen', ownThen),
          `Afstanden i ${periodLabel(goal.referencePeriod)} var ${Math.round(Math.abs(gap) * 10) / 10} (${ownThen.value} mod ${benchThen.value}).`,
        ],
        { benchmark: benchNow, reference: ownThen, referenceBenchmark: benchThen },
      );
    }
  }
}

export function meets(value: number, threshold: { value: number; comparator: Comparator }): boolean {
  return compare(value, threshold.comparator, threshold.value);
}
