/**
 * The units the plans measure in. A share is always in procent; a change of a
 * share is in procentpoint, never in procent.
 */
export const UNITS = [
  'personer',
  'helaarspersoner',
  'fuldtidspersoner',
  'forloeb',
  'antal',
  'procent',
  'procentpoint',
  'kr',
  'timer',
] as const;

export type Unit = (typeof UNITS)[number];

export function isShareUnit(unit: Unit): boolean {
  return unit === 'procent' || unit === 'procentpoint';
}

/** Counts that are whole things (people, cases) rather than averages. */
export function isWholeCountUnit(unit: Unit): boolean {
  return unit === 'personer' || unit === 'forloeb' || unit === 'antal';
}

/**
 * The unit of an indicator the list does not know (yet): a plain count. One
 * fallback, so the status engine, the sentences and the charts agree.
 */
export function unitOrCount(unit: Unit | undefined): Unit {
  return unit ?? 'antal';
}
