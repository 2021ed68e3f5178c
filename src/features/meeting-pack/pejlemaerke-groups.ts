import type { Plan } from '@/contract';

type Section = Plan['pejlemaerker'][number];

export type PejlemaerkeGroup = { readonly targetGroupIds: readonly string[]; readonly sections: readonly Section[] };

/**
 * The plan's pejlemærker gathered per målgruppe (or set of målgrupper), in the
 * order the plan first mentions them, so a committee member finds "unge" once.
 */
export function groupPejlemaerker(sections: readonly Section[]): PejlemaerkeGroup[] {
  const groups = new Map<string, { targetGroupIds: readonly string[]; sections: Section[] }>();
  for (const section of sections) {
    const key = section.targetGroupIds.join('+');
    const group = groups.get(key) ?? { targetGroupIds: section.targetGroupIds, sections: [] };
    group.sections.push(section);
    groups.set(key, group);
  }
  return [...groups.values()];
}
