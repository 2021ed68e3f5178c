import { HOME_AREAS } from './areas';

/** The header's area choice: one of the two kommuner, or both. */
export const AREA_CHOICES = ['begge', 'ishoej', 'vallensbaek'] as const;
export type AreaChoice = (typeof AREA_CHOICES)[number];

export function parseAreaChoice(value: string | null): AreaChoice {
  return AREA_CHOICES.find((c) => c === value) ?? 'begge';
}

type AreaLike = { readonly code: string; readonly members?: readonly string[] | undefined };

/**
 * Whether figures for `areaCode` concern the chosen kommune. A joint jobcenter
 * concerns each of its member kommuner; comparators and benchmarks concern none.
 */
export function concernsChoice(areaCode: string, choice: AreaChoice, areas: readonly AreaLike[]): boolean {
  const homes: string[] = choice === 'begge' ? Object.values(HOME_AREAS) : [HOME_AREAS[choice]];
  if (homes.includes(areaCode)) return true;
  const area = areas.find((a) => a.code === areaCode);
  return area?.members?.some((m) => homes.includes(m)) ?? false;
}
