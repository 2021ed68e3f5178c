import { HOME_AREAS, NATIONAL_AREA } from '@/domain/areas';
import { isShareUnit, type Unit } from '@/domain/units';

/** The areas a målgruppe's key figures are set side by side for. */
export const KEY_AREAS: readonly string[] = [HOME_AREAS.ishoej, HOME_AREAS.vallensbaek, NATIONAL_AREA];

// Three rows of figures fit at five-metre type on both 1080p and 4K.
const MAX_ROWS = 3;

type IndicatorLike = {
  readonly id: string;
  readonly targetGroupId: string;
  readonly unit: Unit;
  readonly areas: readonly string[];
  readonly pointCount: number;
  readonly officialTables: readonly { readonly table: string }[];
};

/**
 * Indicators to show for a målgruppe: official ones with figures for all
 * three areas first (shares before counts: a share compares a kommune with the
 * country, a count does not), then the richest others.
 */
export function keyIndicators<T extends IndicatorLike>(
  indicators: readonly T[],
  targetGroupId: string,
  imported: ReadonlySet<string>,
): T[] {
  const score = (i: T) =>
    (i.officialTables.some((t) => imported.has(t.table)) ? 4 : 0) +
    (KEY_AREAS.every((a) => i.areas.includes(a)) ? 2 : 0) +
    (isShareUnit(i.unit) ? 1 : 0);
  return indicators
    .filter((i) => i.targetGroupId === targetGroupId && KEY_AREAS.some((a) => i.areas.includes(a)))
    .sort((a, b) => score(b) - score(a) || b.pointCount - a.pointCount)
    .slice(0, MAX_ROWS);
}
