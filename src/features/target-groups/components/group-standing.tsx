import { useMemo } from 'react';
import { useCrossSectionSet } from '@/api/cross-section';
import { useAreas } from '@/api/reference';
import { ErrorState } from '@/components/query-state';
import { markText, NationalStanding } from '@/components/national-standing';
import type { IndicatorListItem } from '@/contract';
import { HOME_AREAS } from '@/domain/areas';
import { commonPeriod, standing } from '@/domain/cross-section';
import { hasNationalStanding } from '@/domain/series-areas';
import type { DocumentTitle } from '@/lib/source-text';
import { comparison as comparisonStrings } from '@/lib/strings/comparison';
import { targetGroups as targetGroupStrings } from '@/lib/strings/target-groups';

const s = targetGroupStrings.page;
const c = comparisonStrings;

type Props = {
  indicators: readonly IndicatorListItem[];
  areaName: (code: string) => string;
  documentTitle: DocumentTitle;
};

/** For each official indicator of the målgruppe: where Ishøj and Vallensbæk rank, with the full comparison on demand. */
export function GroupStanding({ indicators, areaName, documentTitle }: Props) {
  const national = useMemo(() => indicators.filter((i) => hasNationalStanding(i.areas)), [indicators]);
  const set = useCrossSectionSet(useMemo(() => national.map((i) => i.id), [national]));
  const areas = useAreas();
  const listed = useMemo(
    () => (areas.data ?? []).filter((a) => a.role === 'hjemkommune' || a.role === 'sammenligning'),
    [areas.data],
  );
  if (national.length === 0) return null;
  return (
    <section aria-labelledby="tg-standing">
      <h2 id="tg-standing">{s.standingTitle}</h2>
      <p className="muted">{s.standingIntro}</p>
      {set.error ? <ErrorState compact error={set.error} onRetry={set.retry} /> : null}
      {national.map((indicator) => {
        const section = set.sections.find((x) => x.indicatorId === indicator.id);
        const period = section && commonPeriod(section);
        if (!section || !period) return null;
        const parts = Object.values(HOME_AREAS).flatMap((area) => {
          const st = standing(section, area, period, indicator.direction);
          return st ? [`${areaName(area)} ${c.rankOf(st.rank, st.of)} (${markText(st, indicator.unit)})`] : [];
        });
        return (
          <details key={indicator.id} className="tg-standing">
            <summary>{s.standingSummary(indicator.name, parts.join(' · '))}</summary>
            <NationalStanding
              section={section}
              indicatorName={indicator.name}
              direction={indicator.direction}
              unit={indicator.unit}
              areas={listed}
              documentTitle={documentTitle}
              heading={false}
            />
          </details>
        );
      })}
    </section>
  );
}
