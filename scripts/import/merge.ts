import type { SeriesBreak } from '@/contract';
import { comparePeriods, parsePeriod } from '@/domain/period';
import type { OfficialProvenance } from '@/domain/provenance';
import type { OfficialFile, OfficialMeasure } from '../../data/official-file';
import type { Measure } from '../../data/import-config-schema';
import type { RejectionLog, SourceRow } from './rows';

/**
 * Puts one measure's fresh rows into data/official.json. A value is the same
 * value when measure, area and period agree: then it is replaced (and
 * reported when it moved) and takes the new retrieval's provenance. Values
 * the source did not send again keep theirs. Retrievals no value uses any
 * more are dropped, so a rerun with the same data writes the same file.
 */

export type Retrieval = { provenance: OfficialProvenance; newest?: string };

export type SeriesChange = {
  area: string;
  added: string[];
  changed: { period: string; from: number | null; to: number | null }[];
  unchanged: number;
  suppressed: number;
};

export type MeasureInput = {
  measure: Measure;
  retrieval: Retrieval;
  breaks: readonly Omit<SeriesBreak, 'table'>[];
  rows: readonly SourceRow[];
};

const order = (a: string, b: string) => {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  return pa.ok && pb.ok ? comparePeriods(pa.value, pb.value) : a.localeCompare(b);
};

function findOrCreate(file: OfficialFile, input: MeasureInput): OfficialMeasure {
  const { measure } = input;
  let entry = file.measures.find((m) => m.id === measure.id);
  if (!entry) {
    entry = { ...identity(input), retrievals: [], breaks: [], series: {} };
    file.measures.push(entry);
    file.measures.sort((a, b) => a.id.localeCompare(b.id));
  }
  Object.assign(entry, identity(input));
  entry.breaks = input.breaks.map((b) => ({ ...b, table: measure.table }));
  return entry;
}

function identity({ measure }: MeasureInput) {
  return {
    id: measure.id,
    source: measure.source,
    table: measure.table,
    indicatorId: measure.indicatorId,
    unit: measure.unit as OfficialMeasure['unit'],
  };
}

/** Drops retrievals nothing points at and merges identical ones, renumbering the values. */
function compact(entry: OfficialMeasure): void {
  const kept: OfficialMeasure['retrievals'] = [];
  const index = new Map<number, number>();
  const used = new Set(Object.values(entry.series).flatMap((values) => values.map(([, , r]) => r)));
  entry.retrievals.forEach((r, i) => {
    if (!used.has(i)) return;
    const same = kept.findIndex((k) => JSON.stringify(k) === JSON.stringify(r));
    index.set(i, same >= 0 ? same : kept.push(r) - 1);
  });
  entry.retrievals = kept;
  for (const values of Object.values(entry.series)) {
    for (const v of values) v[2] = index.get(v[2])!;
  }
}

export function mergeMeasure(file: OfficialFile, input: MeasureInput, rejected: RejectionLog): SeriesChange[] {
  const entry = findOrCreate(file, input);
  const r = entry.retrievals.push(input.retrieval) - 1;
  const changes = new Map<string, SeriesChange>();
  const seen = new Set<string>();
  for (const row of input.rows) {
    const key = `${row.area} ${row.period}`;
    if (seen.has(key)) {
      rejected.push({
        where: `${input.measure.table} ${key}`,
        reason: 'perioden står to gange i svaret; den første er brugt',
      });
      continue;
    }
    seen.add(key);
    const change = changes.get(row.area) ?? { area: row.area, added: [], changed: [], unchanged: 0, suppressed: 0 };
    changes.set(row.area, change);
    if (row.value === null) change.suppressed++;
    const values = (entry.series[row.area] ??= []);
    const at = values.findIndex(([period]) => period === row.period);
    if (at < 0) {
      values.push([row.period, row.value, r]);
      change.added.push(row.period);
      continue;
    }
    const before = values[at]![1];
    if (before === row.value) change.unchanged++;
    else change.changed.push({ period: row.period, from: before, to: row.value });
    values[at] = [row.period, row.value, r];
  }
  for (const values of Object.values(entry.series)) values.sort((a, b) => order(a[0], b[0]));
  compact(entry);
  return [...changes.values()].sort((a, b) => a.area.localeCompare(b.area));
}
