import { describe, expect, it } from 'vitest';
import { parseTableState, writeTableState, type TableUrlState } from './table-url';

const full: TableUrlState = {
  globalFilter: 'ishøj syge',
  sorting: [
    { id: 'vaerdi', desc: true },
    { id: 'omraade', desc: false },
  ],
  columnFilters: [
    { id: 'maalgruppe', value: 'sygedagpenge' },
    { id: 'status', value: 'i-risiko' },
  ],
  grouping: ['maalgruppe'],
  columnVisibility: { kilde: false, periode: false },
  period: '2026-05',
  collapsed: ['maalgruppe:Unge'],
};

describe('the table state in the address', () => {
  it('survives a round trip', () => {
    const params = writeTableState(full, new URLSearchParams());
    expect(parseTableState(new URLSearchParams(params.toString()))).toEqual(full);
  });

  it('writes short, readable parameters and keeps the others', () => {
    const params = writeTableState(full, new URLSearchParams('scenarie=stor&omraade=ishoej'));
    expect(params.get('scenarie')).toBe('stor');
    expect(params.get('omraade')).toBe('ishoej');
    expect(params.get('sorter')).toBe('vaerdi.ned,omraade');
    expect(params.get('filter-status')).toBe('i-risiko');
    expect(params.get('skjul')).toBe('periode,kilde');
  });

  it('removes what is back at its default', () => {
    const empty = parseTableState(new URLSearchParams());
    const params = writeTableState(empty, new URLSearchParams('soeg=x&sorter=vaerdi&lukket=a&periode=seneste'));
    expect(params.toString()).toBe('');
    expect(empty).toEqual({
      globalFilter: '',
      sorting: [],
      columnFilters: [],
      grouping: [],
      columnVisibility: {},
      collapsed: [],
      period: '',
    });
  });

  it('ignores unknown columns in a hand-edited address', () => {
    const state = parseTableState(new URLSearchParams('sorter=hack.ned,vaerdi&skjul=nope&grupper=vaerdi&filter-x=1'));
    expect(state.sorting).toEqual([{ id: 'vaerdi', desc: false }]);
    expect(state.columnVisibility).toEqual({});
    expect(state.grouping).toEqual([]);
    expect(state.columnFilters).toEqual([]);
  });
});
