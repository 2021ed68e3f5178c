import { describe, expect, it } from 'vitest';
import { parsePeriod } from '@/domain/period';
import type { TableRow } from './row-model';
import { tableCsv } from './table-csv';

const sep21 = parsePeriod('2021-09');
if (!sep21.ok) throw new Error();

const row: TableRow = {
  id: 'a/183',
  targetGroupId: 'sygedagpenge',
  targetGroupName: 'Sygedagpengemodtagere',
  indicatorId: 'a',
  indicatorName: 'Andel; delvist raskmeldte',
  unit: 'procent',
  area: '183',
  areaName: 'Ishøj',
  value: {
    period: sep21.value,
    value: 5.5,
    provenance: { kind: 'synthetic', method: 'x' },
    provisional: false,
    disputed: false,
  },
  latest: {
    period: sep21.value,
    value: 5.5,
    provenance: { kind: 'synthetic', method: 'x' },
    provisional: false,
    disputed: false,
  },
  order: 0,
  older: false,
  change: { absolute: -1.25, percent: -18.5185, from: sep21.value },
  target: { id: 't', title: 'Flere delvise', planTitle: 'BP 2022', status: 'i-risiko', others: 0 },
  source: 'Syntetisk',
  synthetic: true,
  searchText: '',
};

describe('tableCsv', () => {
  const lines = tableCsv([row]).slice(1).trimEnd().split('\r\n');

  it('starts with a BOM and a Danish header', () => {
    expect(tableCsv([]).startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe(
      'målgruppe;indikator;område;områdekode;værdi;enhed;periode;ændring;ændring (%);mål;status;kilde;foreløbig;ældre end sammenligningsperioden;syntetisk',
    );
  });

  it('writes numbers with a decimal comma, quotes separators and marks synthetic values', () => {
    expect(lines[1]).toBe(
      'Sygedagpengemodtagere;"Andel; delvist raskmeldte";Ishøj;183;5,5;procent;2021-09;-1,25;-18,52;Flere delvise (BP 2022);I risiko;Syntetisk;nej;nej;ja',
    );
  });
});
