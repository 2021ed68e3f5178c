import type { Target } from '@/contract';
import { periodEnd, periodMidpoint, periodStart } from '@/domain/period';
import { periodLabel } from '@/domain/period-label';
import type { StatusResult } from '@/domain/status';
import { resolveThreshold, type SeriesLookup } from '@/domain/threshold';
import type { Unit } from '@/domain/units';
import type { Noun } from '@/lib/format';
import { goalText } from '@/lib/goal-text';
import { series as seriesStrings } from '@/lib/strings/series';
import { TARGET_COLORS } from './area-style';
import type { YearRange } from './series-data';

/**
 * The targets that use an indicator, ready to draw and to list: the goal
 * resolved to a number, the stretch of time it covers, and whether it is in
 * the chart (and why not when it is not).
 */

export type PlanTarget = { readonly target: Target; readonly planId: string; readonly planTitle: string };

export type TargetVisibility = 'shown' | 'area-not-selected' | 'out-of-range' | 'no-threshold';

export type TargetView = {
  readonly id: string;
  readonly title: string;
  readonly planId: string;
  readonly planTitle: string;
  readonly areaCode: string;
  readonly areaName: string;
  readonly goal: string;
  /** A direction read out of a pejlemærke, not the plan's own number. */
  readonly derived: boolean;
  readonly unit: Unit;
  readonly deadlineText: string;
  /** Legend name: "Mål: Højst 22 forløb (2014)". */
  readonly name: string;
  readonly color: string;
  /** Which of TARGET_COLORS: the target list's class (series-target-0 …), as its CSS has the same colours. */
  readonly colorIndex: number;
  readonly threshold?: number | undefined;
  readonly thresholdReason?: string | undefined;
  readonly status?: StatusResult | undefined;
  readonly baseline?: { readonly x: number; readonly value: number; readonly periodText: string } | undefined;
  /** From the baseline (or the deadline's start) to the end of the deadline period, in ms. */
  readonly start: number;
  readonly end: number;
  readonly deadlineStart: number;
  readonly source: string;
  readonly visibility: TargetVisibility;
};

export type TargetContext = {
  readonly unit: Unit;
  readonly noun?: Noun | undefined;
  readonly areaName: (code: string) => string;
  readonly statuses: ReadonlyMap<string, StatusResult>;
  readonly lookup: SeriesLookup;
  readonly selectedAreas: readonly string[];
  readonly range: YearRange | undefined;
};

const c = seriesStrings.chart;

function threshold(t: Target, ctx: TargetContext): { value?: number; reason?: string } {
  const status = ctx.statuses.get(t.id);
  if (status?.threshold !== undefined) return { value: status.threshold };
  // Without a follow-up the status engine stops before resolving the goal; the line is still worth drawing.
  const resolved = resolveThreshold(t.goal, { ...t, lookup: ctx.lookup, at: t.deadline });
  return resolved.ok ? { value: resolved.value } : { reason: resolved.reason };
}

function overlaps(start: number, end: number, range: YearRange | undefined): boolean {
  if (!range) return true;
  return end > Date.UTC(range.from, 0, 1) && start < Date.UTC(range.to + 1, 0, 1);
}

export function targetViews(targets: readonly PlanTarget[], ctx: TargetContext): TargetView[] {
  const base = targets.map(({ target: t, planId, planTitle }, i) => {
    // A direction read out of a pejlemærke says so wherever its goal is named, the chart's legend included.
    const derived = t.level === 'retningsmaal';
    const words = goalText(t.goal, ctx.unit, ctx.areaName, ctx.noun);
    const goal = derived ? c.derivedGoal(words) : words;
    const deadlineText = periodLabel(t.deadline);
    const resolved = threshold(t, ctx);
    const deadlineStart = periodStart(t.deadline).getTime();
    const start = t.baseline ? Math.min(periodMidpoint(t.baseline.period), deadlineStart) : deadlineStart;
    const end = periodEnd(t.deadline).getTime();
    const visibility: TargetVisibility = !ctx.selectedAreas.includes(t.area)
      ? 'area-not-selected'
      : resolved.value === undefined
        ? 'no-threshold'
        : overlaps(start, end, ctx.range)
          ? 'shown'
          : 'out-of-range';
    return {
      id: t.id,
      title: t.title,
      planId,
      planTitle,
      areaCode: t.area,
      areaName: ctx.areaName(t.area),
      goal,
      derived,
      unit: ctx.unit,
      deadlineText,
      name: c.targetName(goal, deadlineText),
      color: TARGET_COLORS[i % TARGET_COLORS.length]!,
      colorIndex: i % TARGET_COLORS.length,
      threshold: resolved.value,
      thresholdReason: resolved.reason,
      status: ctx.statuses.get(t.id),
      baseline: t.baseline && {
        x: periodMidpoint(t.baseline.period),
        value: t.baseline.value,
        periodText: periodLabel(t.baseline.period),
      },
      start,
      end,
      deadlineStart,
      source: `${planTitle}, ${t.provenance.location}`,
      visibility,
    };
  });
  // Legend entries are matched by name, so two targets may not share one.
  const counts = new Map<string, number>();
  for (const v of base) counts.set(v.name, (counts.get(v.name) ?? 0) + 1);
  return base.map((v) =>
    (counts.get(v.name) ?? 0) > 1 ? { ...v, name: c.targetNameWithArea(v.goal, v.deadlineText, v.areaName) } : v,
  );
}
