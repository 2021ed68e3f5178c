import { useSyncExternalStore } from 'react';

/** Chart type in px, following the screen's height as the CSS does (3.5vh, the smallest text): same look at 1080p and 4K. */
const subscribe = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};
const snapshot = () => Math.round(window.innerHeight * 0.035);

export function useChartFontSize(): number {
  return useSyncExternalStore(subscribe, snapshot);
}
