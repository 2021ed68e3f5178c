import { useMemo } from 'react';
import { EChart } from '@/components/echart';
import type { Unit } from '@/domain/units';
import { seriesChartOption } from '../series-chart-option';
import { chartLabel, type SeriesModel } from '../series-model';

type Props = {
  indicatorName: string;
  unit: Unit;
  allAreas: readonly string[];
  areas: readonly { code: string; name: string }[];
  model: SeriesModel;
};

export function SeriesChart({ indicatorName, unit, allAreas, areas, model }: Props) {
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
      }),
    [unit, allAreas, areas, model],
  );
  if (!option) return null;
  return <EChart option={option} label={chartLabel(indicatorName, model)} height={440} className="series-chart" />;
}
