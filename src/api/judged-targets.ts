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
 * A target is judged at more than one moment on the same page: the build's while a prerendered page is
 * attached, the reader's after that, and the meeting date's for "Siden sidste møde"; so each target keeps
 * its last few judgements, not one that the next moment would replace. Keyed weakly by the target: gone
 * with the answer that holds it.
 */
type Judgement = { inputs: readonly unknown[]; result: StatusResult };
const judged = new WeakMap<Target, Judgement[]>();
/** Build moment, reader's moment, meeting date, and one to spare for a date being changed. */
const KEPT_PER_TARGET = 4;

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
  const kept = judged.get(t) ?? [];
  const same = kept.find((j) => j.inputs.length === inputs.length && j.inputs.every((v, i) => Object.is(v, inputs[i])));
  const judgement = same ?? {
    inputs,
    result: targetStatus(statusTarget(t, ctx.indicators, ctx.inForce), ctx.lookup, ctx.now),
  };
  // The most recently asked first: what is dropped is what no view has asked for the longest.
  judged.set(t, [judgement, ...kept.filter((j) => j !== judgement)].slice(0, KEPT_PER_TARGET));
  return judgement.result;
}
