import type { TargetStatus } from '@/domain/status';
import { STATUS_COLORS } from '@/lib/status-colors';
import { strings } from '@/lib/strings';

/** A target's status as symbol + word + colour: readable in black and white and by screen readers. */
export function StatusBadge({ status }: { status: TargetStatus }) {
  return (
    <span
      className={`status-badge status-${status}`}
      style={{ color: STATUS_COLORS[status], borderColor: STATUS_COLORS[status] }}
    >
      <span aria-hidden="true" className="status-icon">
        {strings.targetStatus.icon[status]}
      </span>
      {strings.targetStatus.label[status]}
    </span>
  );
}
