import { parsePeriod, type Period } from '@/domain/period';

/** A period from its code ("2026M07", "2023Q3"), for tests; a bad code fails the test at once. */
export function period(code: string): Period {
  const r = parsePeriod(code);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
