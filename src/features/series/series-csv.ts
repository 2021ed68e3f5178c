import { toCsv } from '@/lib/csv';
import { strings } from '@/lib/strings';
import type { SeriesRow } from './series-data';

/** Exactly the rows on screen as CSV, each with its source and how it relates to the value shown. */

const csv = strings.series.csv;

export function seriesCsv(indicatorName: string, rows: readonly SeriesRow[]): string {
  return toCsv(
    csv.headers,
    rows.map((r) => [
      indicatorName,
      r.areaName,
      r.areaCode,
      r.periodText,
      r.periodCode,
      r.value,
      strings.series.unitNames[r.unit],
      r.source,
      r.location,
      r.provisional ? csv.yes : csv.no,
      r.synthetic ? csv.yes : csv.no,
      [r.relation, r.note].filter(Boolean).join(' '),
    ]),
  );
}
