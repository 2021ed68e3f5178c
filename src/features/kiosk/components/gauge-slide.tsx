import { useMemo } from 'react';
import { usePlan } from '@/api/plans';
import { useIndicators } from '@/api/reference';
import { useTargetStatuses } from '@/api/target-statuses';
import { EChart } from '@/components/echart';
import type { Target } from '@/contract';
import { periodLabel } from '@/domain/period-label';
import type { StatusResult } from '@/domain/status';
import type { Unit } from '@/domain/units';
import { formatValue } from '@/lib/format';
import { strings } from '@/lib/strings';
import { provenanceOf, sourceText } from '../figures';
import { gaugeOption } from '../gauge-option';
import { KIOSK_STATUS_COLORS } from '../theme';
import { useChartFontSize } from '../use-font-size';
import { useDocumentTitles } from '../use-document-titles';
import { SlideFrame, SlideState } from './slide-frame';

const g = strings.kiosk.gauges;
const EMPTY: Target[] = [];

/** Selected targets as gauges: latest value against the goal, with status word and source. */
export function GaugeSlide({ planId, targetIds }: { planId: string; targetIds?: readonly string[] | undefined }) {
  const plan = usePlan(planId);
  const chosen = useMemo(() => {
    const targets = plan.data?.targets ?? EMPTY;
    return targetIds ? targets.filter((t) => targetIds.includes(t.id)) : targets.slice(0, 4);
  }, [plan.data, targetIds]);
  const statuses = useTargetStatuses(chosen);
  const units = new Map(useIndicators().data?.map((i) => [i.id, i.unit]));
  const titles = useDocumentTitles();
  if (!plan.data) return <SlideState title={g.heading(planId)} error={plan.error} />;
  const heading = g.heading(plan.data.title);
  if (chosen.length === 0)
    return <SlideState title={heading} error={new Error(g.notFound(targetIds?.join(', ') ?? ''))} />;
  if (statuses.pending && statuses.statuses.size === 0) return <SlideState title={heading} />;
  const sources = chosen.map((t) => {
    const latest = statuses.statuses.get(t.id)?.latest;
    return sourceText((latest && provenanceOf(latest)) ?? t.provenance, titles);
  });
  return (
    <SlideFrame title={heading} sources={sources}>
      <ul className={`kiosk-gauges kiosk-gauges-${chosen.length}`}>
        {chosen.map((t) => (
          <Gauge
            key={t.id}
            target={t}
            unit={(t.indicatorId && units.get(t.indicatorId)) || 'antal'}
            result={statuses.statuses.get(t.id)}
          />
        ))}
      </ul>
    </SlideFrame>
  );
}

function Gauge({ target, unit, result }: { target: Target; unit: Unit; result: StatusResult | undefined }) {
  const fontSize = useChartFontSize();
  const status = result?.status ?? 'mangler-data';
  const latest = result?.latest;
  const option = useMemo(
    () =>
      gaugeOption({
        unit,
        latest: latest?.value,
        threshold: result?.threshold,
        baseline: target.baseline?.value,
        color: KIOSK_STATUS_COLORS[status],
        fontSize,
        labels: { latest: g.latest, goal: g.goal, baseline: g.baseline },
      }),
    [unit, latest, result?.threshold, target.baseline, status, fontSize],
  );
  const latestText = latest ? `${formatValue(latest.value, unit)} (${periodLabel(latest.period)})` : g.noValue;
  const goalText = result?.threshold === undefined ? g.noValue : formatValue(result.threshold, unit);
  const word = strings.targetStatus.label[status];
  return (
    <li className="kiosk-gauge">
      <h2>{target.title}</h2>
      <p className="kiosk-gauge-status" style={{ color: KIOSK_STATUS_COLORS[status] }}>
        <span aria-hidden="true">{strings.targetStatus.icon[status]} </span>
        {word}
      </p>
      <EChart
        option={option}
        label={g.chartLabel(target.title, latestText, goalText, word)}
        height="100%"
        className="kiosk-chart"
      />
      <p className="kiosk-gauge-figures">
        {g.latest}: {latestText} · {g.goal}: {goalText}
      </p>
    </li>
  );
}
