import type { Plan } from '@/contract';
import { strings } from '@/lib/strings';
import { meetingPack as meetingPackStrings } from '@/lib/strings/meeting-pack';
import { groupPejlemaerker } from '../pejlemaerke-groups';

const s = meetingPackStrings;

type Props = { plan: Plan; targetGroupName: (id: string) => string };

/** The plan's pejlemærker per målgruppe, compact: the qualitative direction behind the numbers. */
export function PejlemaerkerSection({ plan, targetGroupName }: Props) {
  const groups = groupPejlemaerker(plan.pejlemaerker);
  return (
    <section className="mp-pejlemaerker" aria-labelledby="mp-pejlemaerker">
      <h2 id="mp-pejlemaerker">{s.pejlemaerker}</h2>
      {groups.length === 0 && <p className="muted">{s.pejlemaerkerNone}</p>}
      {groups.map((group) => (
        <section key={group.targetGroupIds.join('+')} className="mp-pm-group">
          <h3>{group.targetGroupIds.map(targetGroupName).join(', ')}</h3>
          {group.sections.map((section) => (
            <div key={section.heading} className="mp-pm-section">
              <h4>{section.heading}</h4>
              <ul>
                {section.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
              <p className="mp-source-line">
                {strings.target.source}: {plan.title}, {section.provenance.location}
              </p>
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}
