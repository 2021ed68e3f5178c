import { useMemo } from 'react';
import { ErrorState, LoadingState } from '@/components/query-state';
import { NationalStanding } from '@/components/national-standing';
import type { IndicatorListItem } from '@/contract';
import { strings } from '@/lib/strings';
import { comparison as comparisonStrings } from '@/lib/strings/comparison';
import { series as seriesStrings } from '@/lib/strings/series';
import { joinNames, rangeText } from '../series-model';
import { useSeriesPage } from '../use-series-page';
import { AreaPicker } from './area-picker';
import { CsvButton } from './csv-button';
import { DataDatesList } from './data-dates-list';
import { EventList } from './event-list';
import { IndicatorHeader } from './indicator-header';
import { RangePicker } from './range-picker';
import { RelatedToggle } from './related-toggle';
import { SeriesChart, SeriesChartPending } from './series-chart';
import { SeriesTable } from './series-table';
import { TargetList } from './target-list';
import { ViewToggle } from './view-toggle';
import { blockingError } from '@/api/query-problem';

const s = seriesStrings;

function withContext(prefix: string, error: unknown): Error {
  return new Error(`${prefix} ${error instanceof Error ? error.message : strings.errors.unexpected}`);
}

export function SeriesContent({ indicator }: { indicator: IndicatorListItem }) {
  const page = useSeriesPage(indicator);
  const { params, update, areaName, model, sources, selected, available } = page;
  // An area still on its way is left out of the chart until it arrives: a legend entry with no line.
  const coming = useMemo(() => sources.areas.filter((a) => a.pending).map((a) => a.area), [sources.areas]);
  const chartAreas = useMemo(
    () => selected.filter((code) => !coming.includes(code)).map((code) => ({ code, name: areaName(code) })),
    [selected, coming, areaName],
  );
  const failed = sources.areas.filter((a) => a.error);
  // Once a series is there, an area added to it does not take the chart away while it loads: the chart stays,
  // and says what it is fetching over its top (nothing below it moves).
  const drawn = sources.areas.some((a) => a.data);

  let body;
  if (coming.length > 0 && !drawn)
    body =
      params.view === 'tabel' ? (
        <LoadingState label={s.loading} />
      ) : (
        <SeriesChartPending areas={selected.length} label={s.loading} />
      );
  // Every chosen series failed: the errors above say it all; "no data" would be wrong.
  else if (selected.length > 0 && failed.length === selected.length) body = null;
  else if (model.rows.length === 0) body = <p className="empty-state">{s.empty}</p>;
  else if (params.view === 'tabel')
    body = (
      <>
        <SeriesTable caption={s.table.caption(indicator.name, rangeText(model.range))} rows={model.rows} />
        {page.relatedRows && page.relatedRows.rows.length > 0 && (
          <SeriesTable
            caption={s.related.tableCaption(page.relatedRows.name, rangeText(model.range))}
            rows={page.relatedRows.rows}
          />
        )}
      </>
    );
  else
    body = (
      <SeriesChart
        indicatorName={indicator.name}
        unit={indicator.unit}
        allAreas={available}
        areas={chartAreas}
        model={model}
        related={page.relatedRows}
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
              featured={page.featured}
              onChange={(areas) => update({ areas })}
            />
            <RelatedToggle related={page.related} chosen={params.compare} onChange={(compare) => update({ compare })} />
            <RangePicker years={model.years} range={model.range} onChange={(range) => update(range)} />
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
          {body && (
            <div className="series-body">
              {body}
              {/* Always there, so a screen reader knows the region before it speaks. */}
              <p className="series-coming" role="status">
                {drawn && coming.length > 0 ? s.loadingAreas(joinNames(coming.map(areaName))) : ''}
              </p>
            </div>
          )}
          <DataDatesList series={page.series} plans={sources.plans} areaName={areaName} now={page.now} />
          {page.crossSection?.data && (
            <NationalStanding
              section={page.crossSection.data}
              indicatorName={indicator.name}
              direction={indicator.direction}
              unit={indicator.unit}
              areas={page.standingAreas}
              documentTitle={page.documentTitle}
            />
          )}
          {page.crossSection && blockingError(page.crossSection) && (
            <ErrorState
              compact
              error={withContext(comparisonStrings.unavailable, page.crossSection.error)}
              onRetry={() => void page.crossSection?.refetch()}
            />
          )}
          <TargetList targets={model.targets} />
          <EventList events={model.events} />
        </>
      )}
    </>
  );
}
