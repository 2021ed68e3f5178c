import { useCallback, useMemo } from 'react';
import { useAreaName } from '@/api/reference';
import { ErrorState, LoadingState } from '@/components/query-state';
import type { IndicatorListItem } from '@/contract';
import { strings } from '@/lib/strings';
import { orderAreas } from '../series-data';
import { rangeText, seriesModel } from '../series-model';
import { chosenAreas } from '../series-params';
import { useSeriesParams } from '../use-series-params';
import { useSeriesSources } from '../use-series-sources';
import { AreaPicker } from './area-picker';
import { CsvButton } from './csv-button';
import { DataDatesList } from './data-dates-list';
import { EventList } from './event-list';
import { IndicatorHeader } from './indicator-header';
import { RangePicker } from './range-picker';
import { SeriesChart } from './series-chart';
import { SeriesTable } from './series-table';
import { TargetList } from './target-list';
import { ViewToggle } from './view-toggle';

const s = strings.series;

function withContext(prefix: string, error: unknown): Error {
  return new Error(`${prefix} ${error instanceof Error ? error.message : strings.errors.unexpected}`);
}

export function SeriesContent({ indicator }: { indicator: IndicatorListItem }) {
  const [params, update] = useSeriesParams();
  const areaName = useAreaName();
  const available = useMemo(() => orderAreas(indicator.areas), [indicator.areas]);
  const selected = useMemo(() => chosenAreas(available, params.areas), [available, params.areas]);
  const sources = useSeriesSources(indicator.id, selected);
  const { planTitles } = sources;
  const documentTitle = useCallback((file: string) => planTitles.get(file), [planTitles]);

  const series = useMemo(() => sources.areas.flatMap((a) => (a.data ? [a.data] : [])), [sources.areas]);
  const model = useMemo(
    () =>
      seriesModel({
        indicatorId: indicator.id,
        unit: indicator.unit,
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
  const chartAreas = useMemo(() => selected.map((code) => ({ code, name: areaName(code) })), [selected, areaName]);
  const failed = sources.areas.filter((a) => a.error);

  let body;
  if (sources.seriesPending) body = <LoadingState label={s.loading} />;
  // Every chosen series failed: the errors above say it all; "no data" would be wrong.
  else if (selected.length > 0 && failed.length === selected.length) body = null;
  else if (model.rows.length === 0) body = <p className="empty-state">{s.empty}</p>;
  else if (params.view === 'tabel')
    body = <SeriesTable caption={s.table.caption(indicator.name, rangeText(model.range))} rows={model.rows} />;
  else
    body = (
      <SeriesChart
        indicatorName={indicator.name}
        unit={indicator.unit}
        allAreas={available}
        areas={chartAreas}
        model={model}
      />
    );

  return (
    <>
      <IndicatorHeader indicator={indicator} />
      {available.length === 0 ? (
        <p>{s.noAreas}</p>
      ) : (
        <>
          <section className="series-controls" aria-label={s.controls}>
            <AreaPicker
              available={available}
              selected={selected}
              areaName={areaName}
              onChange={(areas) => update({ areas })}
            />
            {model.range && <RangePicker years={model.years} range={model.range} onChange={(range) => update(range)} />}
            <ViewToggle view={params.view} onChange={(view) => update({ view })} />
            <CsvButton
              indicatorId={indicator.id}
              indicatorName={indicator.name}
              rows={model.rows}
              range={model.range}
            />
          </section>
          {failed.map((a) => (
            <ErrorState
              key={a.area}
              compact
              error={withContext(s.seriesError(areaName(a.area)), a.error)}
              onRetry={sources.retrySeries}
            />
          ))}
          {Boolean(sources.plansError) && (
            <ErrorState compact error={withContext(s.plansError, sources.plansError)} onRetry={sources.retryPlans} />
          )}
          {body && <div className="series-body">{body}</div>}
          <DataDatesList series={series} plans={sources.plans} areaName={areaName} />
          <TargetList targets={model.targets} />
          <EventList events={model.events} />
        </>
      )}
    </>
  );
}
