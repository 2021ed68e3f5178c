import type { CrossSectionInput } from '@/contract';
import { valuesByPeriod, type SourcedValue, type ValueChoice } from '@/domain/pick-value';
import { comparePeriods, parsePeriod, periodCode, type Period } from '@/domain/period';
import type { Provenance } from '@/domain/provenance';
import type { WireSeries } from './wire';

/**
 * The cross-section of one indicator (docs/api.md, `latest.json`): each
 * area's values for its latest periods, on one period axis. The value in a
 * cell is the one pickValue chooses, so the table shows what the cards show.
 */

/** How many of each series' newest periods go in: two years of months and the month a year before. */
export const CROSS_SECTION_PERIODS = 25;

function toDomain(series: WireSeries): SourcedValue[] {
  return series.points.map((p) => {
    const parsed = parsePeriod(p.period);
    if (!parsed.ok) throw new Error(parsed.error);
    const provenance = (p.source !== undefined ? series.sources[p.source] : p.provenance) as Provenance;
    return { period: parsed.value, value: p.value, provenance, provisional: p.provisional };
  });
}

export function buildCrossSection(indicatorId: string, unit: string, list: readonly WireSeries[]): CrossSectionInput {
  // Short keys, one per distinct provenance: the file repeats a key in every cell.
  const keys = new Map<string, string>();
  const sources: Record<string, unknown> = {};
  const keyOf = (provenance: unknown) => {
    const json = JSON.stringify(provenance);
    let key = keys.get(json);
    if (!key) {
      key = `s${keys.size}`;
      keys.set(json, key);
      sources[key] = provenance;
    }
    return key;
  };
  const chosen = list.map((series) => ({
    area: series.area,
    values: valuesByPeriod(toDomain(series)).slice(-CROSS_SECTION_PERIODS),
  }));
  const axis = new Map<string, Period>();
  for (const { values } of chosen) for (const v of values) axis.set(periodCode(v.period), v.period);
  const periods = [...axis.values()].sort(comparePeriods);
  const codes = periods.map(periodCode);

  const series = chosen.map(({ area, values }) => {
    const at = new Map<string, ValueChoice>(values.map((v) => [periodCode(v.period), v]));
    const cells = codes.map((code) => at.get(code));
    const cellSources = cells.map((c) => (c ? keyOf(c.point.provenance) : null));
    const distinct = new Set(cellSources.filter((k) => k !== null));
    const indices = (test: (c: ValueChoice) => boolean) => cells.flatMap((c, i) => (c && test(c) ? [i] : []));
    return {
      area,
      values: cells.map((c) => c?.value ?? null),
      // One source for every value is written once.
      sources: distinct.size === 1 ? [...distinct][0]! : cellSources,
      disputed: indices((c) => c.disputed),
      provisional: indices((c) => c.point.provisional === true),
    };
  });
  return {
    indicatorId,
    unit: unit as CrossSectionInput['unit'],
    periods: codes,
    sources: sources as CrossSectionInput['sources'],
    series,
  };
}
