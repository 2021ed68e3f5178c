import { samePeriod } from '@/domain/period';
import type { ValueChoice } from '@/domain/pick-value';

export type AreaValues = { readonly area: string; readonly values: readonly ValueChoice[] };

/**
 * Each area's value on the newest period they all have: the fair way to set
 * areas side by side, where each one's "latest" could be a different month.
 * Undefined when they share no period.
 */
export function commonLatest(lines: readonly AreaValues[]): { area: string; value: ValueChoice }[] | undefined {
  const [first, ...rest] = lines;
  if (!first) return undefined;
  for (let i = first.values.length - 1; i >= 0; i--) {
    const period = first.values[i]!.period;
    const others = rest.map((l) => l.values.find((v) => samePeriod(v.period, period)));
    if (others.every((v) => v !== undefined)) {
      return [
        { area: first.area, value: first.values[i]! },
        ...rest.map((l, j) => ({ area: l.area, value: others[j]! })),
      ];
    }
  }
  return undefined;
}
