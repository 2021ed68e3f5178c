import type { IndicatorListItem, Point } from '@/contract';
import { HOME_AREAS, NATIONAL_AREA } from '@/domain/areas';
import { comparePeriods, samePeriod, type Period } from '@/domain/period';
import { valueAt, valuesByPeriod, type ValueChoice } from '@/domain/pick-value';

/**
 * The figures at the top of a målgruppe page, for Ishøj, Vallensbæk and Hele
 * landet. Where an official series exists, all three on one shared period
 * (the newest month they all have), so the figures compare like with like.
 * Otherwise the figures the newest document gives. Only sourced values:
 * synthetic ones are never headline figures.
 */

export const HEADER_AREAS = [HOME_AREAS.ishoej, HOME_AREAS.vallensbaek, NATIONAL_AREA] as const;

export type HeaderRow = {
  indicator: IndicatorListItem;
  /** The shared period, when the figures are official. */
  period: Period | undefined;
  /** Area code → its values to show (one on the shared period, or the newest document's), in period order. */
  cells: ReadonlyMap<string, readonly ValueChoice<Point>[]>;
};

type Lookup = (indicatorId: string, area: string) => readonly Point[];

const official = (p: Point) => p.provenance.kind === 'official';

function documentKey(p: Point): string | undefined {
  return p.provenance.kind === 'document' ? p.provenance.document : undefined;
}

/** The points from the newest document; `documentYear` ranks documents. */
export function newestDocumentPoints(points: readonly Point[], documentYear: (document: string) => number): Point[] {
  let best: string | undefined;
  for (const p of points) {
    const key = documentKey(p);
    if (key !== undefined && (best === undefined || documentYear(key) > documentYear(best))) best = key;
  }
  return best === undefined ? [] : points.filter((p) => documentKey(p) === best);
}

/** The newest period every area with an official series has. */
export function sharedOfficialPeriod(series: readonly (readonly Point[])[]): Period | undefined {
  const withOfficial = series.map((points) => points.filter(official)).filter((points) => points.length > 0);
  if (withOfficial.length === 0) return undefined;
  const candidates = withOfficial[0]!.map((p) => p.period).sort((a, b) => comparePeriods(b, a));
  return candidates.find((period) => withOfficial.every((points) => points.some((p) => samePeriod(p.period, period))));
}

function row(indicator: IndicatorListItem, lookup: Lookup, documentYear: (document: string) => number): HeaderRow {
  const points = HEADER_AREAS.map((area) => lookup(indicator.id, area));
  const period = sharedOfficialPeriod(points);
  const cells = new Map(
    HEADER_AREAS.map((area, i) => {
      if (period) {
        const choice = valueAt(points[i]!, period);
        return [area, choice ? [choice] : []] as const;
      }
      return [area, valuesByPeriod(newestDocumentPoints(points[i]!, documentYear))] as const;
    }),
  );
  return { indicator, period, cells };
}

export function headerFigures(
  indicators: readonly IndicatorListItem[],
  lookup: Lookup,
  documentYear: (document: string) => number,
): HeaderRow[] {
  return indicators.flatMap((indicator) => {
    const r = row(indicator, lookup, documentYear);
    const home = [HOME_AREAS.ishoej, HOME_AREAS.vallensbaek].some((a) => (r.cells.get(a)?.length ?? 0) > 0);
    return home ? [r] : [];
  });
}
