import { periodLabel } from '@/domain/period-label';
import { formatNumber, formatPercent, formatValue } from '@/lib/format';
import { strings } from '@/lib/strings';
import { targetGroups as targetGroupStrings } from '@/lib/strings/target-groups';
import type { ColumnId } from './column-ids';
import type { TableRow } from './row-model';

/** What each cell says, as text: shared by the table, the CSV and the screen-reader labels. */

const t = targetGroupStrings.table;

function signed(text: string, value: number): string {
  return value > 0 ? `+${text}` : value < 0 ? `−${text.replace('-', '')}` : text;
}

export function valueText(row: TableRow): string {
  if (!row.value) return t.none;
  const tags = [
    ...(row.value.provisional ? [strings.sources.provisional] : []),
    ...(row.value.disputed ? [t.disputed] : []),
  ];
  return `${formatValue(row.value.value, row.unit)}${tags.length > 0 ? ` (${tags.join(', ')})` : ''}`;
}

/** The period compared on; a series with nothing that recent says how old its newest value is. */
export function periodText(row: TableRow): string {
  if (row.value) return periodLabel(row.value.period);
  if (!row.latest) return '';
  return row.older ? t.olderThan(periodLabel(row.latest.period)) : t.noValueFor(periodLabel(row.latest.period));
}

export function changeText(row: TableRow): string {
  if (!row.change) return t.none;
  return signed(formatNumber(row.change.absolute, row.unit), row.change.absolute);
}

export function changePercentText(row: TableRow): string {
  if (row.change?.percent === undefined) return t.none;
  return signed(formatPercent(row.change.percent), row.change.percent);
}

export function cellText(row: TableRow, column: ColumnId): string {
  switch (column) {
    case 'maalgruppe':
      return row.targetGroupName;
    case 'indikator':
      return row.indicatorName;
    case 'omraade':
      return row.areaName;
    case 'vaerdi':
      return valueText(row);
    case 'periode':
      return periodText(row);
    case 'aendring':
      return changeText(row);
    case 'aendring-pct':
      return changePercentText(row);
    case 'maal':
      return row.target ? `${row.target.title} (${row.target.planTitle})` : '';
    case 'status':
      return row.target?.status ? strings.targetStatus.label[row.target.status] : '';
    case 'kilde':
      return row.source;
  }
}
