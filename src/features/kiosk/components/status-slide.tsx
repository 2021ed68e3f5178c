import { usePlan } from '@/api/plans';
import { useTargetStatuses } from '@/api/target-statuses';
import { countStatuses, TARGET_STATUSES } from '@/domain/status';
import { strings } from '@/lib/strings';
import { useDocumentTitles } from '../use-document-titles';
import { sourceText } from '../figures';
import { KIOSK_STATUS_COLORS } from '../theme';
import { SlideFrame, SlideState } from './slide-frame';

const EMPTY = [] as const;

/** How many of a plan's targets have each status: the one thing a passer-by should take away. */
export function StatusSlide({ planId }: { planId: string }) {
  const plan = usePlan(planId);
  const statuses = useTargetStatuses(plan.data?.targets ?? EMPTY);
  const titles = useDocumentTitles();
  const k = strings.kiosk.status;
  if (!plan.data) return <SlideState title={k.heading(planId)} error={plan.error} />;
  if (statuses.pending && statuses.statuses.size === 0) return <SlideState title={k.heading(plan.data.title)} />;
  const counts = countStatuses(statuses.statuses.values());
  const shown = TARGET_STATUSES.filter((s) => counts[s] > 0);
  return (
    <SlideFrame
      title={k.heading(plan.data.title)}
      sources={[sourceText({ kind: 'document', document: plan.data.document, location: k.basis }, titles)]}
    >
      <p className="kiosk-lead">{k.total(plan.data.targets.length)}</p>
      <ul className="kiosk-status-tiles" aria-label={strings.targetStatus.summaryLabel}>
        {shown.map((s) => (
          <li
            key={s}
            style={{ borderColor: KIOSK_STATUS_COLORS[s] }}
            aria-label={k.count(counts[s], strings.targetStatus.label[s])}
          >
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
