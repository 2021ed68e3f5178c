import { useMemo, useState } from 'react';
import { useAllPlans } from '@/api/all-plans';
import { usePlans } from '@/api/plans';
import { useTargetLabels } from '@/api/target-labels';
import { useTargetStatusesPending } from '@/api/target-statuses';
import { AfterFirstPaint } from '@/components/after-first-paint';
import { ErrorState, LoadingState } from '@/components/query-state';
import { SinceLastMeeting } from '@/components/since-last-meeting';
import { HOME_AREAS } from '@/domain/areas';
import { currentPlans, yearsWithoutPlan } from '@/domain/current-plans';
import { strings } from '@/lib/strings';
import { since as sinceStrings } from '@/lib/strings/since';
import { useAreaChoice } from '@/lib/use-area-choice';
import { CurrentPlanSection } from './current-plan-section';
import { EarlierPlans } from './earlier-plans';
import { WIDEST_ROW } from './target-grid';
import { blockingError } from '@/api/query-problem';
import { usePageNow } from '@/lib/page-now';

const s = strings.overview;

/** The committee's question first: are the current plans' goals being reached? Then what changed, then the past. */
export function OverviewPage() {
  const plans = usePlans();
  const all = useAllPlans();
  const { labels, ready, error, retry } = useTargetLabels();
  const [choice] = useAreaChoice();
  const now = usePageNow();
  const list = useMemo(() => plans.data ?? [], [plans.data]);
  const current = currentPlans(list).filter((c) => choice === 'begge' || c.area === HOME_AREAS[choice]);
  const paired = current.length > 1;
  const currentIds = new Set(currentPlans(list).map((c) => c.plan.id));
  const earlier = [...list].reverse().filter((p) => !currentIds.has(p.id));
  const gap = yearsWithoutPlan(list, now);
  const targets = useMemo(() => all.plans.flatMap((p) => p.targets), [all.plans]);
  // The page appears whole, once every plan and status it shows is there (with the page bundle,
  // one request): sections filling in one by one would push what the reader is looking at down.
  // Once shown it stays: the sections' own queries may refetch a failed series, which must not hide the page again.
  const statusesPending = useTargetStatusesPending(targets);
  const showable = !all.pending && !(targets.length > 0 && statusesPending);
  // Starts from what the first render sees: hydrated with all its data, the page renders once, not again for
  // a state change made while rendering (every plan's hooks a second time, in the task that attaches it).
  const [settled, setSettled] = useState(showable);
  if (!settled && showable) setSettled(true);
  const settling = !settled;
  const titleOf = (id: string) => list.find((p) => p.id === id)?.title ?? id;
  const failure = blockingError(plans) ?? error;
  return (
    <>
      <h1>{s.title}</h1>
      <p className="lead">{s.intro}</p>
      {failure ? (
        <ErrorState
          error={failure}
          onRetry={() => {
            void plans.refetch();
            retry();
          }}
        />
      ) : plans.data === undefined || !ready || settling ? (
        <LoadingState />
      ) : (
        <>
          <nav className="jump-links" aria-label={s.jumpLabel}>
            <ul>
              {current.map((c) => (
                <li key={c.area}>
                  <a href={`#status-${c.area}`}>{s.jumpCurrent(labels.areaName(c.area), c.plan.title)}</a>
                </li>
              ))}
              <li>
                <a href="#siden-sidste-moede">{sinceStrings.heading}</a>
              </li>
              <li>
                <a href="#tidligere-planer">{s.earlierHeading}</a>
              </li>
            </ul>
          </nav>
          {gap && <p className="no-plan-note">{s.noPlanYears(gap.from, gap.to)}</p>}
          <div className={paired ? 'current-plans paired' : 'current-plans'}>
            {current.map((c) => (
              <CurrentPlanSection
                key={c.area}
                area={c.area}
                summary={c.plan}
                labels={labels}
                // Two plans side by side hold one card a row each.
                firstScreen={paired ? 1 : WIDEST_ROW}
              />
            ))}
          </div>
          <AfterFirstPaint>
            <div id="siden-sidste-moede">
              {all.error ? (
                <ErrorState error={all.error} onRetry={all.retry} compact />
              ) : (
                <SinceLastMeeting
                  targets={targets}
                  areas={Object.values(HOME_AREAS)}
                  labels={labels}
                  planTitle={titleOf}
                />
              )}
            </div>
            <EarlierPlans plans={earlier} />
          </AfterFirstPaint>
        </>
      )}
    </>
  );
}
