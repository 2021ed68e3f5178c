import type { IndicatorListItem, Target } from '@/contract';
import type { StatusTarget } from '@/domain/status';
import { unitOrCount } from '@/domain/units';

/*
 * Pure, with no query client behind it: the build and the bench judge targets
 * with it in node, exactly as the pages do in the browser.
 */

/** The target as the status engine sees it: its unit, its official tables, and whether its plan is in force. */
export function statusTarget(
  t: Target,
  indicators: readonly IndicatorListItem[],
  inForce: ReadonlySet<string>,
): StatusTarget {
  const indicator = indicators.find((i) => i.id === t.indicatorId);
  return {
    ...t,
    unit: unitOrCount(indicator?.unit),
    openEnded: t.level === 'retningsmaal' && inForce.has(t.planId),
    officialTables: indicator?.officialTables.map((o) => o.table),
  };
}
