/**
 * Where a value comes from. Every figure the app shows carries one of these,
 * and the UI says which: a source document, an official dataset, or synthetic
 * development data (never presented as real).
 */

export type DocumentProvenance = {
  readonly kind: 'document';
  /** File name of the source text in data/sources (and ../shared/seeds). */
  readonly document: string;
  /** Section, figure or table in the document. */
  readonly location: string;
  /** The passage the figure was read from, verbatim (whitespace aside). */
  readonly quote?: string;
  /** Set when a figure was reconstructed from garbled text: how, and why. */
  readonly reconstructed?: string;
  readonly note?: string;
};

export type OfficialProvenance = {
  readonly kind: 'official';
  readonly source: 'jobindsats' | 'statistikbanken';
  readonly table: string;
  readonly measurement?: string;
  /** The request that fetched it, without any key. */
  readonly request: string;
  /** ISO date the data was retrieved. */
  readonly retrieved: string;
};

export type SyntheticProvenance = {
  readonly kind: 'synthetic';
  /** How the value was made, in Danish, for the UI. */
  readonly method: string;
};

export type Provenance = DocumentProvenance | OfficialProvenance | SyntheticProvenance;

export function isSynthetic(p: Provenance): p is SyntheticProvenance {
  return p.kind === 'synthetic';
}
