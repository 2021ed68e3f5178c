import { common } from './common';
import { sources } from './sources';
import { status } from './status';

/**
 * Every user-facing string, in Danish: one folder, one file per part of the
 * app. Components import `strings` from here and never inline text. What
 * only some pages show (the wall screen, the "Om data" page, the series page, the meeting pack,
 * the målgruppe pages, the sentences, comparisons and "Siden sidste møde")
 * is imported from its own file, so the first screen does not download it.
 */
export const strings = {
  ...common,
  targetStatus: status,
  sources,
} as const;

export type Strings = typeof strings;
