import type { Row, RowModel, Table } from '@tanstack/react-table';
import type { TableRow } from './row-model';

// Per row model, which TanStack Table keeps until its rows, sorting, filters or grouping change: the page and
// its toolbar ask at every render (a keystroke, a hover), and the rows are walked once.
const walked = new WeakMap<RowModel<TableRow>, TableRow[]>();

/** The leaf rows that pass the search and filters, in the order on screen (also when grouped), each once. */
export function filteredRows(table: Table<TableRow>): TableRow[] {
  const model = table.getSortedRowModel();
  const known = walked.get(model);
  if (known) return known;
  const out: TableRow[] = [];
  const walk = (rows: readonly Row<TableRow>[]) => {
    for (const r of rows) {
      if (r.getIsGrouped()) walk(r.subRows);
      else out.push(r.original);
    }
  };
  walk(model.rows);
  walked.set(model, out);
  return out;
}
