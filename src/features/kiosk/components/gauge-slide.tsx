import { useMemo } from 'react';
import { usePlan } from '@/api/plans';
import { useTargetLabels, type TargetLabels } from '@/api/target-labels';
import { useTargetStatuses } from '@/api/target-statuses';
import { EChart } from '@/components/echart';
import type { Target } from '@/contract';
import { periodLabel } from '@/domain/period-label';
import type { StatusResult } from '@/domain/status';
import { formatValue } from '@/lib/format';
import { planSentence } from '@/lib/sentences';
import { strings } from '@/lib/strings';
import { kiosk as kioskStrings } from '@/lib/strings/kiosk';
import { gaugeOption } from '../gauge-option';
import { footnote } from '../slide-text';
import { KIOSK_STATUS_COLORS } from '../theme';
import { useChartFontSize } from '../use-font-size';
import { SlideFrame, SlideState } from './slide-frame';

const g = kioskStrings.gauges;
const EMPTY: Target[] = [];
/** As many as the playlist allows: three rows fit at five-metre type. */
const MAX_GAUGES = 3;

/** Selected targets as gauges: the latest value against the goal the plan states, with status word and source. */
export function GaugeSlide({ planId, targetIds }: { planId: string; targetIds?: readonly string[] | undefined }) {
  const plan = usePlan(planId);
  const chosen = useMemo(() => {
    const targets = plan.data?.targets ?? EMPTY;
    return targetIds ? targets.filter((t) => targetIds.includes(t.id)) : targets.slice(0, MAX_GAUGES);
  }, [plan.data, targetIds]);
  const statuses = useTargetStatuses(chosen);
  const { labels } = useTargetLabels();
  if (!plan.data) return <SlideState title={g.headingUnknown} error={plan.error} />;
  const heading = g.headingUnknown;
  if (chosen.length === 0) return <SlideState title={heading} error={new Error(g.notFound)} />;
  const results = chosen.flatMap((t) => statuses.statuses.get(t.id) ?? []);
  if (results.length < chosen.length) return <SlideState title={heading} error={statuses.error} />;
  const judged = results.flatMap((r) => (r.latest ? [r.latest.point] : []));
  return (
    <SlideFrame
      kicker={plan.data.title}
      title={heading}
      sentence={planSentence(results)}
      footnote={footnote(judged, labels.documentTitle, statuses.now)}
    >
      <ul className={`kiosk-gauges kiosk-gauges-${chosen.length}`}>
        {chosen.map((t) => (
          <Gauge key={t.id} target={t} labels={labels} result={statuses.statuses.get(t.id)!} />
        ))}
      </ul>
    </SlideFrame>
  );
}

function Gauge({ target, labels, result }: { target: Target; labels: TargetLabels; result: StatusResult }) {
  const fontSize = useChartFontSize();
  const unit = labels.unitOf(target);
  const noun = labels.indicator(target.indicatorId)?.noun;
  const latest = result.latest;
  const option = useMemo(
    () =>
      gaugeOption({
        unit,
        latest: latest?.value,
        threshold: result.threshold,
        baseline: target.baseline?.value,
        color: KIOSK_STATUS_COLORS[result.status],
        fontSize,
        labels: { latest: g.latest, goal: g.goal, baseline: g.baseline },
      }),
    [unit, latest, result.threshold, result.status, target.baseline, fontSize],
  );
  // The goal as the plan states it, always; a number of its own only where the engine resolved one.
  const goal = labels.goal(target);
  const latestText = latest
    ? `${formatValue(latest.value, unit, { noun })} (${periodLabel(latest.period)})`
    : g.noValue;
  const word = strings.targetStatus.label[result.status];
  return (
    <li className="kiosk-gauge">
      <div className="kiosk-gauge-text">
        <h2>{target.title}</h2>
        <p className="kiosk-gauge-status" style={{ color: KIOSK_STATUS_COLORS[result.status] }}>
          <span aria-hidden="true">{strings.targetStatus.icon[result.status]} </span>
          {word}
        </p>
        <p className="kiosk-gauge-figures">
          {g.goal}: {goal}
        </p>
      </div>
      {latest ? (
        <EChart
          option={option}
          label={g.chartLabel(target.title, latestText, goal, word)}
          height="100%"
          className="kiosk-chart"
        />
      ) : (
        <p className="kiosk-gauge-missing">
          {result.missing === 'expired' ? g.expired(periodLabel(target.deadline)) : labels.sentence(target, result)}
        </p>
      )}
    </li>
  );
}
