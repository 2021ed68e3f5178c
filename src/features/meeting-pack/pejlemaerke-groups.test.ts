import { describe, expect, it } from 'vitest';
import type { Plan } from '@/contract';
import { groupPejlemaerker } from './pejlemaerke-groups';

type Section = Plan['pejlemaerker'][number];
const provenance = { kind: 'document', document: '004_062a348cd3251c41.txt', location: 'Tabel' } as const;
const section = (heading: string, targetGroupIds: Section['targetGroupIds']): Section => ({
  heading,
  targetGroupIds,
  items: ['punkt'],
  provenance,
});

describe('pejlemærker per målgruppe', () => {
  it('gathers sections for the same målgrupper, in the plan’s order', () => {
    const groups = groupPejlemaerker([
      section('Langtidsledighed – indsats', ['langtidsledige']),
      section('Sygedagpenge', ['sygedagpenge', 'jobafklaring']),
      section('Langtidsledighed – opfølgning', ['langtidsledige']),
    ]);
    expect(groups.map((g) => [g.targetGroupIds, g.sections.map((s) => s.heading)])).toEqual([
      [['langtidsledige'], ['Langtidsledighed – indsats', 'Langtidsledighed – opfølgning']],
      [['sygedagpenge', 'jobafklaring'], ['Sygedagpenge']],
    ]);
  });

  it('has no groups when the plan has no pejlemærker', () => {
    expect(groupPejlemaerker([])).toEqual([]);
  });
});
