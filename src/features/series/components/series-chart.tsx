import { useMemo } from 'react';
import { EChart } from '@/components/echart';
import type { Unit } from '@/domain/units';
import { seriesChartOption } from '../series-chart-option';
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

export function SeriesChart({ indicatorName, unit, allAreas, areas, model, related }: Props) {
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
      }),
    [unit, allAreas, areas, model, related],
  );
  if (!option) return null;
  return <EChart option={option} label={chartLabel(indicatorName, model)} height={440} className="series-chart" />;
}
