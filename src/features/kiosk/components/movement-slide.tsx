import { useMemo, useState } from 'react';
import { useApiIndex, useIndicators } from '@/api/reference';
import { useSeriesSet } from '@/api/series';
import { officialKeys } from '@/api/since-last-meeting';
import { useTargetLabels } from '@/api/target-labels';
import { HOME_AREAS } from '@/domain/areas';
import { latestMovements } from '@/domain/since';
import { movementText } from '@/lib/movement-text';
import { since as sinceStrings } from '@/lib/strings/since';
import { kiosk as kioskStrings } from '@/lib/strings/kiosk';
import { footnote } from '../slide-text';
import { problemText, SlideFrame, SlideState } from './slide-frame';

const k = kioskStrings.movement;
const HOMES = Object.values(HOME_AREAS);

/** The biggest movements on the home kommuner's official series since the month before, good or bad in each one's polarity. */
export function MovementSlide() {
  const indicators = useIndicators();
  const index = useApiIndex();
  const { labels } = useTargetLabels();
  const [now] = useState(() => new Date());
  const keys = useMemo(
    () =>
      indicators.data && index.data
        ? officialKeys(indicators.data, new Set(index.data.official.map((o) => o.provenance.table)), HOMES)
        : [],
    [indicators.data, index.data],
  );
  const set = useSeriesSet(keys, { failedWhileRetrying: true });
  const { lookup } = set;
  const moves = useMemo(() => {
    const direction = new Map(indicators.data?.map((i) => [i.id, i.direction]));
    return latestMovements(
      keys.map((key) => ({
        ...key,
        direction: direction.get(key.indicatorId) ?? 'neutral',
        points: lookup(key.indicatorId, key.area),
      })),
    );
  }, [keys, lookup, indicators.data]);
  if (moves.length === 0) {
    const none = !set.pending && keys.length > 0 ? new Error(k.none) : undefined;
    return <SlideState title={k.heading} error={none ?? indicators.error ?? index.error ?? set.error} />;
  }
  return (
    <SlideFrame
      title={k.heading}
      sentence={k.sentence}
      footnote={footnote(
        moves.flatMap((m) => [m.from.point, m.to.point]),
        labels.documentTitle,
        now,
      )}
      problem={set.failed.size > 0 ? problemText([k.someSeries(set.failed.size)], set.error) : undefined}
    >
      <ul className="kiosk-movements">
        {moves.map((m) => {
          return (
            <li key={`${m.indicatorId}/${m.area}`} className={`kiosk-movement-${m.verdict}`}>
              <span className="kiosk-movement-verdict">
                <span aria-hidden="true">{sinceStrings.verdictIcon[m.verdict]} </span>
                {sinceStrings.verdict[m.verdict]}
              </span>
              <span className="kiosk-movement-text">
                {movementText(m, labels.wording(m.indicatorId), { verdict: false })}
              </span>
            </li>
          );
        })}
      </ul>
    </SlideFrame>
  );
}
