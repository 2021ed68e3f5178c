import type { SlideConfig } from '../playlist';
import { GaugeSlide } from './gauge-slide';
import { MovementSlide } from './movement-slide';
import { SeriesSlide } from './series-slide';
import { StatusNowSlide } from './status-now-slide';
import { StatusSlide } from './status-slide';
import { TargetGroupSlide } from './target-group-slide';

export function Slide({ config }: { config: SlideConfig }) {
  switch (config.type) {
    case 'statusnu':
      return <StatusNowSlide area={config.omraade} />;
    case 'status':
      return <StatusSlide planId={config.plan} />;
    case 'maal':
      return <GaugeSlide planId={config.plan} targetIds={config.maal} />;
    case 'serie':
      return <SeriesSlide indicatorId={config.indikator} areas={config.omraader} from={config.fra} />;
    case 'maalgruppe':
      return <TargetGroupSlide targetGroupId={config.maalgruppe} />;
    case 'sammenligning':
      return <SeriesSlide indicatorId={config.indikator} from={config.fra} comparison />;
    case 'bevaegelse':
      return <MovementSlide />;
  }
}
