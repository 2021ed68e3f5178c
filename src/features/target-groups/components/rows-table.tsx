import {
  getCoreRowModel,
  getExpandedRowModel,
  getFilteredRowModel,
  getGroupedRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
} from '@tanstack/react-table';
import { useCallback, useDeferredValue, useMemo } from 'react';
import { targetGroups as targetGroupStrings } from '@/lib/strings/target-groups';
import type { Period } from '@/domain/period';
import { COLUMNS, globalSearch } from '../table/columns';
import type { TableRow } from '../table/row-model';
import type { useTableState } from '../table/use-table-state';
import { filteredRows } from '../table/filtered-rows';
import { ComparePicker } from './compare-picker';
import { TableToolbar } from './table-toolbar';
import { VirtualTable } from './virtual-table';

const t = targetGroupStrings.table;
const columns = COLUMNS as ColumnDef<TableRow>[];

type Props = ReturnType<typeof useTableState> & {
  rows: TableRow[];
  months: readonly Period[];
};

/**
 * The rows as a table: its row models, the toolbar and the count. A component of its own, apart from the one
 * that builds the rows: React can yield between two components, never inside one, and building the rows
 * and then sorting and grouping them in one render was one long task on a phone as the page was attached.
 */
export function RowsTable({ rows, months, state, update, reset }: Props) {
  // An object with keys makes the expanded model consult getIsRowExpanded; `true` means "all open".
  const expanded = useMemo(
    () => (state.collapsed.length > 0 ? Object.fromEntries(state.collapsed.map((id) => [id, false])) : true),
    [state.collapsed],
  );
  // The box shows every keystroke at once; the rows follow in a render React may interrupt for the next one.
  const search = useDeferredValue(state.globalFilter);
  // The lint rule warns that TanStack Table's functions cannot be memoised safely; nothing here memoises them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns,
    state: {
      sorting: state.sorting,
      columnFilters: state.columnFilters,
      grouping: state.grouping,
      globalFilter: search,
      columnVisibility: state.columnVisibility,
      expanded,
    },
    getRowId: (row) => row.id,
    onSortingChange: (u) => update('sorting', u),
    onColumnFiltersChange: (u) => update('columnFilters', u),
    onGroupingChange: (u) => update('grouping', u),
    onGlobalFilterChange: (u) => update('globalFilter', u),
    onColumnVisibilityChange: (u) => update('columnVisibility', u),
    globalFilterFn: globalSearch,
    getColumnCanGlobalFilter: (column) => column.id === 'indikator',
    getIsRowExpanded: (row) => !state.collapsed.includes(row.id),
    groupedColumnMode: false,
    autoResetExpanded: false,
    // The table has no pages. Left on, each new row model queues a reset of the page index, a state update
    // after the render: one more render of every row, and on a prerendered page an update to what React is
    // still hydrating, which makes it start over, again and again.
    autoResetPageIndex: false,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getGroupedRowModel: getGroupedRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getExpandedRowModel: getExpandedRowModel(),
  });
  const toggleGroup = useCallback(
    (rowId: string) =>
      update('collapsed', (prev) => (prev.includes(rowId) ? prev.filter((id) => id !== rowId) : [...prev, rowId])),
    [update],
  );
  const shown = filteredRows(table);
  // Counted again only when the rows shown change, not at each keystroke or hover.
  const { synthetic, older } = useMemo(
    () => ({ synthetic: shown.filter((r) => r.synthetic).length, older: shown.filter((r) => r.older).length }),
    [shown],
  );

  return (
    <>
      <TableToolbar
        table={table}
        globalFilter={state.globalFilter}
        onSearch={(value) => update('globalFilter', value)}
        onReset={reset}
      />
      <ComparePicker value={state.period} months={months} onChange={(period) => update('period', period)} />
      <p className="tg-count" role="status" aria-live="polite">
        {t.count(shown.length, rows.length)}
      </p>
      {older > 0 && <p className="notice">{t.olderNotice(older)}</p>}
      {synthetic > 0 && <p className="notice synthetic">{t.syntheticNotice(synthetic)}</p>}
      <VirtualTable table={table} onToggleGroup={toggleGroup} />
    </>
  );
}
