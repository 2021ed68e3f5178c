import { describe, expect, it } from 'vitest';
import { paperBreaks } from './paper-breaks';

describe('paperBreaks', () => {
  it('lets a spelled-out unit go to the next line, after its no-break space', () => {
    expect(paperBreaks('438\u00a0helårspersoner')).toEqual(['438\u00a0', 'helårspersoner']);
    expect(paperBreaks('Fald på 15\u00a0% fra udgangspunktet (planen angiver 388\u00a0helårspersoner)')).toEqual([
      'Fald på 15\u00a0% fra udgangspunktet (planen angiver 388\u00a0',
      'helårspersoner)',
    ]);
  });

  it('keeps a sign or an abbreviation with its number, and text without a unit whole', () => {
    expect(paperBreaks('5,5\u00a0%')).toEqual(['5,5\u00a0%']);
    expect(paperBreaks('2.058\u00a0kr.')).toEqual(['2.058\u00a0kr.']);
    expect(paperBreaks('Ikke opgjort i kilderne')).toEqual(['Ikke opgjort i kilderne']);
  });
});
