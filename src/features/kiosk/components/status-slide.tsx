import { usePlan } from '@/api/plans';
import { useTargetLabels } from '@/api/target-labels';
import { useTargetStatuses } from '@/api/target-statuses';
import { countStatuses, TARGET_STATUSES } from '@/domain/status';
import { planSentence } from '@/lib/sentences';
import { strings } from '@/lib/strings';
import { kiosk as kioskStrings } from '@/lib/strings/kiosk';
import { footnote } from '../slide-text';
import { KIOSK_STATUS_COLORS } from '../theme';
import { SlideFrame, SlideState } from './slide-frame';

const EMPTY = [] as const;
const k = kioskStrings.status;

/** How many of one plan's targets have each status: for a historic plan, when a playlist asks for it. */
export function StatusSlide({ planId }: { planId: string }) {
  const plan = usePlan(planId);
  const statuses = useTargetStatuses(plan.data?.targets ?? EMPTY);
  const { labels } = useTargetLabels();
  if (!plan.data) return <SlideState title={k.headingUnknown} error={plan.error} />;
  const title = k.heading(plan.data.title);
  const results = plan.data.targets.flatMap((t) => statuses.statuses.get(t.id) ?? []);
  if (results.length < plan.data.targets.length) return <SlideState title={title} error={statuses.error} />;
  const counts = countStatuses(results);
  const shown = TARGET_STATUSES.filter((s) => counts[s] > 0);
  const judged = results.flatMap((r) => (r.latest ? [r.latest.point] : []));
  return (
    <SlideFrame
      title={title}
      kicker={k.total(plan.data.targets.length)}
      sentence={planSentence(results)}
      footnote={footnote(judged, labels.documentTitle, statuses.now) ?? k.basis}
    >
      <ul className="kiosk-status-tiles" aria-label={strings.targetStatus.summaryLabel}>
        {shown.map((s) => (
          <li key={s} style={{ borderColor: KIOSK_STATUS_COLORS[s] }}>
            <span className="kiosk-tile-count">{counts[s]}</span>
            <span className="kiosk-tile-word" style={{ color: KIOSK_STATUS_COLORS[s] }}>
              <span aria-hidden="true">{strings.targetStatus.icon[s]} </span>
              {strings.targetStatus.label[s]}
            </span>
          </li>
        ))}
      </ul>
    </SlideFrame>
  );
}
