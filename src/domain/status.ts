import { directionStatus } from './direction-status';
import { choiceNotes, contained, noFollowUp } from './status-rules';
import { higherIsBetter, type DatedValue } from './goal';
import { comparePeriods, periodEnd, periodEndMonth, periodMidpoint, periodStartMonth } from './period';
import { periodLabel } from './period-label';
import { valuesByPeriod } from './pick-value';
import { meets, resolveThreshold, type SeriesLookup } from './threshold';
import {
  TARGET_STATUSES,
  type Projection,
  type StatusResult,
  type StatusTarget,
  type TargetStatus,
} from './status-types';
import { isShareUnit } from './units';

export { TARGET_STATUSES };
export { choiceNotes, contained, noFollowUp } from './status-rules';
export type { Projection, StatusResult, StatusTarget, TargetStatus } from './status-types';

/**
 * The status engine: is a target met, on track, at risk or missed? Pure: it
 * takes the target, the sourced series and "now", and explains its answer.
 *
 * - Closed deadline: nået / ikke nået, judged on the latest value inside the
 *   deadline period (flagged `partial` when it does not cover the whole period).
 * - Open deadline: på vej / i risiko / ikke på vej, from a projection to the
 *   deadline (see `projectToDeadline`).
 * - No value to judge: mangler data, with the reason; or the document's own
 *   words about how it went, where it gives them and no figure.
 * - A retningsmål (a direction a pejlemærke states) and a milestone are
 *   judged by their own rules (direction-status.ts).
 */

/** Share of |threshold| within which a projected miss counts as "i risiko" rather than "ikke på vej". */
export const AT_RISK_TOLERANCE = 0.1;
const TREND_POINTS = 6;

/**
 * Projects the value at the deadline. Counts to reach within the period are
 * pro-rated from the share of the period elapsed; levels follow a least-squares
 * line through the latest points, or stay where they are when there is one point.
 */
export function projectToDeadline(target: StatusTarget, points: readonly DatedValue[], latest: DatedValue): Projection {
  if (target.goal.kind === 'reach-count' && contained(latest.period, target.deadline)) {
    const elapsed = periodEndMonth(latest.period) - periodStartMonth(target.deadline) + 1;
    const total = periodEndMonth(target.deadline) - periodStartMonth(target.deadline) + 1;
    return { value: (latest.value * total) / elapsed, method: 'Opregnet fra den del af perioden, der er gået' };
  }
  const recent = points.slice(-TREND_POINTS);
  if (recent.length < 2)
    return { value: latest.value, method: 'Seneste værdi fastholdt (for få punkter til en tendens)' };
  const xs = recent.map((p) => periodMidpoint(p.period));
  const ys = recent.map((p) => p.value);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  const slope = sxx === 0 ? 0 : xs.reduce((a, x, i) => a + (x - mx) * (ys[i]! - my), 0) / sxx;
  const at = periodEnd(target.deadline).getTime();
  return {
    value: my + slope * (at - mx),
    method: `Lineær tendens gennem de seneste ${recent.length} punkter, fremskrevet til ${periodLabel(target.deadline)}`,
  };
}

/** The document's words stand in when it gives no figure: nået or ikke nået, said to be so. */
function statedStatus(target: StatusTarget, base: StatusResult): StatusResult | undefined {
  if (!target.statedOutcome) return undefined;
  return {
    ...base,
    status: target.statedOutcome.met ? 'naaet' : 'ikke-naaet',
    stated: target.statedOutcome,
    reason: undefined,
    missing: undefined,
    notes: [`Vurderet på planens egen opfølgning i ord, ikke på et tal: «${target.statedOutcome.text}»`],
  };
}

export function targetStatus(target: StatusTarget, lookup: SeriesLookup, now: Date): StatusResult {
  if (target.goal.kind === 'milestone' || target.level === 'retningsmaal') return directionStatus(target, lookup, now);
  const own = target.indicatorId ? lookup(target.indicatorId, target.area) : [];
  const choices = valuesByPeriod([...own, ...target.actuals]);
  const closed = now.getTime() >= periodEnd(target.deadline).getTime();
  const candidates = choices.filter(
    (p) =>
      periodEnd(p.period).getTime() <= now.getTime() &&
      (!target.baseline || comparePeriods(p.period, target.baseline.period) > 0),
  );
  const inDeadline = candidates.filter((p) => contained(p.period, target.deadline));
  const latest = closed ? inDeadline.at(-1) : candidates.at(-1);
  const base = { partial: false, notes: [] as string[] };

  if (!latest) {
    const missing: StatusResult = {
      ...base,
      status: 'mangler-data',
      reason: noFollowUp(target, closed),
      missing: closed ? 'expired' : 'not-yet',
    };
    return statedStatus(target, missing) ?? missing;
  }
  const threshold = resolveThreshold(target.goal, { ...target, lookup, at: latest.period });
  if (!threshold.ok) return { ...base, status: 'mangler-data', latest, reason: threshold.reason };

  const distance = latest.value - threshold.value;
  const judged = {
    ...base,
    latest,
    threshold: threshold.value,
    distance,
    distanceUnit: isShareUnit(target.unit) ? ('procentpoint' as const) : target.unit,
    notes: [...choiceNotes(latest), ...threshold.notes],
  };
  if (closed) {
    // A level at the period's end is final; a count is only complete when it covers the whole period.
    const partial =
      periodEndMonth(latest.period) < periodEndMonth(target.deadline) ||
      (target.goal.kind === 'reach-count' && periodStartMonth(latest.period) > periodStartMonth(target.deadline));
    if (partial && target.goal.kind === 'reach-count' && !meets(latest.value, threshold)) {
      return {
        ...judged,
        partial,
        status: 'mangler-data',
        reason: `Kun opgjort for ${periodLabel(latest.period)}; hele ${periodLabel(target.deadline)} mangler.`,
      };
    }
    return { ...judged, partial, status: meets(latest.value, threshold) ? 'naaet' : 'ikke-naaet' };
  }

  const projection = projectToDeadline(target, candidates, latest);
  if (meets(projection.value, threshold)) return { ...judged, projection, status: 'paa-vej' };
  const tolerance = AT_RISK_TOLERANCE * Math.max(Math.abs(threshold.value), 1);
  const missBy = higherIsBetter(threshold.comparator)
    ? threshold.value - projection.value
    : projection.value - threshold.value;
  const status = meets(latest.value, threshold) || missBy <= tolerance ? 'i-risiko' : 'ikke-paa-vej';
  return { ...judged, projection, status };
}

/** How many results have each status, every status present (zero when none). */
export function countStatuses(results: Iterable<StatusResult>): Record<TargetStatus, number> {
  const counts = Object.fromEntries(TARGET_STATUSES.map((s) => [s, 0])) as Record<TargetStatus, number>;
  for (const r of results) counts[r.status] += 1;
  return counts;
}
