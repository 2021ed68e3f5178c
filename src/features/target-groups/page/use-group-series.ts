import { useMemo } from 'react';
import { useAreaName } from '@/api/reference';
import { useSeriesSet, type SeriesKey } from '@/api/series';
import type { IndicatorListItem } from '@/contract';
import { periodLabel } from '@/domain/period-label';
import { periodMidpoint } from '@/domain/period';
import { valuesByPeriod } from '@/domain/pick-value';
import type { Provenance } from '@/domain/provenance';
import { HEADER_AREAS, headerFigures, type HeaderRow } from './header-figures';
import { PAGE_AREAS, type SmallLine } from './small-multiple-option';

/** The areas an indicator is charted for on the page: the home areas and Hele landet, else whatever it has. */
export function chartAreas(indicator: IndicatorListItem): string[] {
  const own = PAGE_AREAS.filter((a) => indicator.areas.includes(a));
  return own.length > 0 ? own : indicator.areas.slice(0, 1);
}

export type GroupSeries = {
  figures: HeaderRow[];
  multiples: { indicator: IndicatorListItem; lines: SmallLine[] }[];
  pending: boolean;
  error: unknown;
  retry: () => void;
};

/** Fetches the series the page draws (and no others: in the large scenario an indicator has 98 kommuner). */
export function useGroupSeries(
  indicators: readonly IndicatorListItem[],
  documentYear: (document: string) => number,
  sourceName: (p: Provenance) => string,
): GroupSeries {
  const areaName = useAreaName();
  const keys = useMemo<SeriesKey[]>(
    () =>
      indicators.flatMap((i) => {
        const areas = new Set([...HEADER_AREAS.filter((a) => i.areas.includes(a)), ...chartAreas(i)]);
        return [...areas].map((area) => ({ indicatorId: i.id, area }));
      }),
    [indicators],
  );
  const set = useSeriesSet(keys);
  const lookup = set.lookup;
  const figures = useMemo(() => headerFigures(indicators, lookup, documentYear), [indicators, lookup, documentYear]);
  const multiples = useMemo(
    () =>
      indicators.flatMap((indicator) => {
        const lines = chartAreas(indicator)
          .map((area) => ({
            area,
            name: areaName(area),
            // One value per period, the one every view shows (pickValue): no zigzag between sources.
            points: valuesByPeriod(lookup(indicator.id, area)).map(({ point: p }) => ({
              x: periodMidpoint(p.period),
              value: p.value,
              periodText: periodLabel(p.period),
              synthetic: p.provenance.kind === 'synthetic',
              source: sourceName(p.provenance),
            })),
          }))
          .filter((l) => l.points.length > 0);
        return lines.length > 0 ? [{ indicator, lines }] : [];
      }),
    [indicators, lookup, areaName, sourceName],
  );
  return { figures, multiples, pending: set.pending, error: set.error, retry: set.retry };
}
