import { useMemo } from 'react';
import { EChart } from '@/components/echart';
import { LoadingState } from '@/components/query-state';
import type { Unit } from '@/domain/units';
import { useMediaQuery } from '@/lib/use-media-query';
import { seriesChartHeight, seriesChartView } from '../series-chart-option';
import type { SeriesRow } from '../series-data';
import { chartLabel, type SeriesModel } from '../series-model';

type Props = {
  indicatorName: string;
  unit: Unit;
  allAreas: readonly string[];
  areas: readonly { code: string; name: string }[];
  model: SeriesModel;
  related?: { name: string; rows: readonly SeriesRow[] } | undefined;
};

/** Below this width the legend beside the plot would leave the plot under 280 px. */
const NARROW = '(max-width: 44rem)';

/**
 * While the series load: the loading message in a box of the chart's height
 * (its legend reckoned with one entry per chosen area), so the chart takes
 * the place the page already gave it instead of pushing everything below down.
 */
export function SeriesChartPending({ areas, label }: { areas: number; label: string }) {
  const narrow = useMediaQuery(NARROW);
  return (
    <div className="series-chart-pending" style={{ height: seriesChartHeight(narrow, Array<string>(areas).fill('')) }}>
      <LoadingState label={label} />
    </div>
  );
}

export function SeriesChart({ indicatorName, unit, allAreas, areas, model, related }: Props) {
  const narrow = useMediaQuery(NARROW);
  const view = useMemo(
    () =>
      model.window &&
      seriesChartView({
        unit,
        allAreas,
        areas,
        rows: model.rows,
        targets: model.targets,
        events: model.events,
        window: model.window,
        related,
        narrow,
      }),
    [unit, allAreas, areas, model, related, narrow],
  );
  if (!view) return null;
  return (
    <EChart
      option={view.option}
      label={chartLabel(indicatorName, model)}
      height={view.height}
      className="series-chart"
    />
  );
}
