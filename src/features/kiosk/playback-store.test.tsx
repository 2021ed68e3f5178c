import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePlayback } from './playback-store';

describe('playback', () => {
  it('steps round the playlist and back, each start a new run', () => {
    const playlist = {};
    const { result } = renderHook(() => usePlayback(playlist, 3));
    expect(result.current).toMatchObject({ index: 0, run: 0, paused: false, count: 3 });
    act(() => result.current.previous());
    expect(result.current).toMatchObject({ index: 2, run: 1 });
    act(() => result.current.next());
    act(() => result.current.next());
    expect(result.current).toMatchObject({ index: 1, run: 3 });
    act(() => result.current.togglePause());
    expect(result.current.paused).toBe(true);
  });

  it('starts a new playlist at its first slide in the very first render, not after an effect', () => {
    const first = {};
    const second = {};
    const seen: number[] = [];
    const { result, rerender } = renderHook(
      ({ playlist }) => {
        const p = usePlayback(playlist, 4);
        seen.push(p.index);
        return p;
      },
      { initialProps: { playlist: first } },
    );
    act(() => result.current.next());
    act(() => result.current.next());
    act(() => result.current.togglePause());
    expect(result.current).toMatchObject({ index: 2, paused: true });
    seen.length = 0;
    rerender({ playlist: second });
    // Every render for the new playlist shows slide 1, playing.
    expect(seen).toEqual(seen.map(() => 0));
    expect(seen.length).toBeGreaterThan(0);
    expect(result.current).toMatchObject({ index: 0, paused: false, run: 0 });
    act(() => result.current.next());
    expect(result.current.index).toBe(1);
  });

  it('never points past a playlist that became shorter', () => {
    const playlist = {};
    const { result, rerender } = renderHook(({ count }) => usePlayback(playlist, count), {
      initialProps: { count: 5 },
    });
    act(() => result.current.previous());
    expect(result.current.index).toBe(4);
    rerender({ count: 2 });
    expect(result.current.index).toBe(1);
  });
});
