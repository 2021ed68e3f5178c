import { useEffect, useRef } from 'react';
import { watchForNewVersion } from '@/lib/service-worker';

/**
 * A wall screen is never reloaded by hand, so after a new build is deployed
 * it would run the old code for ever. Once the new build's worker has taken
 * over (its files are all cached, so this works offline too), the screen
 * reloads at the next slide change rather than in the middle of a slide.
 */
export function useReloadOnNewVersion(run: number, checkEveryMs: number): void {
  const newVersion = useRef(false);
  useEffect(
    () =>
      watchForNewVersion(() => {
        newVersion.current = true;
      }, checkEveryMs),
    [checkEveryMs],
  );
  useEffect(() => {
    if (newVersion.current) window.location.reload();
  }, [run]);
}
