import { describe, expect, it } from 'vitest';
import { sourceWithDates } from './source-text';

const titles = (file: string) => (file === '002_3e6cb87c903c4f86.txt' ? 'Resultatrevision 2014' : undefined);
const doc = (location: string) => ({ kind: 'document', document: '002_3e6cb87c903c4f86.txt', location }) as const;

describe('source text', () => {
  it('names the document by its title and the place in it', () => {
    expect(sourceWithDates(doc('Figur 9'), titles)).toBe('Resultatrevision 2014, Figur 9');
  });

  it('names an official dataset with the date it was fetched', () => {
    const official = {
      kind: 'official',
      source: 'jobindsats',
      table: 'y07a02',
      request: 'GET …',
      retrieved: '2026-11-25',
    } as const;
    expect(sourceWithDates(official, titles)).toBe('Jobindsats.dk (STAR), tabel y07a02; hentet 25.11.2026');
  });

  it('adds when an official table was published, when asked', () => {
    const official = {
      kind: 'official',
      source: 'jobindsats',
      table: 'y25i01',
      request: 'GET …',
      retrieved: '2026-08-22',
      published: '2026-08-20',
    } as const;
    expect(sourceWithDates(official, titles, { published: true })).toBe(
      'Jobindsats.dk (STAR), tabel y25i01; hentet 22.8.2026; offentliggjort 20.8.2026',
    );
    expect(sourceWithDates(official, titles)).not.toContain('offentliggjort');
  });

  it('never presents a synthetic value as real', () => {
    expect(sourceWithDates({ kind: 'synthetic', method: 'interpolation' }, titles)).toMatch(
      /^Syntetisk.*ikke et rigtigt tal/,
    );
  });
});
