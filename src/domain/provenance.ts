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
  /** Set when a figure was reconstructed from garbled text or from words ("halveret"): how, and why. */
  readonly reconstructed?: string;
  readonly note?: string;
};

/** A public archive the figures were taken from, when they were not fetched from the publisher directly. */
export type ArchiveRecord = {
  readonly repository: string;
  readonly path: string;
  readonly commit: string;
  readonly sha256: string;
};

export const OFFICIAL_SOURCES = ['jobindsats', 'statistikbanken'] as const;
export type OfficialSource = (typeof OFFICIAL_SOURCES)[number];

export type OfficialProvenance = {
  readonly kind: 'official';
  readonly source: OfficialSource;
  readonly table: string;
  readonly measurement?: string;
  /** The request that fetched it, without any key. */
  readonly request: string;
  /** ISO date the data was retrieved. */
  readonly retrieved: string;
  /** ISO date the publisher last updated the table (Jobindsats update_latest, Statistikbanken updated). */
  readonly published?: string;
  /** ISO date of the publisher's next planned update (Jobindsats update_next). */
  readonly nextUpdate?: string;
  readonly archive?: ArchiveRecord;
};

export type SyntheticProvenance = {
  readonly kind: 'synthetic';
  /** How the value was made, in Danish, for the UI. */
  readonly method: string;
};

export type Provenance = DocumentProvenance | OfficialProvenance | SyntheticProvenance;
