import type { Target } from '@/contract';
import type { StatusResult } from '@/domain/status';
import { TargetCard } from './target-card';
import type { TargetLabels } from './use-target-labels';

type Props = {
  targets: readonly Target[];
  statuses: ReadonlyMap<string, StatusResult>;
  labels: TargetLabels;
  documentTitle: string;
  headingLevel?: 3 | 4;
};

/** Target cards in a responsive grid, as a list so screen readers announce how many there are. */
export function TargetGrid({ targets, statuses, labels, documentTitle, headingLevel }: Props) {
  return (
    <ul className="target-grid" role="list">
      {targets.map((target) => (
        <li key={target.id}>
          <TargetCard
            target={target}
            labels={labels}
            documentTitle={documentTitle}
            result={statuses.get(target.id)}
            headingLevel={headingLevel}
          />
        </li>
      ))}
    </ul>
  );
}
