import { Link, useLocation } from 'react-router';
import { planPath } from '@/lib/routes';
import { meetingPack as meetingPackStrings } from '@/lib/strings/meeting-pack';

const s = meetingPackStrings;

/** Screen-only actions: print (or save as PDF) and back to the plan. Print CSS hides them. */
export function PackToolbar({ planId }: { planId: string }) {
  const { search } = useLocation();
  return (
    <div className="mp-toolbar">
      <Link to={{ pathname: planPath(planId), search }}>
        <span aria-hidden="true">← </span>
        {s.backToPlan}
      </Link>
      <button type="button" className="button" onClick={() => window.print()}>
        {s.print}
      </button>
    </div>
  );
}
