import { create } from 'zustand';

/**
 * Which slide is showing and whether the rotation is paused. UI state only;
 * `run` changes on every slide start so timers and the progress bar restart
 * even when stepping back to the same slide.
 */
type Playback = {
  index: number;
  count: number;
  paused: boolean;
  run: number;
  reset: (count: number) => void;
  next: () => void;
  previous: () => void;
  togglePause: () => void;
};

export const usePlayback = create<Playback>((set) => ({
  index: 0,
  count: 1,
  paused: false,
  run: 0,
  reset: (count) => set({ index: 0, count: Math.max(1, count), paused: false, run: 0 }),
  next: () => set((s) => ({ index: (s.index + 1) % s.count, run: s.run + 1 })),
  previous: () => set((s) => ({ index: (s.index - 1 + s.count) % s.count, run: s.run + 1 })),
  togglePause: () => set((s) => ({ paused: !s.paused })),
}));
