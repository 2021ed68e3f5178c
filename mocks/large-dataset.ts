import { KOMMUNER } from '@/domain/areas';
import { comparePeriods, parsePeriod } from '@/domain/period';

/**
 * The "stor" scenario: every indicator in every kommune, with ten years of
 * monthly values, so the målgruppe table can be tried at 10,000+ rows. The
 * values are made up (deterministic, so a reload shows the same numbers) and
 * every point says so in its provenance.
 */

type WirePoint = { period: string; value: number; provenance: unknown; note?: string };
export type WireIndicator = { id: string; unit: string; areas: string[]; pointCount: number };

export const LARGE_METHOD =
  'Syntetisk månedsværdi (scenariet «stor»): fast formel pr. indikator og kommune. Ikke et rigtigt tal.';
export const LARGE_FIRST_YEAR = 2015;
export const LARGE_YEARS = 10;
const MONTHS = LARGE_YEARS * 12;

/** A stable number in [0, 1) from a text, so each series gets its own level and rhythm. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) / 2 ** 32;
}

function byPeriod(a: WirePoint, b: WirePoint): number {
  const pa = parsePeriod(a.period);
  const pb = parsePeriod(b.period);
  return pa.ok && pb.ok ? comparePeriods(pa.value, pb.value) : 0;
}

export function largeIndicators(indicators: readonly WireIndicator[]): WireIndicator[] {
  const kommuner = Object.keys(KOMMUNER);
  return indicators.map((i) => {
    const areas = [...new Set([...i.areas, ...kommuner])];
    return { ...i, areas, pointCount: i.pointCount + kommuner.length * MONTHS };
  });
}

export function isKommune(code: string): boolean {
  return code in KOMMUNER;
}

/** Ten years of monthly values; a sourced point for the same month stays and the synthetic one is left out. */
export function largeSeries(indicatorId: string, area: string, unit: string, sourced: readonly WirePoint[]) {
  const seed = hash(`${indicatorId}/${area}`);
  const share = unit === 'procent' || unit === 'procentpoint';
  const level = share ? 2 + seed * 20 : 20 + Math.round(seed * 2000);
  const taken = new Set(sourced.map((p) => p.period));
  const points: WirePoint[] = [];
  for (let m = 0; m < MONTHS; m++) {
    const period = `${LARGE_FIRST_YEAR + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    if (taken.has(period)) continue;
    const raw = level * (1 + 0.15 * Math.sin((m + seed * 12) / 6) + 0.002 * (m - MONTHS / 2) * (seed - 0.5));
    const value = share ? Math.round(raw * 10) / 10 : Math.max(0, Math.round(raw));
    points.push({ period, value, provenance: { kind: 'synthetic', method: LARGE_METHOD } });
  }
  return [...sourced, ...points].sort(byPeriod);
}

type WireSection = {
  indicatorId: string;
  unit: string;
  periods: string[];
  sources: Record<string, unknown>;
  series: {
    area: string;
    values: (number | null)[];
    sources: string | (string | null)[];
    disputed?: number[];
    provisional?: number[];
  }[];
};

const SYNTHETIC_KEY = 'stor';

/**
 * The cross-section of every indicator with every kommune: the real series
 * kept as they are, the rest filled with the scenario's synthetic months.
 */
export function largeCrossSections(
  sections: readonly WireSection[],
  indicators: readonly WireIndicator[],
): WireSection[] {
  const kommuner = Object.keys(KOMMUNER);
  const byId = new Map(sections.map((s) => [s.indicatorId, s]));
  return indicators.map((indicator) => {
    const real = byId.get(indicator.id);
    const realAreas = new Set(real?.series.map((s) => s.area));
    const synthetic = kommuner
      .filter((area) => !realAreas.has(area))
      .map((area) => ({ area, points: largeSeries(indicator.id, area, indicator.unit, []).slice(-25) }));
    const periods = [
      ...new Set([...(real?.periods ?? []), ...synthetic.flatMap((s) => s.points.map((p) => p.period))]),
    ].sort((a, b) => byPeriod({ period: a, value: 0, provenance: null }, { period: b, value: 0, provenance: null }));
    const at = (list: readonly string[]) => new Map(list.map((p, i) => [p, i]));
    const index = at(periods);
    const realSeries = (real?.series ?? []).map((s) => {
      const values: (number | null)[] = periods.map(() => null);
      const keys: (string | null)[] = periods.map(() => null);
      real!.periods.forEach((p, i) => {
        values[index.get(p)!] = s.values[i] ?? null;
        keys[index.get(p)!] =
          s.values[i] === null ? null : typeof s.sources === 'string' ? s.sources : (s.sources[i] ?? null);
      });
      return { area: s.area, values, sources: keys };
    });
    const madeUp = synthetic.map((s) => {
      const values: (number | null)[] = periods.map(() => null);
      for (const p of s.points) values[index.get(p.period)!] = p.value;
      return { area: s.area, values, sources: SYNTHETIC_KEY };
    });
    return {
      indicatorId: indicator.id,
      unit: indicator.unit,
      periods,
      sources: { ...(real?.sources ?? {}), [SYNTHETIC_KEY]: { kind: 'synthetic', method: LARGE_METHOD } },
      series: [...realSeries, ...madeUp],
    };
  });
}
