import { areaCodeFor, type ImportConfig } from './config';
import { toNumber, toPeriodCode } from './parse';

/** What every source is read into: values keyed by contract area and period, and what was refused. */

export type SourceRow = { area: string; period: string; value: number; request: string };
export type Rejection = { where: string; reason: string };
export type Rows = { rows: SourceRow[]; rejected: Rejection[] };

export function emptyRows(): Rows {
  return { rows: [], rejected: [] };
}

/** One cell triple (area, period, value) as the source wrote it; bad cells become rejections. */
export function addRow(
  into: Rows,
  config: ImportConfig,
  where: string,
  cells: { area: string; period: string; value: unknown },
  request: string,
): void {
  const at = `${where} ${cells.area} ${cells.period}`;
  const area = areaCodeFor(config, cells.area);
  if (!area) {
    into.rejected.push({ where: at, reason: `området «${cells.area}» står ikke i areaCodes i konfigurationen` });
    return;
  }
  const period = toPeriodCode(cells.period);
  if (!period.ok) {
    into.rejected.push({ where: at, reason: period.reason });
    return;
  }
  const value = toNumber(cells.value);
  if (!value.ok) {
    into.rejected.push({ where: at, reason: value.reason });
    return;
  }
  into.rows.push({ area, period: period.value, value: value.value, request });
}

/** Finds a column by any of its names, ignoring case. */
export function columnIndex(headers: readonly string[], pattern: RegExp): number {
  return headers.findIndex((h) => pattern.test(h.trim()));
}

export function exactly(name: string): RegExp {
  return new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
}
