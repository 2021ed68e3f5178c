import type { Plan, Series } from '@/contract';
import { comparePeriods } from '@/domain/period';
import { periodLabel } from '@/domain/period-label';
import { formatIsoDate } from '@/lib/format';
import { strings } from '@/lib/strings';

/**
 * The data date of each shown series: its latest period, and for each source
 * how current it is (a document's publication, an official table's retrieval
 * date), so nobody mistakes a 2021 plan figure for this month's number.
 */

export type DataDate = { readonly area: string; readonly latest: string; readonly sources: readonly string[] };

const s = strings.series.dataDates;

export function dataDates(
  series: readonly Series[],
  plans: readonly Pick<Plan, 'title' | 'document' | 'published'>[],
): DataDate[] {
  const byDocument = new Map(plans.map((p) => [p.document, p]));
  return series
    .filter((one) => one.points.length > 0)
    .map((one) => {
      const latest = [...one.points].sort((a, b) => comparePeriods(a.period, b.period)).at(-1)!;
      const sources = new Set<string>();
      for (const p of one.points) {
        const prov = p.provenance;
        if (prov.kind === 'synthetic') sources.add(s.synthetic);
        else if (prov.kind === 'official') {
          sources.add(s.official(s.sourceNames[prov.source], prov.table, formatIsoDate(prov.retrieved)));
        } else {
          const plan = byDocument.get(prov.document);
          sources.add(
            plan ? s.document(plan.title, plan.published ? periodLabel(plan.published) : undefined) : prov.document,
          );
        }
      }
      return { area: one.area, latest: periodLabel(latest.period), sources: [...sources] };
    });
}
