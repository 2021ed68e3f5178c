import { HOME_AREAS } from './areas';

/**
 * Which plan is in force for each home kommune: the newest employment plan
 * that names the kommune itself (Ishøj: BP22; Vallensbæk: BP23). A joint plan
 * for the old shared jobcenter counts for both until a kommune's own plan
 * replaces it. And which years the dataset has no plan for, up to now.
 */

type PlanLike = {
  readonly id: string;
  readonly kind: string;
  readonly year: number;
  readonly areas: readonly string[];
};

export type CurrentPlan<P extends PlanLike> = { readonly area: string; readonly plan: P };

export function currentPlans<P extends PlanLike>(plans: readonly P[]): CurrentPlan<P>[] {
  return Object.values(HOME_AREAS).flatMap((area) => {
    const own = plans
      .filter((p) => p.kind === 'beskaeftigelsesplan' && p.areas.includes(area))
      .sort((a, b) => b.year - a.year)[0];
    return own ? [{ area, plan: own }] : [];
  });
}

export function currentPlanIds(plans: readonly PlanLike[]): ReadonlySet<string> {
  return new Set(currentPlans(plans).map((c) => c.plan.id));
}

/** The years after the newest plan, up to this year: "no plan for 2024–2026". */
export function yearsWithoutPlan(plans: readonly PlanLike[], now: Date): { from: number; to: number } | undefined {
  const newest = Math.max(...plans.filter((p) => p.kind === 'beskaeftigelsesplan').map((p) => p.year));
  const year = now.getUTCFullYear();
  return Number.isFinite(newest) && newest < year ? { from: newest + 1, to: year } : undefined;
}
