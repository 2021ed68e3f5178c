import type { Plan, Series } from '@/contract';
import { dataAge, type DataAge } from '@/domain/data-age';
import { periodLabel } from '@/domain/period-label';
import { latestValue } from '@/domain/pick-value';
import { publicationText, retrievalText, sourceName } from '@/lib/source-text';
import { series as seriesStrings } from '@/lib/strings/series';

/**
 * How current each shown series is: its newest period (foreløbig, or
 * overdue), and for each source how it was obtained: a document's
 * publication, an official table's retrieval and next update. So nobody
 * mistakes a 2021 plan figure for this month's number.
 */

export type DataDate = {
  readonly area: string;
  readonly latest: string;
  readonly age: DataAge | undefined;
  readonly sources: readonly string[];
};

const s = seriesStrings.dataDates;

type PlanLike = Pick<Plan, 'title' | 'document' | 'published'>;

export function dataDates(series: readonly Series[], plans: readonly PlanLike[], now: Date): DataDate[] {
  const byDocument = new Map(plans.map((p) => [p.document, p]));
  const title = (file: string) => byDocument.get(file)?.title;
  return series
    .filter((one) => one.points.length > 0)
    .map((one) => {
      const latest = latestValue(one.points)!;
      const sources = new Set<string>();
      for (const p of one.points) {
        const prov = p.provenance;
        if (prov.kind === 'synthetic') sources.add(s.synthetic);
        else if (prov.kind === 'official') {
          const published = publicationText(prov);
          sources.add(`${sourceName(prov, title)}, ${retrievalText(prov)}${published ? `; ${published}` : ''}`);
        } else {
          const plan = byDocument.get(prov.document);
          sources.add(s.document(sourceName(prov, title), plan?.published ? periodLabel(plan.published) : undefined));
        }
      }
      return {
        area: one.area,
        latest: periodLabel(latest.period),
        age: dataAge(latest.point, now),
        sources: [...sources],
      };
    });
}
