import { describe, expect, it } from 'vitest';
import { keyIndicators } from './figures';

const indicator = (id: string, over: Partial<Parameters<typeof keyIndicators>[0][number]> = {}) => ({
  id,
  targetGroupId: 'jobparate',
  unit: 'procent' as const,
  areas: ['183', '187', '000'],
  pointCount: 10,
  officialTables: [{ table: 'y25i01' }],
  ...over,
});

describe('a målgruppe’s key figures', () => {
  it('prefers official shares for all three areas, then counts, then the plans’ own series', () => {
    const chosen = keyIndicators(
      [
        indicator('plan-tal', { officialTables: [], pointCount: 99 }),
        indicator('antal', { unit: 'fuldtidspersoner' }),
        indicator('andel'),
        indicator('kun-ishoej', { areas: ['183'] }),
        indicator('anden-gruppe', { targetGroupId: 'unge' }),
      ],
      'jobparate',
      new Set(['y25i01']),
    );
    expect(chosen.map((i) => i.id)).toEqual(['andel', 'antal', 'kun-ishoej']);
  });
});
