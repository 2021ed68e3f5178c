import { describe, expect, it } from 'vitest';
import { axisDate, wrapText } from './chart-text';

describe('chart text', () => {
  it('labels the time axis in Danish: the year in January, else the month', () => {
    expect(axisDate(Date.UTC(2020, 0, 1))).toBe('2020');
    expect(axisDate(Date.UTC(2020, 6, 1))).toBe('jul.');
  });

  it('wraps long legend names at spaces', () => {
    expect(wrapText('Mål: Afstanden til Hele landet mindskes med 0,5 procentpoint (2020)', 32)).toBe(
      'Mål: Afstanden til Hele landet\nmindskes med 0,5 procentpoint\n(2020)',
    );
    expect(wrapText('Ishøj', 32)).toBe('Ishøj');
  });
});
