import { describe, expect, it } from 'vitest';
import { parseSemicolonCsv, toNumber, toPeriodCode } from './parse';

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
    expect(toPeriodCode('snart')).toMatchObject({ ok: false, reason: 'ukendt periode «snart»' });
  });
});

describe('Danish numbers', () => {
  it.each([
    ['1.234,5', 1234.5],
    ['4,1', 4.1],
    ['312', 312],
    ['12.345', 12345],
    [' -0,3 ', -0.3],
    [17.5, 17.5],
  ])('%s → %s', (raw, value) => {
    expect(toNumber(raw)).toEqual({ ok: true, value });
  });

  it('never turns a suppressed value into a number', () => {
    for (const raw of ['..', '-', '', null, 'n/a']) expect(toNumber(raw).ok).toBe(false);
  });
});

it('reads semicolon CSV with quotes and a byte-order mark', () => {
  expect(parseSemicolonCsv('\uFEFF"Område";"Periode"\r\n"Ishøj; by";2024M01\n\n')).toEqual([
    ['Område', 'Periode'],
    ['Ishøj; by', '2024M01'],
  ]);
});
