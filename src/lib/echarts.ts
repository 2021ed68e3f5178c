/**
 * The only place ECharts modules are registered. Imported lazily (by the
 * EChart component), so ECharts lands in its own chunk that pages without a
 * chart never download.
 */
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  LineChart,
  BarChart,
  ScatterChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  MarkAreaComponent,
  MarkPointComponent,
  // SVG keeps small charts crisp, prints sharply and costs less memory than canvas.
  SVGRenderer,
]);

export { echarts };
export type { EChartsType } from 'echarts/core';
