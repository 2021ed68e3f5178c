import { periodCode } from '@/domain/period';
import { strings } from '@/lib/strings';
import type { TableRow } from './row-model';

/**
 * The filtered rows as CSV for Danish Excel: semicolons, decimal comma, no
 * thousands separator, a byte-order mark so æøå survive, CRLF line ends.
 * Every column, whatever is hidden on screen, and whether the value is synthetic.
 */

const BOM = '\uFEFF';
const csv = strings.targetGroups.csv;

function cell(text: string): string {
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const num = (value: number | undefined) =>
  value === undefined ? '' : String(Math.round(value * 100) / 100).replace('.', ',');

export function tableCsv(rows: readonly TableRow[]): string {
  const lines = rows.map((r) =>
    [
      r.targetGroupName,
      r.indicatorName,
      r.areaName,
      r.area,
      num(r.latest?.value),
      strings.series.unitNames[r.unit],
      r.latest ? periodCode(r.latest.period) : '',
      num(r.change?.absolute),
      num(r.change?.percent),
      r.target ? `${r.target.title} (${r.target.planTitle})` : '',
      r.target?.status ? strings.targetStatus.label[r.target.status] : '',
      r.source,
      r.synthetic ? csv.yes : csv.no,
    ]
      .map(cell)
      .join(';'),
  );
  return `${BOM}${[csv.headers.join(';'), ...lines].join('\r\n')}\r\n`;
}
