import { ProvenanceDetails } from '@/components/provenance-details';
import type { Target } from '@/contract';
import type { SourcedValue } from '@/domain/pick-value';
import { sourceShort, type DocumentTitle } from '@/lib/source-text';
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
  titleOf,
}: {
  target: Target;
  latest: SourcedValue | undefined;
  documentTitle: string;
  titleOf: DocumentTitle;
}) {
  const latestLine =
    latest && latest.provenance !== target.provenance
      ? `; ${t.latest.toLowerCase()}: ${sourceShort(latest.provenance, titleOf)}`
      : '';
  const summary = `${t.source}: ${documentTitle}, ${target.provenance.location}${latestLine}`;
  return (
    <>
      <p className="source-pop" aria-hidden="true">
        {summary}
      </p>
      <details className="source">
        <summary>{summary}</summary>
        <ProvenanceDetails provenance={target.provenance} documentTitle={titleOf} />
        {target.baseline && (
          <>
            <h5>{t.baseline}</h5>
            <ProvenanceDetails provenance={target.baseline.provenance} documentTitle={titleOf} />
          </>
        )}
        {latest && (
          <>
            <h5>{t.latest}</h5>
            <ProvenanceDetails provenance={latest.provenance} documentTitle={titleOf} />
          </>
        )}
      </details>
    </>
  );
}
