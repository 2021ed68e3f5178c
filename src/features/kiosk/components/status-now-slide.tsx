import { useMemo } from 'react';
import { usePlan, usePlans } from '@/api/plans';
import { useAreas } from '@/api/reference';
import { useTargetLabels } from '@/api/target-labels';
import { useTargetStatuses } from '@/api/target-statuses';
import type { Target } from '@/contract';
import { concernsChoice } from '@/domain/area-choice';
import { HOME_AREAS } from '@/domain/areas';
import { currentPlans } from '@/domain/current-plans';
import { planSentence } from '@/lib/sentences';
import { strings } from '@/lib/strings';
import { kiosk as kioskStrings } from '@/lib/strings/kiosk';
import { periodLabel } from '@/domain/period-label';
import { formatValue } from '@/lib/format';
import { goalFigures } from '../goal-figures';
import { footnote } from '../slide-text';
import { KIOSK_STATUS_COLORS } from '../theme';
import { problemText, SlideFrame, SlideState } from './slide-frame';

const k = kioskStrings.statusNow;
const NONE: Target[] = [];
// Three goals with their sentences fill a 1080p screen at five-metre type.
const MAX_GOALS = 3;

/** The plan in force for a home kommune: each of its goals judged on the newest figures, in a sentence. */
export function StatusNowSlide({ area = HOME_AREAS.ishoej }: { area?: string | undefined }) {
  const plans = usePlans();
  const { labels, error } = useTargetLabels();
  const areaName = labels.areaName(area);
  const current = currentPlans(plans.data ?? []).find((c) => c.area === area);
  const plan = usePlan(current?.plan.id ?? '', current !== undefined);
  const areas = useAreas();
  const choice = area === HOME_AREAS.vallensbaek ? 'vallensbaek' : 'ishoej';
  const targets = useMemo(
    () => plan.data?.targets.filter((t) => concernsChoice(t.area, choice, areas.data ?? [])) ?? NONE,
    [plan.data, choice, areas.data],
  );
  const statuses = useTargetStatuses(targets);
  const title = k.heading(areaName);
  if (plans.data !== undefined && !current) return <SlideState title={title} error={new Error(k.noPlan(areaName))} />;
  if (!plan.data || !areas.data)
    return <SlideState title={title} error={plans.error ?? plan.error ?? areas.error ?? error} />;
  const results = targets.flatMap((t) => statuses.statuses.get(t.id) ?? []);
  const failed = targets.filter((t) => statuses.failed.has(t.id));
  if (results.length + failed.length < targets.length) return <SlideState title={title} error={statuses.error} />;
  const shown = targets.slice(0, MAX_GOALS);
  const judged = results.flatMap((r) => (r.latest ? [r.latest.point] : []));
  // With one or two goals there is room for the figures themselves, large.
  const large = shown.length <= 2;
  return (
    <SlideFrame
      kicker={k.kicker(plan.data.title)}
      title={title}
      sentence={`${planSentence(results)}${targets.length > MAX_GOALS ? ` ${k.more(targets.length - MAX_GOALS)}` : ''}`}
      footnote={footnote(judged, labels.documentTitle, statuses.now)}
      problem={
        failed.length > 0
          ? problemText(
              failed.map((t) => t.title),
              statuses.error,
            )
          : undefined
      }
    >
      <ul className="kiosk-goals">
        {shown.flatMap((t) => {
          const r = statuses.statuses.get(t.id);
          if (!r) return [];
          return [
            <li key={t.id}>
              <div>
                <p className="kiosk-goal-status" style={{ color: KIOSK_STATUS_COLORS[r.status] }}>
                  <span aria-hidden="true">{strings.targetStatus.icon[r.status]} </span>
                  {strings.targetStatus.label[r.status]}
                </p>
                {t.level === 'retningsmaal' && <p className="kiosk-derived">≈ {k.derived}</p>}
              </div>
              <div className="kiosk-goal-text">
                <h2>{t.title}</h2>
                {large && (
                  <dl className="kiosk-goal-figures">
                    {goalFigures(t, r, labels.areaName).map((f) => (
                      <div key={f.label}>
                        <dt>{f.label}</dt>
                        <dd>
                          {formatValue(f.value, labels.unitOf(t), { noun: labels.indicator(t.indicatorId)?.noun })}
                          {f.period && <span className="kiosk-goal-period"> {periodLabel(f.period)}</span>}
                        </dd>
                      </div>
                    ))}
                  </dl>
                )}
                <p>{labels.sentence(t, r)}</p>
              </div>
            </li>,
          ];
        })}
      </ul>
    </SlideFrame>
  );
}
