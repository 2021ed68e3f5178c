import { useMemo } from 'react';
import { useAreaName, useIndicators, useTargetGroups } from '@/api/reference';
import { useSeriesSet } from '@/api/series';
import { periodLabel } from '@/domain/period-label';
import { formatValue } from '@/lib/format';
import { strings } from '@/lib/strings';
import { keyIndicators, latestPoint, sourceText } from '../figures';
import { useDocumentTitles } from '../use-document-titles';
import { SlideFrame, SlideState } from './slide-frame';

const HOME_AREAS = ['183', '187', 'jc-vallensbaek'];
// Six figures fit at five-metre type on both 1080p and 4K.
const MAX_FIGURES = 6;

/** A målgruppe's key figures: the latest value of its richest series in Ishøj, Vallensbæk and their jobcenter. */
export function TargetGroupSlide({ targetGroupId }: { targetGroupId: string }) {
  const groups = useTargetGroups();
  const indicators = useIndicators();
  const areaName = useAreaName();
  const titles = useDocumentTitles();
  const chosen = useMemo(
    () => keyIndicators(indicators.data ?? [], targetGroupId, HOME_AREAS, MAX_FIGURES),
    [indicators.data, targetGroupId],
  );
  const keys = useMemo(() => chosen.map(({ indicator, area }) => ({ indicatorId: indicator.id, area })), [chosen]);
  const set = useSeriesSet(keys);
  const name = groups.data?.find((g) => g.id === targetGroupId)?.name ?? targetGroupId;
  const title = strings.kiosk.targetGroup.heading(name);
  if (!indicators.data || !groups.data || (set.pending && set.series.length === 0)) {
    return <SlideState title={title} error={indicators.error ?? groups.error} />;
  }
  const figures = chosen.flatMap(({ indicator, area }) => {
    const point = latestPoint(set.lookup(indicator.id, area));
    return point ? [{ indicator, area, point }] : [];
  });
  if (figures.length === 0)
    return <SlideState title={title} error={set.error ?? new Error(strings.kiosk.targetGroup.none)} />;
  return (
    <SlideFrame title={title} sources={figures.map((f) => sourceText(f.point.provenance, titles))}>
      <ul className="kiosk-figures kiosk-figures-grid">
        {figures.map(({ indicator, area, point }) => (
          <li key={`${indicator.id}/${area}`}>
            <span className="kiosk-figure-area">
              {indicator.name} – {areaName(area)}
            </span>
            <span className="kiosk-figure-value">{formatValue(point.value, indicator.unit)}</span>
            <span className="kiosk-figure-period">{periodLabel(point.period)}</span>
          </li>
        ))}
      </ul>
    </SlideFrame>
  );
}
