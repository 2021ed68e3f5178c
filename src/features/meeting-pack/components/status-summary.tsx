import { TARGET_STATUSES, type TargetStatus } from '@/domain/status';
import { strings } from '@/lib/strings';
import { meetingPack as meetingPackStrings } from '@/lib/strings/meeting-pack';

const t = strings.targetStatus;

/**
 * One line a committee reads first: how many targets have each status, zeros
 * included (on paper an absent status should read as none, not as forgotten).
 * Symbol and word, never colour alone.
 */
export function StatusSummary({ counts }: { counts: Record<TargetStatus, number> }) {
  return (
    <section className="mp-summary" aria-labelledby="mp-summary-title">
      <h2 id="mp-summary-title">{t.summaryLabel}</h2>
      <ul role="list">
        {TARGET_STATUSES.map((status) => (
          <li key={status} className="mp-summary-item" data-status={status}>
            <span className="mp-symbol" aria-hidden="true">
              {t.icon[status]}
            </span>{' '}
            {meetingPackStrings.summaryCount(t.label[status], counts[status])}
          </li>
        ))}
      </ul>
    </section>
  );
}
