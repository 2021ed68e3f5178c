import type { IndicatorListItem, Target } from '@/contract';
import { targetStatus, type StatusResult } from '@/domain/status';
import type { PointLookup } from './series';
import { keysOf } from './series-keys';
import { statusTarget } from './status-target';

/**
 * Each target's last judgement, with what it was judged on. The overview judges a target for the page, for
 * its plan's section and for "Siden sidste møde", each with its own set of series: on a phone's first screen
 * that was the same work three times over (the biggest part of hydrating the overview at 4× CPU). A target
 * is judged again only when it, a series it is judged on, the indicators, the plans or the moment change.
 * Keyed weakly by the target: one entry per target an answer holds, gone with the answer.
 */
const judged = new WeakMap<Target, { inputs: readonly unknown[]; result: StatusResult }>();

export type JudgeContext = {
  indicators: readonly IndicatorListItem[];
  /** The plan list's answer, which `inForce` is made from: it stands for `inForce`, a new set in each view. */
  plans: readonly object[];
  /** The plans in force. */
  inForce: ReadonlySet<string>;
  lookup: PointLookup;
  now: Date;
};

/** `targetStatus` of the target, the same result (the same object) for the same inputs. */
export function judgeTarget(t: Target, ctx: JudgeContext): StatusResult {
  const inputs = [
    ctx.indicators,
    ctx.plans,
    ctx.now.getTime(),
    ...keysOf(t).map((k) => ctx.lookup(k.indicatorId, k.area)),
  ];
  const last = judged.get(t);
  if (last && last.inputs.length === inputs.length && last.inputs.every((v, i) => Object.is(v, inputs[i]))) {
    return last.result;
  }
  const result = targetStatus(statusTarget(t, ctx.indicators, ctx.inForce), ctx.lookup, ctx.now);
  judged.set(t, { inputs, result });
  return result;
}
