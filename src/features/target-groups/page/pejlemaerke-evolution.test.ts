import { describe, expect, it } from 'vitest';
import type { Plan } from '@/contract';
import { pejlemaerkeEvolution, similarity } from './pejlemaerke-evolution';

const provenance = { kind: 'document', document: '000_c9fb32296d77bcb5.txt', location: 'x' } as const;
const plan = (id: string, year: number, sections: [string[], string[]][]): Plan =>
  ({
    id,
    title: `Plan ${year}`,
    year,
    pejlemaerker: sections.map(([targetGroupIds, items]) => ({
      targetGroupIds,
      heading: `H ${year}`,
      items,
      provenance,
    })),
  }) as unknown as Plan;

describe('pejlemærker from plan to plan', () => {
  it('finds items worded a little differently to be the same', () => {
    expect(similarity('Tidlig indsats for sygemeldte borgere', 'En tidlig indsats for de sygemeldte borgere')).toBe(1);
    expect(similarity('Tidlig indsats for sygemeldte', 'Flere virksomhedspraktikker')).toBe(0);
  });

  it('marks items as new or kept, lists what was dropped, and skips plans without any', () => {
    const columns = pejlemaerkeEvolution(
      [
        plan('c', 2023, [[['sygedagpenge'], ['Tidlig indsats for sygemeldte borgere', 'Brug af delvis raskmelding']]]),
        plan('a', 2020, [
          [
            ['sygedagpenge', 'jobafklaring'],
            ['Tidlig indsats for sygemeldte', 'Tværfaglige rehabiliteringsteam'],
          ],
          [['unge'], ['Uddannelse først']],
        ]),
        plan('b', 2022, [[['unge'], ['Uddannelse først']]]),
      ],
      'sygedagpenge',
    );
    expect(columns.map((c) => c.year)).toEqual([2020, 2022, 2023]);
    expect(columns[0]!.sections[0]!.items.map((i) => i.change)).toEqual(['first', 'first']);
    expect(columns[1]!.sections).toEqual([]);
    expect(columns[1]!.dropped).toEqual([]);
    expect(columns[2]!.sections[0]!.items.map((i) => i.change)).toEqual(['kept', 'new']);
    expect(columns[2]!.dropped).toEqual(['Tværfaglige rehabiliteringsteam']);
  });
});
