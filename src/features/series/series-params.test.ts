import { describe, expect, it } from 'vitest';
import { parseSeriesParams, seriesSearch } from './series-params';

describe('series parameters in the address', () => {
  it('reads areas, years and view', () => {
    expect(parseSeriesParams(new URLSearchParams('omraader=183,000&fra=2019&til=2021&visning=tabel'))).toEqual({
      areas: ['183', '000'],
      from: 2019,
      to: 2021,
      view: 'tabel',
    });
    expect(parseSeriesParams(new URLSearchParams('fra=nitten'))).toEqual({
      areas: undefined,
      from: undefined,
      to: undefined,
      view: 'diagram',
    });
    expect(parseSeriesParams(new URLSearchParams('omraader=')).areas).toEqual([]);
  });

  it('writes readable links and keeps other parameters', () => {
    const current = new URLSearchParams('omraade=ishoej&fra=2019');
    expect(seriesSearch(current, { areas: ['183', '000'], view: 'tabel' })).toBe(
      '?omraade=ishoej&fra=2019&omraader=183,000&visning=tabel',
    );
    expect(seriesSearch(current, { from: undefined })).toBe('?omraade=ishoej');
    expect(seriesSearch(new URLSearchParams('visning=tabel'), { view: 'diagram' })).toBe('');
  });
});
