import { isColumnId, NUMERIC_COLUMNS, type StickyPlace } from '../table/column-ids';

/**
 * Class of a cell: the identifying columns stay in view when the table scrolls sideways. Their width
 * (`sticky-<column>`) and offset (`sticky-at-<rem>`) are classes in table.css, not a style attribute:
 * the table is prerendered, and the Content-Security-Policy refuses style attributes in HTML.
 */
export function cellPlace(id: string, sticky: ReadonlyMap<string, StickyPlace>) {
  const place = sticky.get(id);
  const className = [
    place ? `sticky sticky-${id} sticky-at-${place.left}` : '',
    place?.first ? 'sticky-first' : '',
    place?.last ? 'sticky-last' : '',
    isColumnId(id) && NUMERIC_COLUMNS.has(id) ? 'numeric' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { className: className || undefined };
}
