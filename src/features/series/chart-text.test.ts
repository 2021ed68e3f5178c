import { describe, expect, it } from 'vitest';
import { wrapText } from './chart-text';

describe('chart text', () => {
  it('wraps long legend names at spaces', () => {
    expect(wrapText('Mål: Afstanden til Hele landet mindskes med 0,5 procentpoint (2020)', 32)).toBe(
      'Mål: Afstanden til Hele landet\nmindskes med 0,5 procentpoint\n(2020)',
    );
    expect(wrapText('Ishøj', 32)).toBe('Ishøj');
  });
});
