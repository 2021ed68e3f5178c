import { periodLabel } from '@/domain/period-label';
import type { Movement } from '@/domain/since';
import { isShareUnit, type Unit } from '@/domain/units';
import { formatValue, type Noun } from './format';
import { since as sinceStrings } from '@/lib/strings/since';

/**
 * A movement on an official series in words: "Ledigheden i Ishøj: 4,4 % i
 * apr. 2026 → 4,0 % i jul. 2026 (−0,4 procentpoint, bedre)". Each number
 * carries its own period; the verdict follows the indicator's polarity.
 */
export function movementText(
  m: Movement,
  ctx: { unit: Unit; noun?: Noun | undefined; subject: string; areaName: (code: string) => string },
  { verdict = true }: { verdict?: boolean } = {},
): string {
  const s = sinceStrings;
  const fmt = (v: number, unit = ctx.unit) => formatValue(v, unit, { noun: ctx.noun });
  const changeUnit = isShareUnit(ctx.unit) ? 'procentpoint' : ctx.unit;
  const sign = m.change > 0 ? '+' : m.change < 0 ? '−' : '±';
  const change = `${sign}${fmt(Math.abs(m.change), changeUnit)}`;
  return s.movement(
    ctx.subject,
    ctx.areaName(m.area),
    `${fmt(m.from.value)} i ${periodLabel(m.from.period)}`,
    `${fmt(m.to.value)} i ${periodLabel(m.to.period)}`,
    verdict ? `${change}, ${s.verdict[m.verdict]}` : change,
  );
}
