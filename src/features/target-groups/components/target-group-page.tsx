import { useCallback, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '@/api/document-titles';
import { useAreaName, useIndicators, useTargetGroups } from '@/api/reference';
import { ErrorState, LoadingState, ResourceError } from '@/components/query-state';
import { targetGroupPath } from '@/lib/routes';
import { targetGroups as targetGroupStrings } from '@/lib/strings/target-groups';
import { buildGlossary, entriesIn } from '../page/glossary';
import { pejlemaerkeEvolution } from '../page/pejlemaerke-evolution';
import { useGroupSeries } from '../page/use-group-series';
import { useAllPlans } from '@/api/all-plans';
import { GlossarySection } from './glossary-section';
import { GroupProjects } from './group-projects';
import { GroupStanding } from './group-standing';
import { GroupTargets } from './group-targets';
import { HeaderFigures } from './header-figures';
import { SmallMultiples } from './small-multiples';
import { StrategyEvolution } from './strategy-evolution';
import { GlossaryContext, TermText } from './term-text';
import '../table.css';
import '../target-groups.css';
import { firstBlockingError } from '@/api/query-problem';

const s = targetGroupStrings.page;

/** Everything about one målgruppe on one page, across all plans. */
export function TargetGroupPage() {
  const { targetGroupId = '' } = useParams();
  const groups = useTargetGroups();
  const indicators = useIndicators();
  const all = useAllPlans();
  const areaName = useAreaName();
  const documentTitle = useDocumentTitle();
  const group = groups.data?.find((g) => g.id === targetGroupId);

  const own = useMemo(
    () => (indicators.data ?? []).filter((i) => i.targetGroupId === targetGroupId),
    [indicators.data, targetGroupId],
  );
  const years = useMemo(() => new Map(all.plans.map((p) => [p.document, p.year])), [all.plans]);
  const documentYear = useCallback((d: string) => years.get(d) ?? 0, [years]);
  const series = useGroupSeries(own, documentYear, all.sourceName);

  const targets = useMemo(
    () =>
      all.plans.flatMap((plan) =>
        plan.targets.filter((t) => t.targetGroupId === targetGroupId).map((target) => ({ target, plan })),
      ),
    [all.plans, targetGroupId],
  );
  const plainTargets = useMemo(() => targets.map((t) => t.target), [targets]);
  const projects = useMemo(
    () =>
      all.plans.flatMap((plan) =>
        plan.projects
          .filter((p) => p.targetGroupIds.some((g) => g === targetGroupId))
          .map((project) => ({ project, plan })),
      ),
    [all.plans, targetGroupId],
  );
  const evolution = useMemo(() => pejlemaerkeEvolution(all.plans, targetGroupId), [all.plans, targetGroupId]);
  const glossary = useMemo(() => {
    const texts = [
      group?.description ?? '',
      ...evolution.flatMap((c) => c.sections.flatMap((sec) => sec.items.map((i) => i.text))),
      ...targets.map((t) => t.target.title),
      ...projects.map((p) => p.project.description),
    ];
    return entriesIn(buildGlossary(all.plans), texts);
  }, [all.plans, group, evolution, targets, projects]);

  if (groups.isPending || indicators.isPending) return <LoadingState />;
  if (!groups.data || !indicators.data) {
    return (
      <ResourceError
        error={firstBlockingError([groups, indicators])}
        onRetry={() => {
          void groups.refetch();
          void indicators.refetch();
        }}
        failedTitle={s.failedTitle}
      />
    );
  }
  if (!group) {
    return (
      <>
        <h1>{s.notFoundTitle}</h1>
        <p>{s.notFoundBody(targetGroupId)}</p>
        <Link to="/maalgrupper">{s.toTable}</Link>
      </>
    );
  }
  return (
    <GlossaryContext.Provider value={glossary}>
      <div className="tg-page">
        <p className="target-kicker">{s.kicker}</p>
        <h1>{group.name}</h1>
        <p className="lead">
          <TermText text={group.description} />
        </p>
        <nav aria-label={s.otherGroups} className="tg-group-nav">
          <Link to="/maalgrupper">{s.toTable}</Link>
          <ul>
            {groups.data.map((g) => (
              <li key={g.id}>
                <Link to={targetGroupPath(g.id)} aria-current={g.id === group.id ? 'page' : undefined}>
                  {g.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {(all.error ?? series.error) ? (
          <ErrorState error={all.error ?? series.error} onRetry={() => (all.retry(), series.retry())} compact />
        ) : null}
        {/* The page in one piece: drawn before the series came, the plans' sections were pushed down the
            screen by the figures and charts arriving above them (a layout shift of 0.37 at 1280×720). */}
        {all.pending || series.pending ? (
          <LoadingState />
        ) : (
          <>
            <HeaderFigures rows={series.figures} areaName={areaName} sourceName={all.sourceName} />
            <GroupStanding indicators={own} areaName={areaName} documentTitle={documentTitle} />
            <SmallMultiples multiples={series.multiples} />
            <StrategyEvolution columns={evolution} />
            <GroupTargets targets={targets} plainTargets={plainTargets} sourceName={all.sourceName} />
            <GroupProjects projects={projects} />
            <GlossarySection entries={glossary} />
          </>
        )}
      </div>
    </GlossaryContext.Provider>
  );
}
