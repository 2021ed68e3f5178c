import { useMemo } from 'react';
import { useAreaName, useIndicators } from '@/api/reference';
import { useSeriesSet } from '@/api/series';
import { EChart } from '@/components/echart';
import type { Series } from '@/contract';
import { periodMidpoint } from '@/domain/period';
import { periodLabel } from '@/domain/period-label';
import { formatValue } from '@/lib/format';
import { strings } from '@/lib/strings';
import { latestCommon, latestPoint, sourceText } from '../figures';
import { kioskSeriesOption } from '../series-option';
import { useChartFontSize } from '../use-font-size';
import { useDocumentTitles } from '../use-document-titles';
import { SlideFrame, SlideState } from './slide-frame';

const s = strings.kiosk.series;
const COMPARED = ['183', '187'];

/** A time series for chosen areas; as a comparison, Ishøj against Vallensbæk with their latest shared period. */
export function SeriesSlide({
  indicatorId,
  areas,
  comparison,
}: {
  indicatorId: string;
  areas?: readonly string[];
  comparison?: boolean;
}) {
  const shownAreas = comparison ? COMPARED : (areas ?? COMPARED);
  const keys = useMemo(() => shownAreas.map((area) => ({ indicatorId, area })), [indicatorId, shownAreas]);
  const set = useSeriesSet(keys);
  const indicator = useIndicators().data?.find((i) => i.id === indicatorId);
  const areaName = useAreaName();
  const titles = useDocumentTitles();
  const fontSize = useChartFontSize();
  const name = indicator?.name ?? indicatorId;
  const title = comparison ? strings.kiosk.comparison.heading(name) : s.heading(name);
  const unit = indicator?.unit ?? set.series[0]?.unit ?? 'antal';
  const ordered = useMemo(
    () => shownAreas.flatMap((a) => set.series.filter((x) => x.area === a)),
    [shownAreas, set.series],
  );
  const option = useMemo(
    () =>
      kioskSeriesOption({
        unit,
        fontSize,
        lines: ordered.map((x) => ({
          name: areaName(x.area),
          points: x.points.map((p) => ({ x: periodMidpoint(p.period), value: p.value, label: periodLabel(p.period) })),
        })),
      }),
    [unit, fontSize, ordered, areaName],
  );
  if (ordered.length === 0)
    return (
      <SlideState title={title} error={set.pending ? undefined : (set.error ?? new Error(strings.kiosk.noData))} />
    );
  const latest = ordered.map((x) => ({ series: x, point: latestPoint(x.points) }));
  const latestText = latest
    .flatMap(({ series, point }) =>
      point ? [s.latestIn(areaName(series.area), formatValue(point.value, unit), periodLabel(point.period))] : [],
    )
    .join('; ');
  const common = comparison && ordered.length === 2 ? latestCommon(ordered[0]!.points, ordered[1]!.points) : undefined;
  const sources = ordered.flatMap((x) => x.points.map((p) => sourceText(p.provenance, titles)));
  return (
    <SlideFrame title={title} sources={sources}>
      <ul className="kiosk-figures kiosk-figures-row">
        {(common
          ? [
              { series: ordered[0]!, point: common.a },
              { series: ordered[1]!, point: common.b },
            ]
          : latest
        ).map(({ series, point }) => (
          <li key={series.area}>
            <span className="kiosk-figure-area">{areaName(series.area)}</span>
            <span className="kiosk-figure-value">{point ? formatValue(point.value, unit) : '–'}</span>
            <span className="kiosk-figure-period">{point ? periodLabel(point.period) : strings.kiosk.noData}</span>
          </li>
        ))}
      </ul>
      {comparison && (
        <p className="kiosk-note">
          {common ? strings.kiosk.comparison.same(periodLabel(common.period)) : strings.kiosk.comparison.noCommon}
        </p>
      )}
      <EChart
        option={option}
        label={s.chartLabel(name, latestText)}
        height="100%"
        className="kiosk-chart kiosk-chart-series"
      />
      <SeriesTable name={name} series={ordered} areaName={areaName} />
    </SlideFrame>
  );
}

/**
 * The chart's figures as a table for screen readers. The header row sits in
 * the body rather than in a <thead>: Chromium keeps a small object (a media
 * query set) for every <thead> it has laid out, for as long as the page
 * lives, and the wall screen mounts this table on every rotation; measured
 * with `npm run bench`, that was the one thing still growing after a week's
 * worth of slides.
 */
function SeriesTable({
  name,
  series,
  areaName,
}: {
  name: string;
  series: readonly Series[];
  areaName: (c: string) => string;
}) {
  return (
    <table className="visually-hidden">
      <caption>{s.tableCaption(name)}</caption>
      <tbody>
        <tr>
          <th scope="col">{strings.areaChoice.label}</th>
          <th scope="col">{s.period}</th>
          <th scope="col">{strings.kiosk.gauges.latest}</th>
        </tr>
        {series.flatMap((x) =>
          x.points.map((p, i) => (
            <tr key={`${x.area}-${i}`}>
              <td>{areaName(x.area)}</td>
              <td>{periodLabel(p.period)}</td>
              <td>{formatValue(p.value, x.unit)}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
