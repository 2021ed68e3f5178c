import { startTransition, useEffect, useState } from 'react';

/**
 * "Now" for a page. A prerendered page (scripts/prerender.ts) was judged at
 * build time; while the browser hydrates it, every render must judge at that
 * same moment, or the statuses and dates would differ from the HTML React
 * attaches to (a page built before midnight and read after it did). Once
 * attached, each component judges again at the reader's own moment.
 *
 * Each component takes the moment as it mounts, so it applies exactly to
 * what React hydrates, whenever it does: the content of a Suspense boundary
 * is hydrated in a later pass, after the shell's effects have run.
 */
let hydratingAt: Date | undefined;
/**
 * The reader's moment for everything the hydration attaches: one moment for the whole page, so its views
 * judge a goal at the same instant and the judgement made for one serves the others (judged-targets.ts).
 */
let attachedAt = new Date();

/** Renders from now on at `moment` (the build's), until endHydration; returns the reader's moment that follows. */
export function hydrateAt(moment: Date | undefined): Date {
  hydratingAt = moment;
  attachedAt = new Date();
  return attachedAt;
}

/** Called once the whole prerendered page is attached: what mounts from now on is judged now. */
export function endHydration(): void {
  hydratingAt = undefined;
}

export function isHydrating(): boolean {
  return hydratingAt !== undefined;
}

/**
 * Now, fixed per mount (statuses are about deadlines and months, not
 * seconds, and a default must not move under the reader at midnight). A
 * component React hydrates from prerendered HTML renders first at the
 * build's moment, so it matches that HTML, and then again at the reader's
 * own; that changes nothing on screen unless a day or a judgement has moved
 * since the build. The second render is a transition: React does it in
 * slices between the reader's input, where a store snapshot would have
 * re-judged the whole page in one long task.
 */
export function usePageNow(): Date {
  const [mounted] = useState(() => ({ at: hydratingAt ? attachedAt : new Date(), built: hydratingAt }));
  const [now, setNow] = useState(mounted.built ?? mounted.at);
  useEffect(() => {
    if (now !== mounted.at) startTransition(() => setNow(mounted.at));
  }, [now, mounted]);
  return now;
}

/**
 * Whether to draw a control that does something only once the app is live. False in the prerender and
 * while React attaches it, where the component draws a light stand-in of the same size; true after, as a
 * transition (as usePageNow's second render), and at once wherever nothing hydrates. The overview's date
 * field cost its first paint about 30 ms of the browser's parsing and styling (a date input builds its
 * day, month and year fields), for a field no one can use before the app is live.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(() => !isHydrating());
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return hydrated;
}
