import { useId } from 'react';
import { periodCode, type Period } from '@/domain/period';
import { periodLabel } from '@/domain/period-label';
import { targetGroups as targetGroupStrings } from '@/lib/strings/target-groups';

const t = targetGroupStrings.table;

type Props = { value: string; months: readonly Period[]; onChange: (value: string) => void };

/** Which period the rows are compared on, so "Værdi" never compares different months unmarked. */
export function ComparePicker({ value, months, onChange }: Props) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="tg-compare">
      <label htmlFor={id}>{t.compare}</label>
      <select id={id} value={value} aria-describedby={hintId} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t.compareOptions.common}</option>
        <option value="seneste">{t.compareOptions.latest}</option>
        {months.map((m) => (
          <option key={periodCode(m)} value={periodCode(m)}>
            {t.compareMonth(periodLabel(m))}
          </option>
        ))}
      </select>
      <span id={hintId} className="hint">
        {t.compareHint}
      </span>
    </div>
  );
}
