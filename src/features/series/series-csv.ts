import { toCsv } from '@/lib/csv';
import { series as seriesStrings } from '@/lib/strings/series';
import type { SeriesRow } from './series-data';

/** Exactly the rows on screen as CSV, each with its source and how it relates to the value shown. */

const csv = seriesStrings.csv;

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
      seriesStrings.unitNames[r.unit],
      r.source,
      r.location,
      r.provisional ? csv.yes : csv.no,
      r.synthetic ? csv.yes : csv.no,
      [r.relation, r.note].filter(Boolean).join(' '),
    ]),
  );
}
