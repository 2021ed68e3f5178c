import { usePlans } from '@/api/plans';
import { ErrorState, LoadingState } from '@/components/query-state';
import { SinceLastMeeting } from '@/components/since-last-meeting';
import type { Plan } from '@/contract';
import { HOME_AREAS } from '@/domain/areas';
import { countStatuses } from '@/domain/status';
import { planSentence } from '@/lib/sentences';
import { strings } from '@/lib/strings';
import { meetingPack as meetingPackStrings } from '@/lib/strings/meeting-pack';
import { packDataDate } from '../data-date';
import { PackToolbar } from './pack-toolbar';
import { PejlemaerkerSection } from './pejlemaerker-section';
import { StatusSummary } from './status-summary';
import { TargetsTable } from './targets-table';
import { TitleBlock } from './title-block';
import { useMeetingPackData } from './use-meeting-pack-data';
import { usePrintMargins } from './use-print-margins';

const s = meetingPackStrings;

export function MeetingPack({ plan }: { plan: Plan }) {
  const data = useMeetingPackData(plan);
  const plans = usePlans();
  const hasTargets = plan.targets.length > 0;
  const results = plan.targets.flatMap((t) => data.statuses.statuses.get(t.id) ?? []);
  const judged = hasTargets && data.ready && !data.error;
  const dataDate = packDataDate(results);
  usePrintMargins(`${s.page(plan.title)} · ${dataDate}`);
  const homes = Object.values(HOME_AREAS).filter((a) => plan.areas.includes(a));
  // The pack in one piece: drawn before the statuses came, its summary and table grew and pushed the rest of
  // the pack down the screen (a layout shift of 0.2 at 1280×720).
  if (hasTargets && !data.ready && !data.error) return <LoadingState label={strings.targetStatus.computing} />;
  return (
    <article className="meeting-pack">
      <PackToolbar planId={plan.id} />
      <TitleBlock plan={plan} areaName={data.labels.areaName} dataDate={judged ? dataDate : undefined}>
        {judged && (
          <>
            <p className="mp-plan-sentence">{planSentence(results)}</p>
            <StatusSummary counts={countStatuses(results)} />
          </>
        )}
      </TitleBlock>
      <section aria-labelledby="mp-targets">
        <h2 id="mp-targets">{s.targetsHeading(plan.targets.length)}</h2>
        {!hasTargets ? (
          <p>{s.noTargets}</p>
        ) : data.error ? (
          <ErrorState error={data.error} onRetry={data.retry} compact />
        ) : (
          <TargetsTable plan={plan} data={data} />
        )}
      </section>
      <SinceLastMeeting
        targets={plan.targets}
        areas={homes.length > 0 ? homes : Object.values(HOME_AREAS)}
        labels={data.labels}
        planTitle={(id) => plans.data?.find((p) => p.id === id)?.title ?? id}
      />
      <PejlemaerkerSection plan={plan} targetGroupName={data.labels.targetGroupName} />
    </article>
  );
}
