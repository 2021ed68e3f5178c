import type { ColumnFiltersState, GroupingState, SortingState, VisibilityState } from '@tanstack/react-table';
import { COLUMN_IDS, FILTERABLE_COLUMNS, GROUPABLE_COLUMNS, isColumnId } from './column-ids';

/**
 * The table's whole state in the address, so a reload or a shared link shows
 * the same view: `soeg=…`, `sorter=vaerdi.ned,omraade`, `filter-status=i-risiko`,
 * `grupper=maalgruppe`, `skjul=kilde,periode`, `lukket=…` (collapsed groups),
 * `periode=seneste|2026-05` (what to compare on; the common period when absent).
 * Other parameters (area choice, mock scenario) are left alone; anything
 * unknown is ignored.
 */

export type TableUrlState = {
  globalFilter: string;
  sorting: SortingState;
  columnFilters: ColumnFiltersState;
  grouping: GroupingState;
  columnVisibility: VisibilityState;
  collapsed: string[];
  /** "" (each indicator's common period), "seneste", or a month code. */
  period: string;
};

const P = {
  search: 'soeg',
  sort: 'sorter',
  group: 'grupper',
  hide: 'skjul',
  collapsed: 'lukket',
  period: 'periode',
} as const;
const FILTER_PREFIX = 'filter-';
const DESC = '.ned';

const isColumn = isColumnId;
const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

export function parseTableState(params: URLSearchParams): TableUrlState {
  const sorting = list(params.get(P.sort)).flatMap((part) => {
    const desc = part.endsWith(DESC);
    const id = desc ? part.slice(0, -DESC.length) : part;
    return isColumn(id) ? [{ id, desc }] : [];
  });
  const columnFilters = FILTERABLE_COLUMNS.flatMap((id) => {
    const value = params.get(`${FILTER_PREFIX}${id}`);
    return value ? [{ id, value }] : [];
  });
  const grouping = list(params.get(P.group)).filter((id) => (GROUPABLE_COLUMNS as readonly string[]).includes(id));
  const columnVisibility = Object.fromEntries(
    list(params.get(P.hide))
      .filter(isColumn)
      .map((id) => [id, false]),
  );
  return {
    globalFilter: params.get(P.search) ?? '',
    sorting,
    columnFilters,
    grouping,
    columnVisibility,
    collapsed: list(params.get(P.collapsed)),
    period: params.get(P.period) ?? '',
  };
}

function setOrDelete(params: URLSearchParams, key: string, value: string) {
  if (value) params.set(key, value);
  else params.delete(key);
}

export function writeTableState(state: TableUrlState, current: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(current);
  setOrDelete(params, P.search, state.globalFilter.trim() ? state.globalFilter : '');
  setOrDelete(params, P.sort, state.sorting.map((s) => `${s.id}${s.desc ? DESC : ''}`).join(','));
  for (const id of FILTERABLE_COLUMNS) {
    const value = state.columnFilters.find((f) => f.id === id)?.value;
    setOrDelete(params, `${FILTER_PREFIX}${id}`, typeof value === 'string' ? value : '');
  }
  setOrDelete(params, P.group, state.grouping.join(','));
  const hidden = COLUMN_IDS.filter((id) => state.columnVisibility[id] === false);
  setOrDelete(params, P.hide, hidden.join(','));
  setOrDelete(params, P.collapsed, state.grouping.length > 0 ? state.collapsed.join(',') : '');
  setOrDelete(params, P.period, state.period);
  return params;
}
