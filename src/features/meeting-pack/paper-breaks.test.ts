import { describe, expect, it } from 'vitest';
import { paperBreaks } from './paper-breaks';

describe('paperBreaks', () => {
  it('lets a spelled-out unit go to the next line, after its no-break space', () => {
    expect(paperBreaks('438\u00a0kroner')).toEqual(['438\u00a0', 'kroner']);
    expect(paperBreaks('Fald på 15\u00a0% fra udgangspunktet (planen angiver 388\u00a0helårspersoner)')).toEqual([
      'Fald på 15\u00a0% fra udgangspunktet (planen angiver 388\u00a0',
      'helårs\u00adpersoner)',
    ]);
  });

  it('breaks a compound unit at its joint, with a hyphen only where the line breaks', () => {
    expect(paperBreaks('2.503\u00a0fuldtidspersoner')).toEqual(['2.503\u00a0', 'fuldtids\u00adpersoner']);
    expect(paperBreaks('118\u00a0helårspersoner')).toEqual(['118\u00a0', 'helårs\u00adpersoner']);
    expect(paperBreaks('0,4\u00a0procentpoint')).toEqual(['0,4\u00a0', 'procent\u00adpoint']);
    // A unit of one word, and a word that only starts like one, stay whole.
    expect(paperBreaks('444\u00a0personer')).toEqual(['444\u00a0', 'personer']);
    expect(paperBreaks('pointere personerne')).toEqual(['pointere personerne']);
  });

  it('keeps a sign or an abbreviation with its number, and text without a unit whole', () => {
    expect(paperBreaks('5,5\u00a0%')).toEqual(['5,5\u00a0%']);
    expect(paperBreaks('2.058\u00a0kr.')).toEqual(['2.058\u00a0kr.']);
    expect(paperBreaks('Ikke opgjort i kilderne')).toEqual(['Ikke opgjort i kilderne']);
  });
});
