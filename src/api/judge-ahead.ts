import type { QueryClient } from '@tanstack/react-query';
import type { Target } from '@/contract';
import { currentPlanIds } from '@/domain/current-plans';
import { nextTask } from '@/lib/next-task';
import { judgeTarget, type JudgeContext } from './judged-targets';
import { planQuery, plansQuery } from './plans';
import { indicatorsQuery } from './reference';
import { NO_POINTS, seriesQuery } from './series';
import { seriesKeysFor } from './series-keys';

/** A slice's length: short enough that a tap between two slices is answered at once, even on a phone. */
const SLICE_MS = 8;

/**
 * Judges, before a prerendered page is hydrated, every target whose plan and series are already in the
 * cache, at each of the given moments (the build's, then the reader's), a few at a time with the page free
 * between. The views judge through the same cache (judged-targets.ts) on the same answers, so hydrating
 * finds them judged: on a phone, the målgruppe table judged every goal of every plan in the one render that
 * attached it, then again at the reader's moment, two long tasks the reader could not interrupt.
 * A target whose series has not arrived is left to its view, which shows it loading.
 */
export async function judgeAhead(client: QueryClient, moments: readonly Date[]): Promise<void> {
  const indicators = client.getQueryData(indicatorsQuery().queryKey);
  const plans = client.getQueryData(plansQuery().queryKey);
  if (!indicators || !plans) return;
  const points = (indicatorId: string, area: string) =>
    client.getQueryData(seriesQuery(indicatorId, area).queryKey)?.points;
  // As the views judge it: once every series the API offers for it is there (one it does not offer has no points).
  const judgeable = (t: Target) =>
    seriesKeysFor([t], indicators).every((k) => points(k.indicatorId, k.area) !== undefined);
  const inForce = currentPlanIds(plans);
  const lookup: JudgeContext['lookup'] = (indicatorId, area) => points(indicatorId, area) ?? NO_POINTS;
  // Finding which targets can be judged is sliced too: every plan's targets against every series took a slice.
  let sliceStart = performance.now();
  const sliced = async () => {
    if (performance.now() - sliceStart <= SLICE_MS) return;
    await nextTask();
    sliceStart = performance.now();
  };
  const targets: Target[] = [];
  for (const plan of plans) {
    for (const target of client.getQueryData(planQuery(plan.id).queryKey)?.targets ?? []) {
      if (judgeable(target)) targets.push(target);
      await sliced();
    }
  }
  for (const now of moments) {
    for (const target of targets) {
      judgeTarget(target, { indicators, plans, inForce, lookup, now });
      await sliced();
    }
  }
}
