import { describe, expect, it } from 'vitest';
import { csvNumber, toCsv } from './csv';

const body = (text: string) => text.slice(1).split('\r\n');

describe('the CSV writer', () => {
  it('writes Danish Excel: BOM, semicolons, decimal comma, CRLF, quotes only where needed', () => {
    const text = toCsv(
      ['a', 'b'],
      [
        ['Ishøj; by', 5.5],
        ['Bilag 1 "Mål"', 2503],
      ],
    );
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(body(text)).toEqual(['a;b', '"Ishøj; by";5,5', '"Bilag 1 ""Mål""";2503', '']);
  });

  it.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])(
    'never lets a text cell start a formula: %j',
    (hostile) => {
      const [, row] = body(toCsv(['x'], [[hostile]]));
      expect(row!.replace(/^"/, '')).toMatch(/^'/);
    },
  );

  it('keeps numbers numbers, negative ones too', () => {
    expect(body(toCsv(['x'], [[-0.3]]))[1]).toBe('-0,3');
    expect(csvNumber(1234.56789, 2)).toBe('1234,57');
    expect(body(toCsv(['x'], [[undefined]]))[1]).toBe('');
  });
});
