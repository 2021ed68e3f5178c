import { ProvenanceDetails } from '@/components/provenance-details';
import type { Point, Target } from '@/contract';
import { strings } from '@/lib/strings';

const t = strings.target;

/**
 * The card's sources: a one-line summary that also pops up on hover or
 * keyboard focus anywhere in the card, and the full provenance on demand.
 */
export function TargetSource({
  target,
  latest,
  documentTitle,
}: {
  target: Target;
  latest: Point | { period: Point['period']; value: number } | undefined;
  documentTitle: string;
}) {
  const latestProvenance = latest && 'provenance' in latest ? latest.provenance : undefined;
  const summary = `${t.source}: ${documentTitle}, ${target.provenance.location}`;
  return (
    <>
      <p className="source-pop" aria-hidden="true">
        {summary}
      </p>
      <details className="source">
        <summary>{summary}</summary>
        <ProvenanceDetails provenance={target.provenance} documentTitle={documentTitle} />
        {target.baseline && (
          <>
            <h5>{t.baseline}</h5>
            <ProvenanceDetails provenance={target.baseline.provenance} documentTitle={documentTitle} />
          </>
        )}
        {latestProvenance && (
          <>
            <h5>{t.latest}</h5>
            <ProvenanceDetails provenance={latestProvenance} documentTitle={documentTitle} />
          </>
        )}
      </details>
    </>
  );
}
