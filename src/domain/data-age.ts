import type { SimplePeriod, Period } from './period';
import { periodEnd } from './period';
import type { SourcedValue } from './pick-value';

/**
 * How new a series' figures are: the newest period, whether the publisher
 * still calls it foreløbig, and whether it is overdue (older than the
 * series' own cadence plus a grace period). Only official series are
 * expected to keep coming; a plan's figures are dated, never overdue.
 */

const DAY = 86_400_000;

/** The publisher's cadence plus time to publish: a monthly series more than 75 days past its month is overdue. */
export const OVERDUE_AFTER_DAYS: Record<SimplePeriod['kind'], number> = { month: 75, quarter: 140, year: 410 };

export type DataAge = {
  readonly newest: Period;
  readonly kind: 'official' | 'document' | 'synthetic';
  readonly provisional: boolean;
  readonly overdue: boolean;
  /** Days from the end of the newest period to `now`. */
  readonly daysOld: number;
};

export function cadenceOf(p: Period): SimplePeriod['kind'] {
  return p.kind === 'range' ? p.end.kind : p.kind;
}

/** The age of a series from its newest value (pickValue's `latestValue(...).point`). */
export function dataAge(latest: SourcedValue | undefined, now: Date): DataAge | undefined {
  if (!latest) return undefined;
  const kind = latest.provenance.kind;
  const daysOld = Math.floor((now.getTime() - periodEnd(latest.period).getTime()) / DAY);
  return {
    newest: latest.period,
    kind,
    provisional: latest.provisional === true,
    overdue: kind === 'official' && daysOld > OVERDUE_AFTER_DAYS[cadenceOf(latest.period)],
    daysOld,
  };
}
