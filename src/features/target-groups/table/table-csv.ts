import { periodCode } from '@/domain/period';
import { toCsv } from '@/lib/csv';
import { strings } from '@/lib/strings';
import { series as seriesStrings } from '@/lib/strings/series';
import { targetGroups as targetGroupStrings } from '@/lib/strings/target-groups';
import type { TableRow } from './row-model';

/**
 * The filtered rows as CSV for Danish Excel: semicolons, decimal comma, no
 * thousands separator, a byte-order mark so æøå survive, CRLF line ends.
 * Every column, whatever is hidden on screen, and whether the value is synthetic.
 */

const csv = targetGroupStrings.csv;
const num = (value: number | undefined) => (value === undefined ? undefined : Math.round(value * 100) / 100);

export function tableCsv(rows: readonly TableRow[]): string {
  return toCsv(
    csv.headers,
    rows.map((r) => [
      r.targetGroupName,
      r.indicatorName,
      r.areaName,
      r.area,
      num(r.value?.value),
      seriesStrings.unitNames[r.unit],
      r.value ? periodCode(r.value.period) : '',
      num(r.change?.absolute),
      num(r.change?.percent),
      r.target ? `${r.target.title} (${r.target.planTitle})` : '',
      r.target?.status ? strings.targetStatus.label[r.target.status] : '',
      r.source,
      r.value?.provisional ? csv.yes : csv.no,
      r.older ? csv.yes : csv.no,
      r.synthetic ? csv.yes : csv.no,
    ]),
  );
}
