import { useMemo } from 'react';
import type { IndicatorListItem, Target } from '@/contract';
import type { StatusResult } from '@/domain/status';
import { unitOrCount, type Unit } from '@/domain/units';
import type { Noun } from '@/lib/format';
import { goalText } from '@/lib/goal-text';
import { goalSentence } from '@/lib/sentences';
import type { DocumentTitle } from '@/lib/source-text';
import { useDocumentTitle } from './document-titles';
import { useAreaName, useIndicators, useTargetGroups } from './reference';
import { firstBlockingError } from './query-problem';

/**
 * Everything a view needs to put a target into words: names of areas,
 * målgrupper and documents, the indicator's unit and noun, the goal in words
 * and the plain-Danish sentence. One place, so a card, a table row, the
 * meeting pack and the wall screen say the same thing about the same goal.
 */
export type TargetLabels = {
  areaName: (code: string) => string;
  targetGroupName: (id: string) => string;
  documentTitle: DocumentTitle;
  indicator: (id: string | undefined) => IndicatorListItem | undefined;
  /** The status engine's unit for the target (its fallback too, so they agree). */
  unitOf: (target: Target) => Unit;
  /** The indicator's unit, noun and subject with area names: what movementText and the sentences need. */
  wording: (indicatorId: string, fallbackSubject?: string) => Wording;
  /** Whether the API has a series for this indicator in this area. */
  hasSeries: (indicatorId: string | undefined, area: string) => boolean;
  /** "Højst 35 personer", "Mindst 50 unge i perioden". */
  goal: (target: Target) => string;
  sentence: (target: Target, result: StatusResult | undefined) => string | undefined;
};

export type Wording = { unit: Unit; noun?: Noun | undefined; subject: string; areaName: (code: string) => string };

export function useTargetLabels(): { labels: TargetLabels; ready: boolean; error: unknown; retry: () => void } {
  const areaName = useAreaName();
  const documentTitle = useDocumentTitle();
  const groups = useTargetGroups();
  const indicators = useIndicators();
  const labels = useMemo<TargetLabels>(() => {
    const groupNames = new Map<string, string>(groups.data?.map((g) => [g.id, g.name]));
    const byId = new Map(indicators.data?.map((i) => [i.id, i]));
    const areasOf = new Map(indicators.data?.map((i) => [i.id, new Set(i.areas)]));
    const indicator = (id: string | undefined) => (id ? byId.get(id) : undefined);
    const unitOf = (t: Target): Unit => unitOrCount(indicator(t.indicatorId)?.unit);
    const wording = (id: string, fallbackSubject = id): Wording => {
      const i = indicator(id);
      return { unit: unitOrCount(i?.unit), noun: i?.noun, subject: i?.subject ?? i?.name ?? fallbackSubject, areaName };
    };
    return {
      areaName,
      targetGroupName: (id) => groupNames.get(id) ?? id,
      documentTitle,
      indicator,
      unitOf,
      wording,
      hasSeries: (id, area) => (id ? (areasOf.get(id)?.has(area) ?? false) : false),
      goal: (t) => goalText(t.goal, unitOf(t), areaName, indicator(t.indicatorId)?.noun),
      sentence: (t, result) => goalSentence(t, result, { ...wording(t.indicatorId ?? '', t.title), documentTitle }),
    };
  }, [areaName, documentTitle, groups.data, indicators.data]);
  return {
    labels,
    ready: groups.data !== undefined && indicators.data !== undefined,
    error: firstBlockingError([groups, indicators]),
    retry: () => {
      void groups.refetch();
      void indicators.refetch();
    },
  };
}
