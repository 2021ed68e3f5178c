import { comparePeriods, type Period } from '@/domain/period';

/** "til og med dec. 2015", also for a window ending in December. */
const endOf = (p: Period): Period => (p.kind === 'range' ? p.end : p);
import { periodLabel } from '@/domain/period-label';
import type { StatusResult } from '@/domain/status';
import { meetingPack as meetingPackStrings } from '@/lib/strings/meeting-pack';

/**
 * The figures' own date for the pack, printed on every page: the newest
 * official figure judged, and the newest of the documents' own figures.
 * Never the date the dataset was assembled or the pack printed.
 */
export function packDataDate(results: Iterable<StatusResult>): string {
  let official: Period | undefined;
  let document: Period | undefined;
  for (const r of results) {
    const point = r.latest?.point;
    if (!point) continue;
    if (point.provenance.kind === 'official') {
      if (!official || comparePeriods(point.period, official) > 0) official = point.period;
    } else if (point.provenance.kind === 'document') {
      if (!document || comparePeriods(point.period, document) > 0) document = point.period;
    }
  }
  const s = meetingPackStrings.dataDate;
  const parts = [
    ...(official ? [s.official(periodLabel(official))] : []),
    ...(document ? [s.document(periodLabel(endOf(document)))] : []),
  ];
  return parts.length > 0 ? `${s.label}: ${parts.join('; ')}` : `${s.label}: ${s.none}`;
}
