import { flexRender, type Header, type Table } from '@tanstack/react-table';
import { useTargetGroups } from '@/api/reference';
import { TARGET_STATUSES } from '@/domain/status';
import { strings } from '@/lib/strings';
import { targetGroups as targetGroupStrings } from '@/lib/strings/target-groups';
import { isFilterableColumn, type StickyPlace } from '../table/column-ids';
import type { TableRow } from '../table/row-model';
import { cellPlace } from './cell-place';

const t = targetGroupStrings.table;

/** Column headings with sort buttons, and below them a row of column filters. */
export function HeaderRows({ table, sticky }: { table: Table<TableRow>; sticky: ReadonlyMap<string, StickyPlace> }) {
  const headers = table.getHeaderGroups().at(-1)?.headers ?? [];
  return (
    <thead>
      <tr aria-rowindex={1}>
        {headers.map((header) => (
          <SortHeader key={header.id} header={header} sticky={sticky} />
        ))}
      </tr>
      <tr aria-rowindex={2} className="tg-filter-row">
        {headers.map((header) => (
          <td key={header.id} {...cellPlace(header.column.id, sticky)}>
            <ColumnFilter header={header} />
          </td>
        ))}
      </tr>
    </thead>
  );
}

function SortHeader({
  header,
  sticky,
}: {
  header: Header<TableRow, unknown>;
  sticky: ReadonlyMap<string, StickyPlace>;
}) {
  const sorted = header.column.getIsSorted();
  return (
    <th
      scope="col"
      {...cellPlace(header.column.id, sticky)}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
    >
      <button type="button" className="tg-sort" onClick={header.column.getToggleSortingHandler()}>
        {flexRender(header.column.columnDef.header, header.getContext())}
        <span aria-hidden="true" className="tg-sort-icon">
          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ' ↕'}
        </span>
      </button>
    </th>
  );
}

function ColumnFilter({ header }: { header: Header<TableRow, unknown> }) {
  const groups = useTargetGroups();
  const column = header.column;
  const id = column.id;
  if (!isFilterableColumn(id)) return null;
  const label = t.filterLabel(String(column.columnDef.header));
  const filter = column.getFilterValue();
  const value = typeof filter === 'string' ? filter : '';
  const set = (next: string) => column.setFilterValue(next || undefined);
  if (id === 'maalgruppe' || id === 'status') {
    const options =
      id === 'maalgruppe'
        ? (groups.data ?? []).map((g) => [g.id, g.name] as const)
        : TARGET_STATUSES.map((s) => [s, strings.targetStatus.label[s]] as const);
    return (
      <select aria-label={label} value={value} onChange={(e) => set(e.target.value)}>
        <option value="">{t.filterAll}</option>
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    );
  }
  return <input type="search" aria-label={label} value={value} onChange={(e) => set(e.target.value)} />;
}
