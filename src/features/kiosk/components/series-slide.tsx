import { useMemo, useState } from 'react';
import { useSeriesSet } from '@/api/series';
import { useTargetLabels } from '@/api/target-labels';
import { EChart } from '@/components/echart';
import { HOME_AREAS } from '@/domain/areas';
import { periodMidpoint, periodStartMonth } from '@/domain/period';
import { valuesByPeriod, type ValueChoice } from '@/domain/pick-value';
import { kiosk as kioskStrings } from '@/lib/strings/kiosk';
import { commonLatest } from '../common-period';
import { kioskSeriesOption } from '../series-option';
import { footnote, seriesSentence } from '../slide-text';
import { useChartFontSize } from '../use-font-size';
import { SeriesTable } from './series-table';
import { problemText, SlideFrame, SlideState } from './slide-frame';

const s = kioskStrings.series;
const COMPARED = [HOME_AREAS.ishoej, HOME_AREAS.vallensbaek];

type Props = { indicatorId: string; areas?: readonly string[]; from?: number | undefined; comparison?: boolean };

/** A time series for chosen areas; as a comparison, Ishøj against Vallensbæk on their latest shared period. */
export function SeriesSlide({ indicatorId, areas, from, comparison = false }: Props) {
  const shownAreas = comparison ? COMPARED : (areas ?? COMPARED);
  const keys = useMemo(() => shownAreas.map((area) => ({ indicatorId, area })), [indicatorId, shownAreas]);
  const set = useSeriesSet(keys, { failedWhileRetrying: true });
  const { labels } = useTargetLabels();
  const indicator = labels.indicator(indicatorId);
  const fontSize = useChartFontSize();
  // Fixed per slide: a slide is mounted anew each time it comes round.
  const [now] = useState(() => new Date());
  const { unit } = labels.wording(indicatorId);
  // One value per period, chosen by the rule every view uses; from the year asked for.
  const lines = useMemo(() => {
    const start = from === undefined ? -Infinity : from * 12;
    return shownAreas.flatMap((area) => {
      const one = set.series.find((x) => x.area === area);
      const values = one ? valuesByPeriod(one.points).filter((v) => periodStartMonth(v.period) >= start) : [];
      return values.length > 0 ? [{ area, values }] : [];
    });
  }, [shownAreas, set.series, from]);
  const { areaName } = labels;
  const option = useMemo(
    () =>
      kioskSeriesOption({
        unit,
        fontSize,
        lines: lines.map((l) => ({
          name: areaName(l.area),
          points: l.values.map((v) => ({ x: periodMidpoint(v.period), value: v.value })),
        })),
      }),
    [unit, fontSize, lines, areaName],
  );
  const name = indicator?.name ?? s.unknown;
  const title = comparison ? kioskStrings.comparison.heading(name) : s.heading(name);
  // A comparison is shown whole or not yet: while an area's first answer is on its way, the slide waits
  // (an area that failed is named below the chart instead).
  const waiting = set.loading.size > 0;
  if (lines.length === 0 || waiting) {
    return (
      <SlideState
        title={title}
        error={waiting || set.pending ? undefined : (set.error ?? new Error(kioskStrings.noData))}
      />
    );
  }
  const shown: { area: string; value: ValueChoice }[] = comparison
    ? (commonLatest(lines) ?? [])
    : lines.map((l) => ({ area: l.area, value: l.values.at(-1)! }));
  const ctx = { unit, noun: indicator?.noun, areaName: labels.areaName };
  const sentence = seriesSentence(indicator?.subject ?? name, shown, ctx);
  const points = lines.flatMap((l) => l.values.map((v) => v.point));
  const missing = shownAreas.filter((a) => set.failed.has(`${indicatorId}/${a}`)).map(areaName);
  return (
    <SlideFrame
      title={title}
      problem={missing.length > 0 ? problemText(missing, set.error) : undefined}
      sentence={comparison && shown.length === 0 ? kioskStrings.comparison.noCommon : sentence}
      footnote={footnote(points, labels.documentTitle, now)}
    >
      <EChart option={option} label={s.chartLabel(name, sentence ?? '')} height="100%" className="kiosk-chart" />
      <SeriesTable name={name} lines={lines} ctx={ctx} />
    </SlideFrame>
  );
}
