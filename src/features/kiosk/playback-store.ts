import { useMemo } from 'react';
import { create } from 'zustand';

/**
 * Which slide is showing and whether the rotation is paused. UI state only;
 * `run` changes on every slide start so timers and the progress bar restart
 * even when stepping back to the same slide.
 *
 * The position belongs to one playlist (`owner`). A new playlist starts at
 * its first slide because the position is read as "first slide, not paused"
 * whenever the owner differs: derived during render, so the old position is
 * never shown for a frame before an effect resets it.
 */
type Position = { owner: object | null; index: number; paused: boolean; run: number };

const START: Omit<Position, 'owner'> = { index: 0, paused: false, run: 0 };

const positionStore = create<Position>(() => ({ owner: null, ...START }));

const own = (s: Position, owner: object): Position => (s.owner === owner ? s : { owner, ...START });

export type Playback = {
  index: number;
  count: number;
  paused: boolean;
  run: number;
  next: () => void;
  previous: () => void;
  togglePause: () => void;
};

/** The playback of `playlist`, with `count` slides. */
export function usePlayback(playlist: object, count: number): Playback {
  const position = positionStore();
  const slides = Math.max(1, count);
  const { index, paused, run } = own(position, playlist);
  const actions = useMemo(() => {
    const step = (by: number) =>
      positionStore.setState((s) => {
        const p = own(s, playlist);
        return { ...p, index: (((p.index + by) % slides) + slides) % slides, run: p.run + 1 };
      });
    return {
      next: () => step(1),
      previous: () => step(-1),
      togglePause: () => positionStore.setState((s) => ({ ...own(s, playlist), paused: !own(s, playlist).paused })),
    };
  }, [playlist, slides]);
  return { index: Math.min(index, slides - 1), count: slides, paused, run, ...actions };
}
