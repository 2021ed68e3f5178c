import { comparePeriods, parsePeriod } from '@/domain/period';
import type { ImportTarget, SourceId } from './config';
import type { Rejection, SourceRow } from './rows';
import type { OfficialFile, WirePoint } from './store';

/**
 * Puts one target's fresh rows into its source file. A point is the same
 * point when period, table and measurement agree: then its value is updated
 * (and reported when it moved). Other points, and document figures, stay.
 */

export type SeriesChange = {
  indicatorId: string;
  area: string;
  added: string[];
  changed: { period: string; from: number; to: number }[];
  unchanged: number;
};

/** Requests answered by a local server are recordings, never real statistics. */
export const TEST_NOTE = 'Fra optagne testsvar (lokal testserver), ikke rigtige officielle tal.';
function isLocal(request: string): boolean {
  return /\/\/(127\.0\.0\.1|localhost)[:/]/.test(request);
}

export function mergeTarget(
  file: OfficialFile,
  source: SourceId,
  target: ImportTarget,
  unit: string,
  rows: readonly SourceRow[],
  retrieved: string,
  rejected: Rejection[],
): SeriesChange[] {
  const changes = new Map<string, SeriesChange>();
  const seen = new Set<string>();
  for (const row of rows) {
    const key = `${row.area} ${row.period}`;
    if (seen.has(key)) {
      rejected.push({
        where: `${target.table} ${key}`,
        reason: 'perioden står to gange i svaret; den første er brugt',
      });
      continue;
    }
    seen.add(key);
    let series = file.series.find((s) => s.indicatorId === target.indicatorId && s.area === row.area);
    if (!series) {
      series = { indicatorId: target.indicatorId, area: row.area, unit, points: [] };
      file.series.push(series);
    }
    series.unit = unit;
    const change = changes.get(row.area) ?? {
      indicatorId: target.indicatorId,
      area: row.area,
      added: [],
      changed: [],
      unchanged: 0,
    };
    changes.set(row.area, change);
    const point: WirePoint = {
      period: row.period,
      value: row.value,
      provenance: {
        kind: 'official',
        source,
        table: target.table,
        measurement: target.measurement,
        request: row.request,
        retrieved,
      },
      ...(isLocal(row.request) ? { note: TEST_NOTE } : {}),
    };
    const at = series.points.findIndex(
      (p) =>
        p.period === row.period &&
        p.provenance.table === target.table &&
        p.provenance.measurement === target.measurement,
    );
    if (at < 0) {
      series.points.push(point);
      change.added.push(row.period);
    } else {
      const before = series.points[at]!.value;
      if (before === row.value) change.unchanged++;
      else change.changed.push({ period: row.period, from: before, to: row.value });
      series.points[at] = point;
    }
  }
  for (const s of file.series) s.points.sort(byPeriod);
  file.series.sort((a, b) => `${a.indicatorId}/${a.area}`.localeCompare(`${b.indicatorId}/${b.area}`));
  return [...changes.values()];
}

function byPeriod(a: WirePoint, b: WirePoint): number {
  const pa = parsePeriod(a.period);
  const pb = parsePeriod(b.period);
  return pa.ok && pb.ok ? comparePeriods(pa.value, pb.value) : a.period.localeCompare(b.period);
}
