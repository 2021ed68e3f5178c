import type { IndicatorListItem, Target } from '@/contract';

/**
 * Which series a view needs, as pure functions: the hooks use them in the
 * browser, and the static export uses them at build time to put exactly
 * those series in a page's bundle (data/page-bundles.ts).
 */

export type SeriesKey = { readonly indicatorId: string; readonly area: string };

/** "indicatorId/area": how a set of series names each one. */
export const seriesKeyId = (k: SeriesKey) => `${k.indicatorId}/${k.area}`;

/** The series a target is judged on: its own area, and the benchmark area for goals that compare with one. */
export function keysOf(t: Target): SeriesKey[] {
  if (!t.indicatorId) return [];
  const own = { indicatorId: t.indicatorId, area: t.area };
  const benchmark = 'benchmarkArea' in t.goal ? [{ indicatorId: t.indicatorId, area: t.goal.benchmarkArea }] : [];
  return [own, ...benchmark];
}

/** Every series the targets are judged on, once each, among those the API has. */
export function seriesKeysFor(targets: readonly Target[], indicators: readonly IndicatorListItem[]): SeriesKey[] {
  const available = new Map(indicators.map((i) => [i.id, new Set(i.areas)]));
  const keys = new Map<string, SeriesKey>();
  for (const k of targets.flatMap(keysOf)) {
    if (available.get(k.indicatorId)?.has(k.area)) keys.set(seriesKeyId(k), k);
  }
  return [...keys.values()];
}

/** Every (indicator, area) with imported official figures, for the given areas. */
export function officialKeys(
  indicators: readonly IndicatorListItem[],
  imported: ReadonlySet<string>,
  areas: readonly string[],
): SeriesKey[] {
  return indicators
    .filter((i) => i.officialTables.some((t) => imported.has(t.table)))
    .flatMap((i) => areas.filter((a) => i.areas.includes(a)).map((area) => ({ indicatorId: i.id, area })));
}

/** An indicator's cross-section: every area's newest values (docs/api.md). */
export const crossSectionPath = (indicatorId: string) => `indicators/${encodeURIComponent(indicatorId)}/latest.json`;

/** Every indicator's cross-section in one file: the målgruppe table's rows. */
export const CROSS_SECTIONS_PATH = 'latest.json';

export const seriesPath = (k: SeriesKey) =>
  `indicators/${encodeURIComponent(k.indicatorId)}/${encodeURIComponent(k.area)}.json`;
