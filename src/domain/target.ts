import { comparePeriods, type Period } from './period';

type Dated = { readonly period: Period };

/** The follow-up for the latest period; ties keep the first listed (the document's own order). */
export function latestActual<T extends Dated>(actuals: readonly T[]): T | undefined {
  return actuals.reduce<T | undefined>(
    (latest, a) => (!latest || comparePeriods(a.period, latest.period) > 0 ? a : latest),
    undefined,
  );
}
