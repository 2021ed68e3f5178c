import { strings } from '@/lib/strings';

/** Marks a goal the dashboard read out of a pejlemærke's words, so nobody takes it for the plan's own number. */
export function DerivedLabel() {
  return (
    <p className="derived-label">
      <span aria-hidden="true">≈ </span>
      {strings.target.derived}
    </p>
  );
}
