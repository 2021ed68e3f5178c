import type { Area } from '@/contract';
import { KOMMUNER } from '@/domain/areas';

/**
 * areas.json lists the areas the documents name (the home kommuner, the
 * benchmarks, the klynge). The official series cover all 98 kommuner, so the
 * rest join the list from Danmarks Statistik's register, with the role
 * "kommune": one of the kommuner in the national comparison.
 */
export function withEveryKommune(listed: readonly Area[]): Area[] {
  const known = new Set(listed.map((a) => a.code));
  const others = Object.entries(KOMMUNER)
    .filter(([code]) => !known.has(code))
    .map(([code, name]): Area => ({ code, name, kind: 'kommune', role: 'kommune' }));
  return [...listed, ...others];
}
