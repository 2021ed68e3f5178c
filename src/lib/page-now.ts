/**
 * "Now" for a page's first render. A prerendered page (scripts/prerender.ts)
 * was judged at build time; while the browser hydrates it, the first render
 * must judge at the same moment, or the statuses and dates would differ from
 * the HTML React attaches to. After that first render, now is now.
 */
let hydratingAt: Date | undefined;

export function hydrateAt(moment: Date | undefined): void {
  hydratingAt = moment;
}

/** For `useState(pageNow)`: the prerender's moment during hydration, else the current time. */
export function pageNow(): Date {
  return hydratingAt ? new Date(hydratingAt) : new Date();
}
