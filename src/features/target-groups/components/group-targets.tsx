import { Link } from 'react-router';
import { useTargetLabels } from '@/api/target-labels';
import { useTargetStatuses } from '@/api/target-statuses';
import { StatusBadge } from '@/components/status-badge';
import type { Plan, Target } from '@/contract';
import type { Provenance } from '@/domain/provenance';
import { periodLabel } from '@/domain/period-label';
import { planPath } from '@/lib/routes';
import { strings } from '@/lib/strings';
import { targetGroups as targetGroupStrings } from '@/lib/strings/target-groups';
import { TermText } from './term-text';
import { ScrollRegion } from '@/components/scroll-region';

const s = targetGroupStrings.page;

type Props = {
  targets: readonly { target: Target; plan: Plan }[];
  plainTargets: readonly Target[];
  sourceName: (p: Provenance) => string;
};

/** Every target any plan set for the målgruppe, oldest plan first, with its status now. */
export function GroupTargets({ targets, plainTargets, sourceName }: Props) {
  const statuses = useTargetStatuses(plainTargets);
  const { labels } = useTargetLabels();
  return (
    <section aria-labelledby="tg-targets">
      <h2 id="tg-targets">{s.targetsTitle}</h2>
      {targets.length === 0 ? (
        <p>{s.noTargets}</p>
      ) : (
        <ScrollRegion label={s.targetsTitle}>
          <table className="tg-targets">
            <thead>
              <tr>
                {s.targetColumns.map((c) => (
                  <th scope="col" key={c}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {targets.map(({ target, plan }) => {
                const status = statuses.statuses.get(target.id);
                return (
                  <tr key={target.id}>
                    <td>
                      <Link to={planPath(plan.id)}>{plan.title}</Link>
                    </td>
                    <th scope="row">
                      <TermText text={target.title} />
                    </th>
                    <td>{labels.areaName(target.area)}</td>
                    <td>{periodLabel(target.deadline)}</td>
                    <td>
                      {labels.goal(target)}
                      {target.level === 'retningsmaal' && <span className="tag"> ({strings.target.derivedShort})</span>}
                    </td>
                    <td>{status ? <StatusBadge status={status.status} /> : <span className="muted">…</span>}</td>
                    <td className="source-line">{sourceName(target.provenance)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
