import { describe, expect, it } from 'vitest';
import { period as p } from '@test/periods';
import { calendarDateCode, startOfDay } from './calendar-date';
import type { SourcedValue } from './pick-value';
import type { Provenance } from './provenance';
import { latestMovements, movementsSince, sinceDate, statusChanges } from './since';
import { targetStatus, type StatusTarget } from './status';

const official: Provenance = {
  kind: 'official',
  source: 'jobindsats',
  table: 'y25i01',
  request: 'x',
  retrieved: '2026-08-22',
};
const doc: Provenance = { kind: 'document', document: '003_8ec760b96f86ce0e.txt', location: 'Figur 6' };
const at = (code: string, value: number, provenance: Provenance = official): SourcedValue => ({
  period: p(code),
  value,
  provenance,
});
const NOW = new Date('2026-12-01T12:00:00Z');

describe('the date of the last meeting', () => {
  it('defaults to three months back, and refuses a date that is not one or lies ahead', () => {
    expect(calendarDateCode(sinceDate(null, NOW).date)).toBe('2026-09-01');
    expect(sinceDate('2026-06-15', NOW)).toEqual({ date: { year: 2026, month: 6, day: 15 }, invalid: false });
    expect(sinceDate('2026-02-30', NOW)).toMatchObject({ invalid: true });
    expect(sinceDate('2027-01-01', NOW)).toMatchObject({ invalid: true });
    expect(calendarDateCode(sinceDate('31.8.2026', NOW).date)).toBe('2026-09-01');
  });

  it('moves the 31st back to the month’s last day', () => {
    expect(calendarDateCode(sinceDate(null, new Date('2026-05-31T08:00:00Z')).date)).toBe('2026-02-28');
  });
});

describe('movements since the last meeting', () => {
  const series = [
    // Ishøj's unemployment fell 4,4 → 4,0 %: better, lower is better.
    {
      indicatorId: 'ledighed-faktisk',
      area: '183',
      direction: 'lower-is-better' as const,
      points: [at('2026-04', 4.4), at('2026-07', 4.0)],
    },
    // Vallensbæk's flexjobs rose 120 → 123: better, higher is better, but a smaller relative move.
    {
      indicatorId: 'fleksjob-ansatte',
      area: '187',
      direction: 'higher-is-better' as const,
      points: [at('2026-05', 120), at('2026-07', 123)],
    },
    // A document's figure never counts as a movement on the official series.
    {
      indicatorId: 'sygedagpenge-personer',
      area: '183',
      direction: 'lower-is-better' as const,
      points: [at('2026-05', 400, doc), at('2026-07', 300, doc)],
    },
    // Nothing new since the date.
    { indicatorId: 'kontanthjaelp', area: '183', direction: 'lower-is-better' as const, points: [at('2026-04', 100)] },
  ];

  it('compares the newest value with the one that was newest on the date, biggest first, in each polarity', () => {
    const moves = movementsSince(series, startOfDay({ year: 2026, month: 6, day: 1 }));
    expect(moves.map((m) => [m.indicatorId, m.area, m.verdict])).toEqual([
      ['ledighed-faktisk', '183', 'better'],
      ['fleksjob-ansatte', '187', 'better'],
    ]);
    expect(moves[0]!.from.period).toEqual(p('2026-04'));
    expect(moves[0]!.to.period).toEqual(p('2026-07'));
    expect(moves[0]!.change).toBeCloseTo(-0.4);
  });

  it('compares each series’ newest month with the month before, for the wall screen', () => {
    const moves = latestMovements(series, 2);
    expect(moves.map((m) => [m.indicatorId, m.from.period, m.to.period])).toEqual([
      ['ledighed-faktisk', p('2026-04'), p('2026-07')],
      ['fleksjob-ansatte', p('2026-05'), p('2026-07')],
    ]);
  });

  it('calls a rise worse where lower is better', () => {
    const up = [
      {
        indicatorId: 'x',
        area: '183',
        direction: 'lower-is-better' as const,
        points: [at('2026-01', 10), at('2026-07', 12)],
      },
    ];
    expect(movementsSince(up, startOfDay({ year: 2026, month: 3, day: 1 }))[0]).toMatchObject({
      verdict: 'worse',
      relative: 0.2,
    });
  });
});

describe('status changes since the last meeting', () => {
  const target: StatusTarget = {
    level: 'retningsmaal',
    indicatorId: 'ledighed-faktisk',
    area: '187',
    unit: 'procent',
    goal: { kind: 'relative-to-benchmark', comparator: 'le', benchmarkArea: '000' },
    deadline: p('2023'),
    actuals: [],
    openEnded: true,
  };
  const lookup = (_: string, area: string) =>
    area === '000' ? [at('2026-05', 3.0), at('2026-07', 3.0)] : [at('2026-05', 3.2), at('2026-07', 2.9)];

  it('judges each goal as it stood on the date, on the figures whose periods had ended by then', () => {
    const since = startOfDay({ year: 2026, month: 7, day: 1 });
    const now = { status: 'paa-vej', partial: false, notes: [] } as const;
    const before = targetStatus(target, lookup, since);
    expect(before.status).toBe('ikke-paa-vej');
    const changes = statusChanges([{ item: 'bp2023-lav-ledighed', before, after: now }]);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.before.status).toBe('ikke-paa-vej');
    expect(statusChanges([{ item: 'x', before, after: { ...now, status: 'ikke-paa-vej' } }])).toEqual([]);
  });
});
