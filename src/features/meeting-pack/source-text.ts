import type { Point, Target } from '@/contract';
import type { Provenance } from '@/domain/provenance';
import { sourceWithDates, type DocumentTitle } from '@/lib/source-text';
import { meetingPack as meetingPackStrings } from '@/lib/strings/meeting-pack';

const s = meetingPackStrings;

export type SourceLine = { readonly label: string; readonly text: string };

function joinLabels(labels: readonly string[]): string {
  return labels.length === 1 ? labels[0]! : `${labels.slice(0, -1).join(', ')} og ${labels.at(-1)}`;
}

/**
 * The sources of a target row: the target itself, its baseline and the value
 * judged. Figures from the same place share one line, so print stays short.
 */
export function rowSources(target: Target, latest: Point | undefined, documentTitle: DocumentTitle): SourceLine[] {
  const entries: [string, Provenance][] = [[s.sources.target, target.provenance]];
  if (target.baseline) entries.push([s.sources.baseline, target.baseline.provenance]);
  if (latest) entries.push([s.sources.latest, latest.provenance]);
  const byText = new Map<string, string[]>();
  for (const [label, provenance] of entries) {
    const text = sourceWithDates(provenance, documentTitle);
    byText.set(text, [...(byText.get(text) ?? []), label]);
  }
  return [...byText].map(([text, labels]) => ({ label: joinLabels(labels), text }));
}
