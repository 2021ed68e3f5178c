import type { SlideConfig } from '../playlist';
import { GaugeSlide } from './gauge-slide';
import { SeriesSlide } from './series-slide';
import { StatusSlide } from './status-slide';
import { TargetGroupSlide } from './target-group-slide';

export function Slide({ config }: { config: SlideConfig }) {
  switch (config.type) {
    case 'status':
      return <StatusSlide planId={config.plan} />;
    case 'maal':
      return <GaugeSlide planId={config.plan} targetIds={config.maal} />;
    case 'serie':
      return <SeriesSlide indicatorId={config.indikator} areas={config.omraader} />;
    case 'maalgruppe':
      return <TargetGroupSlide targetGroupId={config.maalgruppe} />;
    case 'sammenligning':
      return <SeriesSlide indicatorId={config.indikator} comparison />;
  }
}
