import type { TargetStatus } from '@/domain/status';
import { strings } from '@/lib/strings';

/** A target's status as symbol + word + colour: readable in black and white and by screen readers. */
export function StatusBadge({ status }: { status: TargetStatus }) {
  return (
    // The colour comes from the class (styles.css): no style attribute, which a prerendered page's CSP would refuse.
    <span className={`status-badge status-${status}`}>
      <span aria-hidden="true" className="status-icon">
        {strings.targetStatus.icon[status]}
      </span>
      {strings.targetStatus.label[status]}
    </span>
  );
}
