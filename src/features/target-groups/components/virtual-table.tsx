import { flexRender, type Row, type Table } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useLayoutEffect, useRef } from 'react';
import { TARGET_GROUP_TABLE_END_ID } from '@/lib/first-screen';
import { targetGroups as targetGroupStrings } from '@/lib/strings/target-groups';
import { stickyLayout } from '../table/column-ids';
import { cellPlace } from './cell-place';
import type { TableRow } from '../table/row-model';
import { HeaderRows } from './header-rows';

const t = targetGroupStrings.table;
/** Every row is one line high (CSS fixes it), so the virtualiser never has to measure. */
export const ROW_HEIGHT = 40;
const HEADER_ROWS = 2;

type Props = {
  table: Table<TableRow>;
  onToggleGroup: (rowId: string) => void;
};

/**
 * A real <table> inside a scrolling box with a sticky header. Only the rows in
 * view (plus a margin) are in the DOM; spacer rows keep the scroll height, and
 * aria-rowcount / aria-rowindex tell assistive technology where a row sits.
 */
export function VirtualTable({ table, onToggleGroup }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const captionId = useId();
  const rows = table.getRowModel().rows;
  // The lint rule warns that the virtualiser's results cannot be memoised safely; nothing here memoises them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    // The rows the prerendered table and its hydration draw, before the box is measured: about the box on a
    // laptop or a phone (70vh), so measuring it changes few rows.
    initialRect: { width: 1200, height: 600 },
  });
  const items = virtualizer.getVirtualItems();
  const visible = table.getVisibleLeafColumns().map((c) => c.id);
  const columns = visible.length;
  const sticky = stickyLayout(visible);
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div className="tg-table-scroll" ref={scrollRef} tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className="tg-table" aria-rowcount={rows.length + HEADER_ROWS}>
        <caption id={captionId}>{t.caption}</caption>
        <HeaderRows table={table} sticky={sticky} />
        <tbody>
          {padTop > 0 && <SpacerRow height={padTop} columns={columns} />}
          {items.map((item) => {
            const row = rows[item.index]!;
            return row.getIsGrouped() ? (
              <GroupRow key={row.id} row={row} index={item.index} columns={columns} onToggle={onToggleGroup} />
            ) : (
              <tr key={row.id} aria-rowindex={item.index + HEADER_ROWS + 1} className="tg-row">
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} {...cellPlace(cell.column.id, sticky)}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
          {padBottom > 0 && <SpacerRow height={padBottom} columns={columns} />}
        </tbody>
      </table>
      {/* The table is shown, and its prerendered page painted, once the parser has reached this (table.css). */}
      <span className="tg-table-end" id={TARGET_GROUP_TABLE_END_ID} />
      {rows.length === 0 && <p className="tg-empty">{t.empty}</p>}
    </div>
  );
}

function GroupRow({
  row,
  index,
  columns,
  onToggle,
}: {
  row: Row<TableRow>;
  index: number;
  columns: number;
  onToggle: (rowId: string) => void;
}) {
  const name = String(row.groupingValue ?? '');
  const expanded = row.getIsExpanded();
  return (
    <tr aria-rowindex={index + HEADER_ROWS + 1} className="tg-row tg-group-row">
      <th scope="rowgroup" colSpan={columns}>
        <button type="button" aria-expanded={expanded} onClick={() => onToggle(row.id)}>
          <span aria-hidden="true">{expanded ? '▾ ' : '▸ '}</span>
          {t.groupRows(name, row.subRows.length)}
        </button>
      </th>
    </tr>
  );
}

/**
 * Keeps the scroll height of the rows not in the DOM. The height is set through the CSS object model, not a
 * style attribute: the page is prerendered, and the Content-Security-Policy refuses style attributes in HTML.
 */
function SpacerRow({ height, columns }: { height: number; columns: number }) {
  const cell = useRef<HTMLTableCellElement>(null);
  useLayoutEffect(() => {
    cell.current?.style.setProperty('height', `${height}px`);
  }, [height]);
  return (
    <tr aria-hidden="true" className="tg-spacer">
      <td colSpan={columns} ref={cell} />
    </tr>
  );
}
