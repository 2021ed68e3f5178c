import { describe, expect, it } from 'vitest';
import { LEGEND_LINE, narrowLegendHeight, wrapText } from './chart-text';

describe('chart text', () => {
  it('wraps long legend names at spaces', () => {
    expect(wrapText('Mål: Afstanden til Hele landet mindskes med 0,5 procentpoint (2020)', 32)).toBe(
      'Mål: Afstanden til Hele landet\nmindskes med 0,5 procentpoint\n(2020)',
    );
    expect(wrapText('Ishøj', 32)).toBe('Ishøj');
  });

  it('gives a narrow legend a row per entry and a line per line of its wrapped name', () => {
    const short = narrowLegendHeight(['Ishøj', 'Vallensbæk']);
    // A goal's name of three lines takes three lines' room, so it cannot reach into the entry above it.
    const withGoal = narrowLegendHeight([
      'Ishøj',
      'Mål: På eller under niveauet for Hele landet (afledt af pejlemærke) (2023)',
    ]);
    expect(withGoal - short).toBe(2 * LEGEND_LINE);
    expect(narrowLegendHeight(['Ishøj', 'Vallensbæk', 'Hele landet']) - short).toBeGreaterThan(LEGEND_LINE);
  });
});
