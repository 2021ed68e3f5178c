import { useCallback, useMemo } from 'react';
import { usePageNow } from '@/lib/page-now';
import { useCrossSection } from '@/api/cross-section';
import { useDocumentTitle } from '@/api/document-titles';
import { useAreaName, useAreas, useIndicators } from '@/api/reference';
import { useSeriesSet } from '@/api/series';
import type { IndicatorListItem } from '@/contract';
import { chosenAreas, hasNationalStanding, orderAreas } from '@/domain/series-areas';
import { inRange, toRows } from './series-data';
import { seriesModel } from './series-model';
import { useSeriesParams } from './use-series-params';
import { useSeriesSources } from './use-series-sources';

/** Everything the series page shows, from the address and what was loaded. */
export function useSeriesPage(indicator: IndicatorListItem) {
  const [params, update] = useSeriesParams();
  const areaName = useAreaName();
  const areas = useAreas();
  const indicators = useIndicators();
  const documentTitle = useDocumentTitle();
  // "Now" for the data's age: the build's moment while a prerendered page is hydrated, then the reader's.
  const now = usePageNow();
  const available = useMemo(() => orderAreas(indicator.areas), [indicator.areas]);
  const selected = useMemo(() => chosenAreas(available, params.areas), [available, params.areas]);
  const sources = useSeriesSources(indicator.id, selected);
  const roles = useMemo(() => new Map(areas.data?.map((a) => [a.code, a.role])), [areas.data]);
  const featured = useCallback((code: string) => (roles.get(code) ?? 'kommune') !== 'kommune', [roles]);

  const series = useMemo(() => sources.areas.flatMap((a) => (a.data ? [a.data] : [])), [sources.areas]);
  const model = useMemo(
    () =>
      seriesModel({
        indicatorId: indicator.id,
        unit: indicator.unit,
        noun: indicator.noun,
        selected,
        series,
        plans: sources.plans,
        targets: sources.targets,
        statuses: sources.statuses.statuses,
        requested: { from: params.from, to: params.to },
        areaName,
        documentTitle,
      }),
    [
      indicator,
      selected,
      series,
      sources.plans,
      sources.targets,
      sources.statuses.statuses,
      params.from,
      params.to,
      areaName,
      documentTitle,
    ],
  );

  const related = useMemo(
    () =>
      (indicator.related ?? []).flatMap((r) => {
        const found = indicators.data?.find((i) => i.id === r.indicatorId && i.areas.length > 0);
        return found ? [{ indicator: found, note: r.note }] : [];
      }),
    [indicator.related, indicators.data],
  );
  const compared = related.find((r) => r.indicator.id === params.compare)?.indicator;
  const relatedSet = useSeriesSet(
    useMemo(
      () =>
        compared
          ? selected.filter((a) => compared.areas.includes(a)).map((area) => ({ indicatorId: compared.id, area }))
          : [],
      [compared, selected],
    ),
  );
  const relatedRows = useMemo(() => {
    if (!compared || !model.range) return undefined;
    const rows = toRows(relatedSet.series, { unit: compared.unit, areaName, documentTitle });
    const range = model.range;
    return { name: compared.name, rows: rows.filter((r) => inRange(r.x, range)) };
  }, [compared, relatedSet.series, model.range, areaName, documentTitle]);

  const national = hasNationalStanding(indicator.areas);
  const crossSection = useCrossSection(indicator.id, national);
  const standingAreas = useMemo(
    () => (areas.data ?? []).filter((a) => a.role === 'hjemkommune' || a.role === 'sammenligning'),
    [areas.data],
  );

  return {
    params,
    update,
    areaName,
    documentTitle,
    now,
    available,
    selected,
    featured,
    sources,
    series,
    model,
    related,
    relatedRows,
    crossSection: national ? crossSection : undefined,
    standingAreas,
  };
}
