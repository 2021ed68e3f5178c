import type { Point, Target } from '@/contract';
import type { Provenance } from '@/domain/provenance';
import { formatIsoDate } from '@/lib/format';
import { strings } from '@/lib/strings';

const s = strings.meetingPack;

/** Where a figure comes from, in one printable line: document and place, dataset, or "syntetisk". */
export function sourceText(p: Provenance, documentTitle: (file: string) => string): string {
  switch (p.kind) {
    case 'document':
      return `${documentTitle(p.document)}, ${p.location}`;
    case 'official':
      return s.sourceOfficial(p.source, p.table, formatIsoDate(p.retrieved));
    case 'synthetic':
      return s.sourceSynthetic;
  }
}

export type SourceLine = { readonly label: string; readonly text: string };

function joinLabels(labels: readonly string[]): string {
  return labels.length === 1 ? labels[0]! : `${labels.slice(0, -1).join(', ')} og ${labels.at(-1)}`;
}

/**
 * The sources of a target row: the target itself, its baseline and the value
 * judged. Figures from the same place share one line, so print stays short.
 */
export function rowSources(
  target: Target,
  latest: Point | undefined,
  documentTitle: (file: string) => string,
): SourceLine[] {
  const entries: [string, Provenance][] = [[s.sources.target, target.provenance]];
  if (target.baseline) entries.push([s.sources.baseline, target.baseline.provenance]);
  if (latest) entries.push([s.sources.latest, latest.provenance]);
  const byText = new Map<string, string[]>();
  for (const [label, provenance] of entries) {
    const text = sourceText(provenance, documentTitle);
    byText.set(text, [...(byText.get(text) ?? []), label]);
  }
  return [...byText].map(([text, labels]) => ({ label: joinLabels(labels), text }));
}
