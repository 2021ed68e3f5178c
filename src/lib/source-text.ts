import type { OfficialProvenance, Provenance } from '@/domain/provenance';
import { formatShortDate } from './format';
import { strings } from './strings';

/**
 * Where a figure comes from, in words for politicians: the document's title
 * (never its file name), or the publisher and table, with the date the
 * figures were retrieved and how. The one place provenance becomes text.
 */

export type DocumentTitle = (file: string) => string | undefined;

const s = strings.sources;

/** "Jobindsats.dk (STAR), tabel y25i01", "Beskæftigelsesplan 2022 (BP22)", "Syntetisk udviklingsdata …". */
export function sourceName(p: Provenance, title: DocumentTitle): string {
  switch (p.kind) {
    case 'official':
      return s.table(s.publisher[p.source], p.table);
    case 'document':
      return title(p.document) ?? s.unknownDocument;
    case 'synthetic':
      return s.synthetic;
  }
}

/** The measure, or the place in the document. */
export function sourcePlace(p: Provenance): string | undefined {
  if (p.kind === 'official') return p.measurement;
  if (p.kind === 'document') return p.location;
  return p.method;
}

/** "hentet 22.8.2026 fra et offentligt arkiv af Jobindsats-udtræk, ikke direkte fra Jobindsats" */
export function retrievalText(p: OfficialProvenance): string {
  const date = formatShortDate(p.retrieved);
  return p.archive ? s.fromArchive(date) : s.retrieved(date);
}

/** "offentliggjort 20.8.2026, næste opdatering 17.9.2026", when the publisher says. */
export function publicationText(p: OfficialProvenance): string | undefined {
  const parts = [
    ...(p.published ? [s.published(formatShortDate(p.published))] : []),
    ...(p.nextUpdate ? [s.nextUpdate(formatShortDate(p.nextUpdate))] : []),
  ];
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** Name and place: "Jobindsats.dk (STAR), tabel y25i01, Fuldtidsledige …". */
export function sourceShort(p: Provenance, title: DocumentTitle): string {
  const place = p.kind === 'synthetic' ? undefined : sourcePlace(p);
  return place ? `${sourceName(p, title)}, ${place}` : sourceName(p, title);
}

/** The full line a figure carries: "Kilde: Jobindsats.dk (STAR), tabel y25i01, …; hentet 22.8.2026 …". */
export function sourceLine(p: Provenance, title: DocumentTitle): string {
  const head = `${s.label}: ${sourceShort(p, title)}`;
  if (p.kind !== 'official') return head;
  const extra = [retrievalText(p), publicationText(p), p.source === 'statistikbanken' ? s.licence : undefined];
  return `${head}; ${extra.filter(Boolean).join('; ')}`;
}

/**
 * Name, place and, for official figures, when they were retrieved (and
 * published, if asked): "Jobindsats.dk (STAR), tabel y25i01, …; hentet 22.8.2026 …".
 */
export function sourceWithDates(p: Provenance, title: DocumentTitle, { published = false } = {}): string {
  if (p.kind !== 'official') return sourceShort(p, title);
  const publication = published ? publicationText(p) : undefined;
  return [sourceShort(p, title), retrievalText(p), publication].filter(Boolean).join('; ');
}
