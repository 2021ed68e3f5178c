import type { Provenance } from '@/domain/provenance';
import { sourceWithDates, type DocumentTitle } from '@/lib/source-text';
import { strings } from '@/lib/strings';

const p = strings.provenance;

/**
 * Where a figure comes from, told plainly: the document's title and the place
 * in it, or the publisher's table with its retrieval. The file name appears
 * only here, in the details, for whoever wants to open the source text.
 * Synthetic values say so first.
 */
export function ProvenanceDetails({
  provenance,
  documentTitle,
}: {
  provenance: Provenance;
  documentTitle: DocumentTitle;
}) {
  if (provenance.kind === 'synthetic') {
    return (
      <p className="provenance synthetic">
        <strong>{p.synthetic}.</strong> {provenance.method}
      </p>
    );
  }
  if (provenance.kind === 'official') {
    return (
      <dl className="provenance">
        <dt>{p.official}</dt>
        <dd>{sourceWithDates(provenance, documentTitle, { published: true })}</dd>
      </dl>
    );
  }
  return (
    <dl className="provenance">
      <dt>{p.document}</dt>
      <dd>
        {documentTitle(provenance.document) ?? strings.sources.unknownDocument}{' '}
        <span className="file-name">({provenance.document})</span>
      </dd>
      <dt>{p.location}</dt>
      <dd>{provenance.location}</dd>
      {provenance.quote && (
        <>
          <dt>{p.quote}</dt>
          <dd>
            <q>{provenance.quote}</q>
          </dd>
        </>
      )}
      {provenance.reconstructed && (
        <>
          <dt>{p.reconstructed}</dt>
          <dd>{provenance.reconstructed}</dd>
        </>
      )}
      {provenance.note && (
        <>
          <dt>{p.note}</dt>
          <dd>{provenance.note}</dd>
        </>
      )}
    </dl>
  );
}
