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
import { ErrorState, LoadingState } from '@/components/query-state';
import { targetGroups as targetGroupStrings } from '@/lib/strings/target-groups';
import { COLUMNS, globalSearch } from '../table/columns';
import { parseComparePeriod, type TableRow } from '../table/row-model';
import { useTableRows } from '../table/use-table-rows';
import { useTableState } from '../table/use-table-state';
import { filteredRows } from '../table/filtered-rows';
import { ComparePicker } from './compare-picker';
import { TableToolbar } from './table-toolbar';
import { VirtualTable } from './virtual-table';
import '../table.css';

const t = targetGroupStrings.table;
const columns = COLUMNS as ColumnDef<TableRow>[];

/** Every indicator of every målgruppe in one sortable, filterable table, its whole state in the address. */
export function TargetGroupTablePage() {
  const { state, update, reset } = useTableState();
  const compare = useMemo(() => parseComparePeriod(state.period || null), [state.period]);
  const data = useTableRows(compare);
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
    data: data.rows,
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
  const synthetic = shown.filter((r) => r.synthetic).length;
  const older = shown.filter((r) => r.older).length;

  return (
    <div className="tg-table-page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      {data.error ? <ErrorState error={data.error} onRetry={data.retry} compact /> : null}
      {data.pending ? (
        <LoadingState />
      ) : (
        <>
          <TableToolbar
            table={table}
            globalFilter={state.globalFilter}
            onSearch={(value) => update('globalFilter', value)}
            onReset={reset}
          />
          <ComparePicker value={state.period} months={data.months} onChange={(period) => update('period', period)} />
          <p className="tg-count" role="status" aria-live="polite">
            {t.count(shown.length, data.rows.length)}
          </p>
          {older > 0 && <p className="notice">{t.olderNotice(older)}</p>}
          {synthetic > 0 && <p className="notice synthetic">{t.syntheticNotice(synthetic)}</p>}
          <VirtualTable table={table} onToggleGroup={toggleGroup} />
        </>
      )}
    </div>
  );
}
