import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import type { Playback } from './playback-store';

/**
 * Advances the playlist after each slide's time. Pausing keeps the time left,
 * so resuming finishes the slide rather than restarting it.
 */
export function useRotation({ index, run, paused, next }: Playback, durationMs: number) {
  const remaining = useRef(durationMs);
  const slide = useRef(-1);
  useEffect(() => {
    if (slide.current !== run) {
      slide.current = run;
      remaining.current = durationMs;
    }
    if (paused) return;
    const started = Date.now();
    const timer = setTimeout(next, remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current = Math.max(0, remaining.current - (Date.now() - started));
    };
  }, [index, run, paused, durationMs, next]);
}

/** Space pauses, arrows step, Esc leaves kiosk mode for the overview. */
export function useKioskKeys({ next, previous, togglePause }: Playback) {
  const navigate = useNavigate();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === ' ') togglePause();
      else if (event.key === 'ArrowRight') next();
      else if (event.key === 'ArrowLeft') previous();
      else if (event.key === 'Escape') {
        if (document.fullscreenElement) void document.exitFullscreen();
        void navigate('/');
      } else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, next, previous, togglePause]);
}
