import { isWholeCountUnit, type Unit } from '@/domain/units';
import { areaCodeFor, ImportError } from './config';
import { type ImportConfig } from '../../data/import-config-schema';
import { toNumber, toPeriodCode, type NumberFormat } from './parse';

/** What every source is read into: values keyed by contract area and period, and what was refused. */

/** A value of null is one the publisher suppressed: it stays missing, never zero. */
export type SourceRow = { area: string; period: string; value: number | null };
export type Rejection = { where: string; reason: string };
export type Rows = { rows: SourceRow[]; rejected: Rejection[] };

export function emptyRows(): Rows {
  return { rows: [], rejected: [] };
}

export type RowContext = { config: ImportConfig; unit: Unit; format?: NumberFormat };

/** One cell triple (area, period, value) as the source wrote it; a bad cell is a rejection naming its row. */
export function addRow(
  into: Rows,
  ctx: RowContext,
  where: string,
  cells: { area: string; period: string; value: unknown },
): void {
  const reject = (reason: string) => void into.rejected.push({ where, reason });
  if (ctx.config.ignoreAreas.some((a) => a.toLowerCase() === cells.area.trim().toLowerCase())) return;
  const area = areaCodeFor(ctx.config, cells.area);
  if (!area)
    return reject(
      `området «${cells.area}» kendes ikke (hverken en kommune, Hele landet eller et alias i konfigurationen)`,
    );
  const period = toPeriodCode(cells.period);
  if (!period.ok) return reject(period.reason);
  const value = toNumber(cells.value, ctx.format);
  if (!value.ok) return reject(value.reason);
  if (value.value !== null && value.value < 0 && isWholeCountUnit(ctx.unit)) {
    return reject(`et antal kan ikke være negativt («${String(cells.value)}»)`);
  }
  into.rows.push({ area, period: period.value, value: value.value });
}

/** Finds a column by its exact name, ignoring case and surrounding space. */
export function columnIndex(headers: readonly string[], name: string): number {
  const wanted = name.trim().toLowerCase();
  return headers.findIndex((h) => h.trim().toLowerCase() === wanted);
}

/** Checks the columns a source must have before anything is parsed; a rename fails loudly, never silently. */
export function requireColumns(headers: readonly string[], wanted: readonly string[], what: string): number[] {
  const indices = wanted.map((w) => columnIndex(headers, w));
  const missing = wanted.filter((_, i) => indices[i]! < 0);
  if (missing.length > 0) {
    throw new ImportError(
      `${what}: kolonnen ${missing.map((m) => `«${m}»`).join(' og ')} mangler i svaret. ` +
        `Svaret har kolonnerne: ${headers.map((h) => `«${h}»`).join(', ')}. ` +
        'Har kilden omdøbt kolonnen, så ret navnet i data/import-config.json.',
    );
  }
  return indices;
}
