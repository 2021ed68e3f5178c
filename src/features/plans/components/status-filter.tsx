import { StatusBadge } from '@/components/status-badge';
import { TARGET_STATUSES, type TargetStatus } from '@/domain/status';
import { strings } from '@/lib/strings';

type Props = {
  counts: Record<TargetStatus, number>;
  selected: readonly TargetStatus[];
  onChange: (next: TargetStatus[]) => void;
};

/** Checkboxes per status with their counts; none checked shows every target. */
export function StatusFilter({ counts, selected, onChange }: Props) {
  const s = strings.targetStatus;
  return (
    <fieldset className="status-filter">
      <legend>{s.filterLegend}</legend>
      {TARGET_STATUSES.filter((status) => counts[status] > 0 || selected.includes(status)).map((status) => (
        <label key={status}>
          <input
            type="checkbox"
            checked={selected.includes(status)}
            onChange={(e) => onChange(e.target.checked ? [...selected, status] : selected.filter((x) => x !== status))}
          />
          <StatusBadge status={status} /> <span className="count">({counts[status]})</span>
        </label>
      ))}
      {selected.length > 0 && (
        <button type="button" className="link-button" onClick={() => onChange([])}>
          {s.filterClear}
        </button>
      )}
    </fieldset>
  );
}
