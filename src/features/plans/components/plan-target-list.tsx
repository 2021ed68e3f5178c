import { useMemo, type ComponentProps } from 'react';
import { useAreas, useTargetGroups } from '@/api/reference';
import type { TargetLabels } from '@/api/target-labels';
import { useTargetStatuses } from '@/api/target-statuses';
import { AfterFirstPaint } from '@/components/after-first-paint';
import { ErrorState } from '@/components/query-state';
import { StatusSummary } from '@/components/status-summary';
import type { Plan, Target, TargetGroup as Group } from '@/contract';
import { concernsChoice } from '@/domain/area-choice';
import { countStatuses } from '@/domain/status';
import { planSentence } from '@/lib/sentences';
import { strings } from '@/lib/strings';
import { useAreaChoice } from '@/lib/use-area-choice';
import { useStatusFilter } from '../use-status-filter';
import { StatusFilter } from './status-filter';
import { TargetGrid, WIDEST_ROW } from './target-grid';

/** A plan's targets grouped by målgruppe, with the plan's sentence, a status summary and filters kept in the URL. */
export function PlanTargetList({ plan, labels }: { plan: Plan; labels: TargetLabels }) {
  const statuses = useTargetStatuses(plan.targets);
  const [choice] = useAreaChoice();
  const [selected, setSelected] = useStatusFilter();
  const areas = useAreas();
  const groups = useTargetGroups();
  const inArea = useMemo(
    () => plan.targets.filter((t) => concernsChoice(t.area, choice, areas.data ?? [])),
    [plan, choice, areas.data],
  );
  const byId = statuses.statuses;
  const shown = inArea.filter(
    (t) => selected.length === 0 || (byId.get(t.id) && selected.includes(byId.get(t.id)!.status)),
  );
  const grouped = (groups.data ?? [])
    .map((g) => ({ group: g, targets: shown.filter((t) => t.targetGroupId === g.id) }))
    .filter((g) => g.targets.length > 0);
  const inAreaResults = inArea.flatMap((t) => byId.get(t.id) ?? []);
  const complete = inArea.length > 0 && inAreaResults.length === inArea.length;
  const grid = { statuses, labels, documentTitle: plan.title, headingLevel: 4 } as const;
  return (
    <>
      {statuses.error ? <ErrorState error={statuses.error} onRetry={statuses.retry} compact /> : null}
      {complete && <p className="plan-sentence">{planSentence(inAreaResults)}</p>}
      {inAreaResults.length > 0 && <StatusSummary results={inAreaResults} />}
      {inAreaResults.length > 0 && (
        <StatusFilter counts={countStatuses(inAreaResults)} selected={selected} onChange={setSelected} />
      )}
      {plan.targets.length > 0 && (
        <p className="muted" aria-live="polite">
          {strings.targetStatus.shown(shown.length, plan.targets.length)}
        </p>
      )}
      {shown.length === 0 && plan.targets.length > 0 && <p>{strings.targetStatus.filteredOut}</p>}
      {grouped.length > 0 && <TargetGroup {...grouped[0]!} grid={grid} firstScreen={WIDEST_ROW} />}
      {grouped.length > 1 && (
        <AfterFirstPaint>
          {grouped.slice(1).map((g) => (
            <TargetGroup key={g.group.id} {...g} grid={grid} />
          ))}
        </AfterFirstPaint>
      )}
    </>
  );
}

type GroupProps = {
  group: Group;
  targets: readonly Target[];
  grid: Omit<ComponentProps<typeof TargetGrid>, 'targets' | 'firstScreen'>;
  firstScreen?: number;
};

function TargetGroup({ group, targets, grid, firstScreen }: GroupProps) {
  return (
    <section className="target-group" aria-labelledby={`group-${group.id}`}>
      <h3 id={`group-${group.id}`}>{group.name}</h3>
      <TargetGrid targets={targets} firstScreen={firstScreen} {...grid} />
    </section>
  );
}
