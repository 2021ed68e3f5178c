import { useEffect } from 'react';
import { endHydration } from '@/lib/page-now';

/** For whoever waits for the app to answer (the browser tests): the page is live, not only drawn. */
export function markLive(): void {
  document.documentElement.dataset.live = '';
}

/**
 * Last inside the layout's Suspense boundary. React hydrates that boundary's
 * content after the shell has committed, so only this effect, run when the
 * content has committed, knows that the whole prerendered page is attached.
 */
export function HydrationEnd() {
  useEffect(() => {
    endHydration();
    markLive();
  }, []);
  return null;
}
