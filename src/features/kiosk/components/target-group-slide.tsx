import { useMemo, useState } from 'react';
import { useApiIndex, useIndicators, useTargetGroups } from '@/api/reference';
import { useSeriesSet } from '@/api/series';
import { useTargetLabels } from '@/api/target-labels';
import { samePeriod } from '@/domain/period';
import { periodLabel, periodPhrase } from '@/domain/period-label';
import { valuesByPeriod } from '@/domain/pick-value';
import { formatValue } from '@/lib/format';
import { kiosk as kioskStrings } from '@/lib/strings/kiosk';
import { commonLatest } from '../common-period';
import { keyIndicators, KEY_AREAS } from '../figures';
import { footnote } from '../slide-text';
import { problemText, SlideFrame, SlideState } from './slide-frame';

const k = kioskStrings.targetGroup;

/** A målgruppe's key figures for Ishøj, Vallensbæk and Hele landet, all on the newest period they share. */
export function TargetGroupSlide({ targetGroupId }: { targetGroupId: string }) {
  const groups = useTargetGroups();
  const indicators = useIndicators();
  const index = useApiIndex();
  const { labels } = useTargetLabels();
  const [now] = useState(() => new Date());
  const imported = useMemo(() => new Set(index.data?.official.map((o) => o.provenance.table)), [index.data]);
  const chosen = useMemo(
    () => keyIndicators(indicators.data ?? [], targetGroupId, imported),
    [indicators.data, targetGroupId, imported],
  );
  const keys = useMemo(
    () =>
      chosen.flatMap((i) => KEY_AREAS.filter((a) => i.areas.includes(a)).map((area) => ({ indicatorId: i.id, area }))),
    [chosen],
  );
  const set = useSeriesSet(keys, { failedWhileRetrying: true });
  const name = groups.data?.find((g) => g.id === targetGroupId)?.name;
  const title = name ? k.heading(name) : k.headingUnknown;
  if (!indicators.data || !groups.data || !index.data || set.series.length === 0) {
    const none = indicators.data && index.data && chosen.length === 0 ? new Error(k.none) : undefined;
    return <SlideState title={title} error={none ?? indicators.error ?? groups.error ?? index.error ?? set.error} />;
  }
  const rows = chosen.flatMap((indicator) => {
    const lines = KEY_AREAS.flatMap((area) => {
      const values = valuesByPeriod(set.lookup(indicator.id, area));
      return values.length > 0 ? [{ area, values }] : [];
    });
    const shared = commonLatest(lines);
    return shared ? [{ indicator, shared }] : [];
  });
  if (rows.length === 0) return <SlideState title={title} error={set.error ?? new Error(k.none)} />;
  const areas = rows[0]!.shared.map((c) => c.area);
  const period = rows[0]!.shared[0]!.value.period;
  const onePeriod = rows.every((r) => samePeriod(r.shared[0]!.value.period, period));
  const points = rows.flatMap((r) => r.shared.map((c) => c.value.point));
  const failed = chosen.filter((i) => KEY_AREAS.some((a) => set.failed.has(`${i.id}/${a}`))).map((i) => i.name);
  return (
    <SlideFrame
      title={title}
      sentence={onePeriod ? k.samePeriod(periodPhrase(period)) : k.ownPeriods}
      footnote={footnote(points, labels.documentTitle, now)}
      problem={failed.length > 0 ? problemText(failed, set.error) : undefined}
    >
      <table className="kiosk-key-figures">
        <caption className="visually-hidden">{title}</caption>
        <colgroup>
          <col className="kiosk-key-names" />
          {areas.map((a) => (
            <col key={a} />
          ))}
        </colgroup>
        <tbody>
          <tr>
            <td />
            {areas.map((a) => (
              <th key={a} scope="col">
                {labels.areaName(a)}
              </th>
            ))}
          </tr>
          {rows.map(({ indicator, shared }) => (
            <tr key={indicator.id}>
              <th scope="row">
                {indicator.name}
                {!onePeriod && <span className="kiosk-row-period"> ({periodLabel(shared[0]!.value.period)})</span>}
              </th>
              {shared.map((c) => (
                <td key={c.area}>{formatValue(c.value.value, indicator.unit, { noun: indicator.noun })}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </SlideFrame>
  );
}
