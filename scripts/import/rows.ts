import { isWholeCountUnit, type Unit } from '@/domain/units';
import { areaCodeFor, ImportError } from './config';
import { type ImportConfig } from '../../data/import-config-schema';
import { toNumber, toPeriodCode, type NumberFormat } from './parse';

/** What every source is read into: values keyed by contract area and period, and what was refused. */

/** A value of null is one the publisher suppressed: it stays missing, never zero. */
export type SourceRow = { area: string; period: string; value: number | null };
export type Rejection = { where: string; reason: string };

/** How many examples of each kind of rejection are kept: a report names the first few, then counts. */
export const REJECTION_EXAMPLES = 3;

/**
 * What a source refused, in bounded memory: a count per kind of reason and
 * its first examples. A 50 MB file with two million bad rows costs a few
 * counters, not two million messages.
 */
export class RejectionLog {
  private readonly groups = new Map<string, { count: number; examples: Rejection[] }>();
  private total = 0;

  push(...items: readonly Rejection[]): void {
    for (const r of items) {
      // One kind of reason whatever the values quoted in it: «…».
      const kind = r.reason.replace(/«[^»]*»/g, '«…»');
      const group = this.groups.get(kind) ?? { count: 0, examples: [] };
      group.count += 1;
      if (group.examples.length < REJECTION_EXAMPLES) group.examples.push(r);
      this.groups.set(kind, group);
      this.total += 1;
    }
  }

  absorb(other: RejectionLog): void {
    for (const [kind, g] of other.groups) {
      const group = this.groups.get(kind) ?? { count: 0, examples: [] };
      group.count += g.count;
      group.examples.push(...g.examples.slice(0, REJECTION_EXAMPLES - group.examples.length));
      this.groups.set(kind, group);
    }
    this.total += other.total;
  }

  get length(): number {
    return this.total;
  }

  first(): Rejection | undefined {
    return this.groups.values().next().value?.examples[0];
  }

  summary(): { kind: string; count: number; examples: readonly Rejection[] }[] {
    return [...this.groups].map(([kind, g]) => ({ kind, ...g }));
  }
}

export type Rows = { rows: SourceRow[]; rejected: RejectionLog; seen: Set<string> };

export function emptyRows(): Rows {
  return { rows: [], rejected: new RejectionLog(), seen: new Set() };
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
  // A period given twice keeps its first value, as the source listed it; rows stay as many as periods.
  const key = `${area} ${period.value}`;
  if (into.seen.has(key)) return reject('perioden står to gange i kilden; den første er brugt');
  into.seen.add(key);
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
