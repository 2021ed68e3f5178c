import type { TargetLabels } from '@/api/target-labels';
import type { TargetStatuses } from '@/api/target-statuses';
import { AfterFirstPaint } from '@/components/after-first-paint';
import type { Target } from '@/contract';
import { TargetCard } from './target-card';

type Props = {
  targets: readonly Target[];
  statuses: Pick<TargetStatuses, 'statuses' | 'failed' | 'now'>;
  labels: TargetLabels;
  documentTitle: string;
  headingLevel?: 3 | 4;
  /**
   * How many cards a prerendered page draws in its first paint: as many as the grid's first row holds at
   * its widest. The rest come right after it (AfterFirstPaint). All of them when not given.
   */
  firstScreen?: number;
};

/** The most cards a grid's row holds: three at the page's full width (styles.css: 82rem, 20rem a card). */
export const WIDEST_ROW = 3;

const FIRST_SCREEN_CARD = 'first-screen';

/** Target cards in a responsive grid, as a list so screen readers announce how many there are. */
export function TargetGrid({ targets, statuses, labels, documentTitle, headingLevel, firstScreen }: Props) {
  // The first screen's cards are drawn in the first paint: content-visibility (offscreen-sections.css) would
  // lay them out as empty boxes, find them on the screen, and lay them out again.
  const card = (target: Target, index: number) => (
    <li key={target.id} className={firstScreen !== undefined && index < firstScreen ? FIRST_SCREEN_CARD : undefined}>
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
  );
  const split = firstScreen ?? targets.length;
  const later = targets.slice(split);
  return (
    <ul className="target-grid" role="list">
      {targets.slice(0, split).map(card)}
      {later.length > 0 && <AfterFirstPaint as="li">{later.map((t, i) => card(t, split + i))}</AfterFirstPaint>}
    </ul>
  );
}
