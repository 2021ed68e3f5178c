import { parsePeriod, periodEndMonth, periodStartMonth, type Period } from '@/domain/period';
import { isWholeCountUnit, type Unit } from '@/domain/units';

/**
 * Fills the months between sourced points with synthetic values for
 * development ("monthly" scenario). The filled line passes exactly through
 * every sourced point; each made-up value says so in its provenance.
 */

type WirePoint = { period: string; value: number; provenance: unknown; note?: string };

export const SYNTHETIC_METHOD =
  'Syntetisk månedsværdi til udvikling: lineær interpolation mellem to kildepunkter med en lille, fast bølge, der er nul i kildepunkterne. Ikke et rigtigt tal.';

/** The month a sourced point is anchored to on a monthly axis: the middle of what it covers. */
export function anchorMonth(p: Period): number {
  return Math.round((periodStartMonth(p) + periodEndMonth(p)) / 2);
}

function monthCode(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Deterministic so the same series looks the same on every reload. */
function wave(seed: number, k: number, span: number): number {
  const phase = Math.sin(seed * 12.9898) * 43758.5453;
  const sign = phase - Math.floor(phase) > 0.5 ? 1 : -1;
  return sign * Math.sin((Math.PI * k) / span);
}

export function fillMonthly(points: readonly WirePoint[], unit: Unit): WirePoint[] {
  const anchors = new Map<number, number>();
  for (const p of points) {
    const parsed = parsePeriod(p.period);
    if (!parsed.ok) continue;
    const month = anchorMonth(parsed.value);
    // Contradicting sources for one month: the first listed anchors the line.
    if (!anchors.has(month)) anchors.set(month, p.value);
  }
  const months = [...anchors.keys()].sort((a, b) => a - b);
  const synthetic: WirePoint[] = [];
  for (let i = 1; i < months.length; i++) {
    const m0 = months[i - 1]!;
    const m1 = months[i]!;
    const v0 = anchors.get(m0)!;
    const v1 = anchors.get(m1)!;
    const span = m1 - m0;
    const amplitude = 0.03 * Math.max(Math.abs(v0), Math.abs(v1));
    for (let k = 1; k < span; k++) {
      const raw = v0 + ((v1 - v0) * k) / span + amplitude * wave(m0, k, span);
      const value = isWholeCountUnit(unit) ? Math.round(raw) : Math.round(raw * 10) / 10;
      synthetic.push({ period: monthCode(m0 + k), value, provenance: { kind: 'synthetic', method: SYNTHETIC_METHOD } });
    }
  }
  return [...points, ...synthetic].sort((a, b) => {
    const pa = parsePeriod(a.period);
    const pb = parsePeriod(b.period);
    return pa.ok && pb.ok ? anchorMonth(pa.value) - anchorMonth(pb.value) : 0;
  });
}
