import { describe, expect, it } from 'vitest';
import { concernsChoice, parseAreaChoice } from './area-choice';

const areas = [{ code: 'jc-vallensbaek', members: ['183', '187'] }, { code: '000' }];

describe('concernsChoice', () => {
  it('shows Ishøj its own and the joint jobcenter’s targets, not Vallensbæk’s', () => {
    expect(concernsChoice('183', 'ishoej', areas)).toBe(true);
    expect(concernsChoice('jc-vallensbaek', 'ishoej', areas)).toBe(true);
    expect(concernsChoice('187', 'ishoej', areas)).toBe(false);
  });

  it('never counts a benchmark as a home area', () => {
    expect(concernsChoice('000', 'begge', areas)).toBe(false);
  });

  it('falls back to both kommuner for an unknown URL value', () => {
    expect(parseAreaChoice('roskilde')).toBe('begge');
    expect(parseAreaChoice('vallensbaek')).toBe('vallensbaek');
  });
});
