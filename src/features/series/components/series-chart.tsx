import { useMemo } from 'react';
import { EChart } from '@/components/echart';
import type { Unit } from '@/domain/units';
import { useMediaQuery } from '@/lib/use-media-query';
import { narrowLegendHeight, seriesChartOption } from '../series-chart-option';
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

export function SeriesChart({ indicatorName, unit, allAreas, areas, model, related }: Props) {
  const narrow = useMediaQuery(NARROW);
  const option = useMemo(
    () =>
      model.window &&
      seriesChartOption({
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
  if (!option) return null;
  return (
    <EChart
      option={option}
      label={chartLabel(indicatorName, model)}
      height={narrow ? 440 + narrowLegendHeight((option.series as unknown[]).length) : 440}
      className="series-chart"
    />
  );
}
