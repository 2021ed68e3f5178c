import type { TargetLabels } from '@/api/target-labels';
import type { TargetStatuses } from '@/api/target-statuses';
import type { Target } from '@/contract';
import { TargetCard } from './target-card';

type Props = {
  targets: readonly Target[];
  statuses: Pick<TargetStatuses, 'statuses' | 'failed' | 'now'>;
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
            result={statuses.statuses.get(target.id)}
            failed={statuses.failed.has(target.id)}
            now={statuses.now}
            headingLevel={headingLevel}
          />
        </li>
      ))}
    </ul>
  );
}
