import type { Plan } from '@/contract';

/**
 * How a målgruppe's pejlemærker changed from plan to plan: each item is new or
 * kept (a similar item was in the previous plan that had any), and the
 * previous plan's items with no successor are listed as dropped. Plans word
 * things differently each year, so "similar" means sharing most content words.
 */

export type EvolutionItem = { text: string; change: 'first' | 'new' | 'kept' };
export type EvolutionSection = {
  heading: string;
  items: EvolutionItem[];
  provenance: Plan['pejlemaerker'][number]['provenance'];
};
export type EvolutionColumn = {
  planId: string;
  planTitle: string;
  year: number;
  sections: EvolutionSection[];
  dropped: string[];
};

export const SIMILARITY_THRESHOLD = 0.5;

/** Content words cut to a stem, so "sygemeldte" and "sygemeldtes" count as one word. */
function stems(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\d]+/u)
      .filter((w) => w.length >= 4)
      .map((w) => w.slice(0, 7)),
  );
}

/** Dice coefficient of the two texts' stems. */
export function similarity(a: string, b: string): number {
  const sa = stems(a);
  const sb = stems(b);
  if (sa.size === 0 || sb.size === 0) return 0;
  let shared = 0;
  for (const w of sa) if (sb.has(w)) shared++;
  return (2 * shared) / (sa.size + sb.size);
}

const hasMatch = (text: string, others: readonly string[]) =>
  others.some((o) => similarity(text, o) >= SIMILARITY_THRESHOLD);

export function pejlemaerkeEvolution(plans: readonly Plan[], targetGroupId: string): EvolutionColumn[] {
  let previous: string[] | undefined;
  return [...plans]
    .sort((a, b) => a.year - b.year)
    .map((plan) => {
      const own = plan.pejlemaerker.filter((s) => s.targetGroupIds.some((g) => g === targetGroupId));
      const texts = own.flatMap((s) => s.items);
      const before = previous;
      const sections = own.map((s) => ({
        heading: s.heading,
        provenance: s.provenance,
        items: s.items.map((text): EvolutionItem => ({
          text,
          change: before === undefined ? 'first' : hasMatch(text, before) ? 'kept' : 'new',
        })),
      }));
      const dropped = before && texts.length > 0 ? before.filter((t) => !hasMatch(t, texts)) : [];
      if (texts.length > 0) previous = texts;
      return { planId: plan.id, planTitle: plan.title, year: plan.year, sections, dropped };
    });
}
