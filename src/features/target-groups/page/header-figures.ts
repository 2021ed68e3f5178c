import type { IndicatorListItem, Point } from '@/contract';
import { HOME_AREAS, NATIONAL_AREA } from '@/domain/areas';

/**
 * The figures at the top of a målgruppe page: for each indicator with a
 * figure for Ishøj or Vallensbæk, the figures the newest document gives for
 * Ishøj, Vallensbæk and Hele landet. Only sourced values: synthetic ones are
 * never headline figures.
 */

export const HEADER_AREAS = [HOME_AREAS.ishoej, HOME_AREAS.vallensbaek, NATIONAL_AREA] as const;

export type HeaderRow = {
  indicator: IndicatorListItem;
  /** Area code → the newest document's points, in period order (empty when none). */
  cells: ReadonlyMap<string, readonly Point[]>;
};

function sourceKey(p: Point): string | undefined {
  if (p.provenance.kind === 'document') return p.provenance.document;
  if (p.provenance.kind === 'official') return `${p.provenance.source}/${p.provenance.retrieved}`;
  return undefined;
}

/** The points from the newest source; `documentYear` ranks documents (official data ranks above all). */
export function newestSourcePoints(points: readonly Point[], documentYear: (document: string) => number): Point[] {
  let best: string | undefined;
  let bestRank = -Infinity;
  for (const p of points) {
    const key = sourceKey(p);
    if (key === undefined) continue;
    const rank = p.provenance.kind === 'official' ? Infinity : documentYear(key);
    if (rank > bestRank) {
      best = key;
      bestRank = rank;
    }
  }
  return best === undefined ? [] : points.filter((p) => sourceKey(p) === best);
}

export function headerFigures(
  indicators: readonly IndicatorListItem[],
  points: (indicatorId: string, area: string) => readonly Point[],
  documentYear: (document: string) => number,
): HeaderRow[] {
  return indicators.flatMap((indicator) => {
    const cells = new Map(
      HEADER_AREAS.map((area) => [area, newestSourcePoints(points(indicator.id, area), documentYear)] as const),
    );
    const home = [HOME_AREAS.ishoej, HOME_AREAS.vallensbaek].some((a) => (cells.get(a)?.length ?? 0) > 0);
    return home ? [{ indicator, cells }] : [];
  });
}
