import { periodLabel } from '@/domain/period-label';
import { formatNumber, formatPercent, formatValue } from '@/lib/format';
import { strings } from '@/lib/strings';
import type { ColumnId } from './column-ids';
import type { TableRow } from './row-model';

/** What each cell says, as text: shared by the table, the CSV and the screen-reader labels. */

const t = strings.targetGroups.table;

function signed(text: string, value: number): string {
  return value > 0 ? `+${text}` : value < 0 ? `−${text.replace('-', '')}` : text;
}

export function valueText(row: TableRow): string {
  if (!row.loaded) return t.notLoaded;
  return row.latest ? formatValue(row.latest.value, row.unit) : t.none;
}

export function changeText(row: TableRow): string {
  if (!row.change) return row.loaded ? t.none : '';
  return signed(formatNumber(row.change.absolute, row.unit), row.change.absolute);
}

export function changePercentText(row: TableRow): string {
  if (row.change?.percent === undefined) return row.loaded ? t.none : '';
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
      return row.latest ? periodLabel(row.latest.period) : '';
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
