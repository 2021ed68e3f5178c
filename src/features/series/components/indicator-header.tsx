import { useTargetGroups } from '@/api/reference';
import type { IndicatorListItem } from '@/contract';
import { series as seriesStrings } from '@/lib/strings/series';

const s = seriesStrings;

/** The indicator's name, what it measures and in which unit, and whom it concerns. */
export function IndicatorHeader({ indicator }: { indicator: IndicatorListItem }) {
  const groups = useTargetGroups();
  const group = groups.data?.find((g) => g.id === indicator.targetGroupId);
  return (
    <header className="series-header">
      <h1>{indicator.name}</h1>
      <dl className="series-facts">
        <div>
          <dt>{s.definition}</dt>
          <dd>{indicator.definition}</dd>
        </div>
        <div>
          <dt>{s.unit}</dt>
          <dd>{s.unitNames[indicator.unit]}</dd>
        </div>
        <div>
          <dt>{s.targetGroup}</dt>
          <dd>{group?.name ?? indicator.targetGroupId}</dd>
        </div>
      </dl>
    </header>
  );
}
