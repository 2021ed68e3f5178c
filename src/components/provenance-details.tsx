import type { Provenance } from '@/domain/provenance';
import { strings } from '@/lib/strings';

const p = strings.provenance;

/** Where a figure comes from, told plainly. Synthetic values say so first. */
export function ProvenanceDetails({ provenance, documentTitle }: { provenance: Provenance; documentTitle?: string }) {
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
        <dd>
          {provenance.source} {provenance.table}
          {provenance.measurement ? `, ${provenance.measurement}` : ''} ({provenance.retrieved})
        </dd>
      </dl>
    );
  }
  return (
    <dl className="provenance">
      <dt>{p.document}</dt>
      <dd>
        {documentTitle ? `${documentTitle} ` : ''}
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
