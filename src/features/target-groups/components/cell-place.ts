import { isColumnId, NUMERIC_COLUMNS, type StickyPlace } from '../table/column-ids';

/** Class and position of a cell: the identifying columns stay in view when the table scrolls sideways. */
export function cellPlace(id: string, sticky: ReadonlyMap<string, StickyPlace>) {
  const place = sticky.get(id);
  const className = [
    place ? 'sticky' : '',
    place?.first ? 'sticky-first' : '',
    place?.last ? 'sticky-last' : '',
    isColumnId(id) && NUMERIC_COLUMNS.has(id) ? 'numeric' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    className: className || undefined,
    style: place ? { left: place.left, width: place.width, minWidth: place.width, maxWidth: place.width } : undefined,
  };
}
