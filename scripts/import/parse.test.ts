import { describe, expect, it } from 'vitest';
import { parseDelimited, toNumber, toPeriodCode } from './parse';

describe('source periods → contract periods', () => {
  it.each([
    ['2024M01', '2024-01'],
    ['2023Q3', '2023Q3'],
    ['2023K3', '2023Q3'],
    ['2023QMAT02', '2022Q3/2023Q2'],
    ['2024QMAT01', '2023Q2/2024Q1'],
    ['2023MMAT06', '2022-07/2023-06'],
    ['2023', '2023'],
    ['januar 2024', '2024-01'],
    ['jan 2024', '2024-01'],
    ['sep. 2021', '2021-09'],
  ])('%s → %s', (raw, code) => {
    expect(toPeriodCode(raw)).toEqual({ ok: true, value: code });
  });

  it('refuses a request selector and nonsense, saying why', () => {
    expect(toPeriodCode('l(M:24)')).toMatchObject({ ok: false, reason: expect.stringContaining('forespørgsel') });
    expect(toPeriodCode('2024M13')).toMatchObject({ ok: false });
    expect(toPeriodCode('latest:24')).toMatchObject({ ok: false, reason: expect.stringContaining('forespørgsel') });
    expect(toPeriodCode('1850M01')).toMatchObject({ ok: false, reason: 'ugyldig periode «1850M01»' });
    expect(toPeriodCode('snart')).toMatchObject({ ok: false, reason: 'ukendt periode «snart»' });
  });
});

describe('Danish numbers', () => {
  it.each([
    ['1.234,5', 1234.5],
    ['4,1', 4.1],
    ['312', 312],
    ['12.345', 12345],
    ['1.234.567', 1234567],
    [' -0,3 ', -0.3],
    ['−2,5', -2.5],
    [17.5, 17.5],
  ])('%s → %s', (raw, value) => {
    expect(toNumber(raw)).toEqual({ ok: true, value });
  });

  it('reads a decimal point where the source uses one (Statistikbanken BULK)', () => {
    expect(toNumber('4.3', { decimal: '.' })).toEqual({ ok: true, value: 4.3 });
    expect(toNumber('4,3', { decimal: '.' })).toMatchObject({ ok: false });
  });

  it('keeps a suppressed value missing, never 0', () => {
    for (const raw of ['..', '.', '-', '', null]) expect(toNumber(raw)).toEqual({ ok: true, value: null });
  });

  it.each([
    ['1,234.5', 'blander punktum og komma'],
    ['1.2', 'er ikke et tal'],
    ['n/a', 'er ikke et tal'],
    ['9'.repeat(400), 'for mange cifre'],
    [Infinity, 'er ikke et tal'],
  ])('refuses %s instead of guessing', (raw, reason) => {
    expect(toNumber(raw)).toMatchObject({ ok: false, reason: expect.stringContaining(reason) });
  });
});

it('reads quoted cells that hold the separator or a line break, and a byte-order mark', () => {
  expect(parseDelimited('\uFEFF"Område";"Periode"\r\n"Ishøj; by";"2024\nM01"\n\n', ';')).toEqual([
    ['Område', 'Periode'],
    ['Ishøj; by', '2024\nM01'],
  ]);
});
