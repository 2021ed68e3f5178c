import { describe, expect, it } from 'vitest';
import { ageText, freshness } from './freshness';

const at = (hhmm: string) => new Date(`2026-11-25T${hhmm}:00+01:00`).getTime();
const minute = 60_000;

describe('freshness', () => {
  it('shows the fetch time while data is current, and no banner', () => {
    expect(freshness({ fetchedAt: at('14:05'), failingSince: null, now: at('14:06'), refreshMs: minute })).toEqual({
      stamp: 'Opdateret kl. 14:05',
      banner: null,
    });
  });

  it('shows the age once data is older than two refreshes (a restart while offline)', () => {
    const result = freshness({
      fetchedAt: at('14:05'),
      failingSince: at('14:05'),
      now: at('17:20'),
      refreshMs: minute,
    });
    expect(result.stamp).toBe('Hentet kl. 14:05 – for 3 timer siden');
    expect(result.banner).toBe('Data er ikke opdateret siden kl. 14:05. Skærmen prøver igen automatisk.');
  });

  it('says plainly when nothing was ever loaded', () => {
    expect(freshness({ fetchedAt: 0, failingSince: 0, now: at('09:00'), refreshMs: minute })).toEqual({
      stamp: null,
      banner: 'Data kunne ikke hentes. Skærmen prøver igen automatisk.',
    });
  });

  it('words ages in Danish', () => {
    expect(ageText(30_000)).toBe('under 1 minut');
    expect(ageText(minute)).toBe('1 minut');
    expect(ageText(45 * minute)).toBe('45 minutter');
    expect(ageText(60 * minute)).toBe('1 time');
    expect(ageText(49 * 60 * minute)).toBe('2 døgn');
  });
});
