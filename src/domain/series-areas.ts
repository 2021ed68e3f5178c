import { HOME_AREAS, isKommune, JOINT_JOBCENTER, NATIONAL_AREA } from './areas';

/**
 * Which areas an indicator's series page shows, as pure functions: the page
 * uses them in the browser, and the static export at build time, to put
 * exactly those series in the page's bundle (data/page-bundles.ts).
 */

// Home areas first, then the benchmark, then comparators in the order the data lists them.
const AREA_RANK: readonly string[] = [HOME_AREAS.ishoej, HOME_AREAS.vallensbaek, JOINT_JOBCENTER, NATIONAL_AREA];

export function orderAreas(codes: readonly string[]): string[] {
  const rank = (c: string) => (AREA_RANK.includes(c) ? AREA_RANK.indexOf(c) : AREA_RANK.length);
  return codes
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map(({ c }) => c);
}

/** With this many areas or fewer, all are shown by default. */
const ALL_UP_TO = 6;

/** The areas shown when the address names none: the home areas and Hele landet, or every area when there are few. */
export function defaultAreas(available: readonly string[]): string[] {
  if (available.length <= ALL_UP_TO) return [...available];
  const preferred = available.filter((a) => AREA_RANK.includes(a));
  return preferred.length > 0 ? preferred : available.slice(0, ALL_UP_TO);
}

/**
 * The areas to show: those asked for that have a series, in the page's order.
 * When none of the asked-for areas has a series (an old link), the defaults are shown.
 */
export function chosenAreas(available: readonly string[], requested: readonly string[] | undefined): string[] {
  if (requested === undefined) return defaultAreas(available);
  if (requested.length === 0) return [];
  const chosen = available.filter((a) => requested.includes(a));
  return chosen.length > 0 ? chosen : defaultAreas(available);
}

/** A national comparison (every kommune on one month) only makes sense when most kommuner have the series. */
const NATIONAL_FROM = 50;

export const hasNationalStanding = (areas: readonly string[]) => areas.filter(isKommune).length >= NATIONAL_FROM;
