import { strings } from '@/lib/strings';
import type { SeriesRow } from './series-data';

/**
 * The rows on screen as CSV for Danish Excel: semicolons, decimal comma, a
 * byte-order mark so æøå survive, and CRLF line ends.
 */

const csv = strings.series.csv;
const BOM = '\uFEFF';

function cell(text: string): string {
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** No thousands separator: a spreadsheet must read "2503", not the text "2.503". */
export function csvNumber(value: number): string {
  return String(value).replace('.', ',');
}

export function seriesCsv(indicatorName: string, rows: readonly SeriesRow[]): string {
  const lines = [
    csv.headers.join(';'),
    ...rows.map((r) =>
      [
        indicatorName,
        r.areaName,
        r.areaCode,
        r.periodText,
        r.periodCode,
        csvNumber(r.value),
        strings.series.unitNames[r.unit],
        r.source,
        r.location,
        r.synthetic ? csv.yes : csv.no,
      ]
        .map(cell)
        .join(';'),
    ),
  ];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
