import { useState, useSyncExternalStore } from 'react';

/**
 * "Now" for a page. A prerendered page (scripts/prerender.ts) was judged at
 * build time; while the browser hydrates it, every render must judge at that
 * same moment, or the statuses and dates would differ from the HTML React
 * attaches to (a page built before midnight and read after it did). Once
 * attached, each component judges again at the reader's own moment.
 *
 * The moment is React's server snapshot, so it applies exactly to what React
 * hydrates, whenever it does: the content of a Suspense boundary is hydrated
 * in a later pass, after the shell's effects have run.
 */
let hydratingAt: Date | undefined;

export function hydrateAt(moment: Date | undefined): void {
  hydratingAt = moment;
}

/** Called once the whole prerendered page is attached: what mounts from now on is judged now. */
export function endHydration(): void {
  hydratingAt = undefined;
}

export function isHydrating(): boolean {
  return hydratingAt !== undefined;
}

const unchanging = () => () => {};

/**
 * Now, fixed per mount (statuses are about deadlines and months, not
 * seconds, and a default must not move under the reader at midnight). React
 * renders a component it hydrates from prerendered HTML with the server
 * snapshot, the build's moment, and then at once again with the reader's own;
 * that changes nothing on screen unless a day or a judgement has moved since
 * the build.
 */
export function usePageNow(): Date {
  const [mounted] = useState(() => ({ at: new Date(), built: hydratingAt }));
  return useSyncExternalStore(
    unchanging,
    () => mounted.at,
    () => mounted.built ?? mounted.at,
  );
}
