import type { Point } from '@/contract';
import { comparePeriods, samePeriod, type Period } from '@/domain/period';
import type { Provenance } from '@/domain/provenance';
import { strings } from '@/lib/strings';

/** Pure helpers that turn series into the figures a slide shows, each with its source. */

/** "Kilde: Resultatrevision 2014, Figur 9" / "syntetisk: …" – short enough for a wall screen. */
export function sourceText(provenance: Provenance, documentTitles: ReadonlyMap<string, string>): string {
  const k = strings.kiosk;
  if (provenance.kind === 'synthetic') return `${k.source}: ${k.synthetic} – ${provenance.method}`;
  if (provenance.kind === 'official')
    return `${k.source}: ${provenance.source} ${provenance.table} (${provenance.retrieved})`;
  const title = documentTitles.get(provenance.document) ?? provenance.document;
  return `${k.source}: ${title}, ${provenance.location}`;
}

/** The status engine hands back the point it judged; its source travels with it. */
export function provenanceOf(value: object): Provenance | undefined {
  return 'provenance' in value ? (value.provenance as Provenance) : undefined;
}

export function latestPoint(points: readonly Point[]): Point | undefined {
  return [...points].sort((a, b) => comparePeriods(a.period, b.period)).at(-1);
}

/** The latest period both series have, with each one's value there. */
export function latestCommon(
  a: readonly Point[],
  b: readonly Point[],
): { period: Period; a: Point; b: Point } | undefined {
  const sorted = [...a].sort((x, y) => comparePeriods(y.period, x.period));
  for (const pa of sorted) {
    const pb = b.find((p) => samePeriod(p.period, pa.period));
    if (pb) return { period: pa.period, a: pa, b: pb };
  }
  return undefined;
}

/** Indicators to show for a målgruppe: those with series in the home areas, richest first. */
export function keyIndicators<T extends { targetGroupId: string; areas: readonly string[]; pointCount: number }>(
  indicators: readonly T[],
  targetGroupId: string,
  homeAreas: readonly string[],
  max: number,
): { indicator: T; area: string }[] {
  return indicators
    .filter((i) => i.targetGroupId === targetGroupId)
    .flatMap((indicator) => homeAreas.filter((a) => indicator.areas.includes(a)).map((area) => ({ indicator, area })))
    .sort((x, y) => y.indicator.pointCount - x.indicator.pointCount)
    .slice(0, max);
}
