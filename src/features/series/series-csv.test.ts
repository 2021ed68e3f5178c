import { describe, expect, it } from 'vitest';
import { seriesCsv } from './series-csv';
import { toRows } from './series-data';
import { areaName, docPoint, documentTitle, series, synthPoint } from './test-fixtures';

describe('CSV of the rows shown', () => {
  const rows = toRows(
    [
      series('183', [docPoint('2021-09', 5.5, 'Afsnit 3; tekst'), synthPoint('2021-10', 2503)], 'procent'),
      series('000', [docPoint('2018Q3/2019Q2', 2.8, 'Bilag 1 "Mål"')], 'procent'),
    ],
    { unit: 'procent', areaName, documentTitle },
  );
  const text = seriesCsv('Ledighed, sæsonkorrigeret', rows);
  const lines = text.slice(1).split('\r\n');

  it('starts with a byte-order mark and the Danish header, semicolon-separated', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe(
      'indikator;område;områdekode;periode;periodekode;værdi;enhed;kilde;sted;foreløbig;syntetisk;bemærkning',
    );
  });

  it('writes one line per row with decimal comma, no thousands separator, and quotes where needed', () => {
    expect(lines.slice(1, -1)).toEqual([
      'Ledighed, sæsonkorrigeret;Ishøj;183;sep. 2021;2021-09;5,5;procent;Beskæftigelsesplan 2022 (BP22);"Afsnit 3; tekst";nej;nej;',
      'Ledighed, sæsonkorrigeret;Ishøj;183;okt. 2021;2021-10;2503;procent;Syntetisk udviklingsdata – ikke et rigtigt tal;;nej;ja;',
      'Ledighed, sæsonkorrigeret;Hele landet;000;3. kvt. 2018–2. kvt. 2019;2018Q3/2019Q2;2,8;procent;Beskæftigelsesplan 2022 (BP22);"Bilag 1 ""Mål""";nej;nej;',
    ]);
    expect(lines.at(-1)).toBe('');
  });

  it('has only the header when nothing is shown', () => {
    expect(seriesCsv('X', []).slice(1).split('\r\n')).toHaveLength(2);
  });
});
