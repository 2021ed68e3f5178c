import type { Row, Table } from '@tanstack/react-table';
import type { TableRow } from './row-model';

/** The leaf rows that pass the search and filters, in the order on screen (also when grouped), each once. */
export function filteredRows(table: Table<TableRow>): TableRow[] {
  const out: TableRow[] = [];
  const walk = (rows: readonly Row<TableRow>[]) => {
    for (const r of rows) {
      if (r.getIsGrouped()) walk(r.subRows);
      else out.push(r.original);
    }
  };
  walk(table.getSortedRowModel().rows);
  return out;
}
