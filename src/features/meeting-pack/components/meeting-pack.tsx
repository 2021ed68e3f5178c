import { ErrorState, LoadingState } from '@/components/query-state';
import type { Plan } from '@/contract';
import { strings } from '@/lib/strings';
import { countStatuses } from '@/domain/status';
import { PackToolbar } from './pack-toolbar';
import { PejlemaerkerSection } from './pejlemaerker-section';
import { StatusSummary } from './status-summary';
import { TargetsTable } from './targets-table';
import { TitleBlock } from './title-block';
import { useMeetingPackData } from './use-meeting-pack-data';

const s = strings.meetingPack;

export function MeetingPack({ plan }: { plan: Plan }) {
  const data = useMeetingPackData(plan);
  const hasTargets = plan.targets.length > 0;
  return (
    <article className="meeting-pack">
      <PackToolbar planId={plan.id} />
      <TitleBlock plan={plan} areaName={data.labels.areaName}>
        {hasTargets && data.ready && !data.error && (
          <StatusSummary counts={countStatuses(plan.targets.flatMap((t) => data.statuses.get(t.id) ?? []))} />
        )}
      </TitleBlock>
      <section aria-labelledby="mp-targets">
        <h2 id="mp-targets">{s.targetsHeading(plan.targets.length)}</h2>
        {!hasTargets ? (
          <p>{s.noTargets}</p>
        ) : data.error ? (
          <ErrorState error={data.error} onRetry={data.retry} compact />
        ) : !data.ready ? (
          <LoadingState label={strings.targetStatus.computing} />
        ) : (
          <TargetsTable plan={plan} data={data} />
        )}
      </section>
      <PejlemaerkerSection plan={plan} targetGroupName={data.labels.targetGroupName} />
    </article>
  );
}
