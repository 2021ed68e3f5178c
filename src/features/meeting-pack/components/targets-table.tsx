import type { Plan } from '@/contract';
import { meetingPack as meetingPackStrings } from '@/lib/strings/meeting-pack';
import { TargetRow } from './target-row';
import type { MeetingPackData } from './use-meeting-pack-data';

const c = meetingPackStrings.columns;

/** Every target of the plan, one row each; the header repeats on each printed page. */
export function TargetsTable({ plan, data }: { plan: Plan; data: MeetingPackData }) {
  return (
    <div className="mp-table-wrap" role="region" aria-label={meetingPackStrings.tableRegion} tabIndex={0}>
      <table className="mp-table">
        <caption className="visually-hidden">{meetingPackStrings.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col" className="mp-col-target">
              {c.target}
            </th>
            <th scope="col">{c.baseline}</th>
            <th scope="col">{c.goal}</th>
            <th scope="col">{c.latest}</th>
            <th scope="col">{c.status}</th>
            <th scope="col" className="mp-col-trend">
              {c.trend}
            </th>
          </tr>
        </thead>
        {plan.targets.map((target) => (
          <TargetRow
            key={target.id}
            target={target}
            status={data.statuses.statuses.get(target.id)}
            lookup={data.statuses.lookup}
            labels={data.labels}
            now={data.statuses.now}
          />
        ))}
      </table>
    </div>
  );
}
